const READABLE_TYPES = new Set(['text/html', 'application/xhtml+xml']);

/**
 * Whether Backstory should read this frame. A sandboxed frame (opaque origin) cannot host our card
 * frame, and a frame with no document body has nothing to read: nothing is shown where it cannot
 * work. Only HTML and XHTML are read: Chromium shows an XML feed as a source view whose <body> is
 * its own, and elements created in an XML document cannot host our card.
 */
export function shouldRead(win: Window): boolean {
  const doc = win.document;
  if (win.origin === 'null') return false;
  if (!doc.body) return false;
  if (!READABLE_TYPES.has(doc.contentType)) return false;
  if (inScriptlessSandbox(win)) return false;
  return typeof CSS !== 'undefined' && 'highlights' in CSS;
}

/**
 * Whether this frame, or a frame it sits in, is sandboxed without `allow-scripts`. With
 * `allow-same-origin` its origin is not opaque, but the card frame inherits the sandbox and its
 * script would be blocked. A cross-origin parent hides its element, so the walk stops there.
 */
function inScriptlessSandbox(win: Window): boolean {
  for (let w = win; w.parent !== w; w = w.parent) {
    const el = w.frameElement;
    if (!el) return false;
    const flags = el.getAttribute('sandbox');
    if (flags !== null && !flags.toLowerCase().split(/\s+/).includes('allow-scripts')) return true;
  }
  return false;
}
