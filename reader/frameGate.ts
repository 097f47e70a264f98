/**
 * Whether Backstory should read this frame. A sandboxed frame (opaque origin) cannot host our card
 * frame, and a frame with no document body has nothing to read: nothing is shown where it cannot
 * work.
 */
export function shouldRead(win: Window): boolean {
  const doc = win.document;
  if (win.origin === 'null') return false;
  if (!doc.body) return false;
  return typeof CSS !== 'undefined' && 'highlights' in CSS;
}
