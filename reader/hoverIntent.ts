/** Decides when a hover card opens and closes; timers are injected so it is testable. */

export interface HoverIntentOptions<T> {
  openDelay: number;
  closeDelay: number;
  setTimer: (fn: () => void, ms: number) => unknown;
  clearTimer: (id: unknown) => void;
  open: (target: T) => void;
  close: () => void;
}

export interface HoverIntent<T> {
  /** The pointer now rests on `target` (or on nothing we know). */
  over(target: T | null): void;
  enterCard(): void;
  leaveCard(): void;
  /** Opens at once (touch, keyboard). */
  openNow(target: T): void;
  /** Closes at once (Escape, click outside). */
  dismiss(): void;
  /** While selecting or scrolling, nothing new opens. */
  suppress(on: boolean): void;
  readonly current: T | null;
}

export function createHoverIntent<T>(o: HoverIntentOptions<T>): HoverIntent<T> {
  let pending: T | null = null;
  let shown: T | null = null;
  let onCard = false;
  let suppressed = false;
  let openTimer: unknown = null;
  let closeTimer: unknown = null;
  const cancel = (id: unknown) => id !== null && o.clearTimer(id);
  const cancelOpen = () => { cancel(openTimer); openTimer = null; pending = null; };
  const cancelClose = () => { cancel(closeTimer); closeTimer = null; };
  const scheduleClose = () => {
    if (!shown || closeTimer !== null) return;
    closeTimer = o.setTimer(() => { closeTimer = null; if (!onCard) api.dismiss(); }, o.closeDelay);
  };
  const api: HoverIntent<T> = {
    over(target) {
      if (target === null) {
        cancelOpen();
        if (!onCard) scheduleClose();
        return;
      }
      if (target === shown) { cancelClose(); return; }
      if (target === pending || suppressed) return;
      cancelOpen();
      pending = target;
      openTimer = o.setTimer(() => { openTimer = null; pending = null; api.openNow(target); }, o.openDelay);
    },
    enterCard() { onCard = true; cancelClose(); },
    leaveCard() { onCard = false; scheduleClose(); },
    openNow(target) {
      cancelOpen();
      cancelClose();
      shown = target;
      o.open(target);
    },
    dismiss() {
      cancelOpen();
      cancelClose();
      onCard = false;
      if (shown !== null) { shown = null; o.close(); }
    },
    suppress(on) {
      suppressed = on;
      if (on) cancelOpen();
    },
    get current() { return shown; },
  };
  return api;
}
