/** How often a reader whose context was ended by the page checks whether the extension is gone. */
export const ORPHAN_CHECK_MS = 10_000;

/**
 * WXT ends a content script when a document event says a newer copy of it started. A page can
 * dispatch that event too, and would switch Backstory off on itself; so the reader stops only when
 * the extension behind it is really gone (reloaded or removed), which no page can fake. After such
 * a fake, no event will tell us of a real reload later, so the reader asks now and then.
 */
export function pageProofSignal(
  contextSignal: AbortSignal,
  extensionAlive: () => boolean,
  every: (fn: () => void, ms: number) => () => void = (fn, ms) => {
    const id = setInterval(fn, ms);
    return () => clearInterval(id);
  },
): AbortSignal {
  const controller = new AbortController();
  const check = () => {
    if (!extensionAlive()) controller.abort(contextSignal.reason);
  };
  const onContextEnd = () => {
    check();
    if (controller.signal.aborted) return;
    const stop = every(check, ORPHAN_CHECK_MS);
    controller.signal.addEventListener('abort', stop, { once: true });
  };
  if (contextSignal.aborted) onContextEnd();
  else contextSignal.addEventListener('abort', onContextEnd, { once: true });
  return controller.signal;
}
