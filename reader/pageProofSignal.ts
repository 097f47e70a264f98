/**
 * WXT ends a content script when a document event says a newer copy of it started. A page can
 * dispatch that event too, and would switch Backstory off on itself; so the reader stops only when
 * the extension behind it is really gone (reloaded or removed), which no page can fake.
 */
export function pageProofSignal(contextSignal: AbortSignal, extensionAlive: () => boolean): AbortSignal {
  const controller = new AbortController();
  const check = () => {
    if (!extensionAlive()) controller.abort(contextSignal.reason);
  };
  if (contextSignal.aborted) check();
  else contextSignal.addEventListener('abort', check, { once: true });
  return controller.signal;
}
