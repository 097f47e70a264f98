/** Parses a whole HTML page into a fresh happy-dom Document. */
export function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** A page with the given head and body markup, as its own Document. */
export function page(head: string, body: string): Document {
  return parseHtml(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`);
}

/**
 * Replaces the body of the test window's own document with `body` markup and returns that
 * document. happy-dom's Range only works in the window's document, not in a DOMParser one.
 */
export function loadBody(body: string): Document {
  const parsed = parseHtml(`<!doctype html><html><body>${body}</body></html>`);
  document.body.replaceChildren(...Array.from(parsed.body.childNodes, (n) => document.importNode(n, true)));
  return document;
}
