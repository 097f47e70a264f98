/** Decides when a hover card opens and closes; timers are injected so it is testable. */
import { inSafeTriangle, type Box, type Point } from './safeTriangle';

export interface HoverIntentOptions<T> {
  openDelay: number;
  closeDelay: number;
  setTimer: (fn: () => void, ms: number) => unknown;
  clearTimer: (id: unknown) => void;
  open: (target: T) => void;
  close: () => void;
  /** The shown card's box, for the safe triangle; without it, leaving the name starts the close delay. */
  cardBox?: () => Box | null;
}

export interface HoverIntent<T> {
  /** The pointer now rests on `target` (or on nothing we know), at `point` when known. */
  over(target: T | null, point?: Point): void;
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
  // The pointer's last point on any name, and on the shown one (the apex of the safe triangle).
  let lastOn: { target: T; point: Point } | null = null;
  let apex: Point | null = null;
  const cancel = (id: unknown) => id !== null && o.clearTimer(id);
  const cancelOpen = () => { cancel(openTimer); openTimer = null; pending = null; };
  const cancelClose = () => { cancel(closeTimer); closeTimer = null; };
  const scheduleClose = () => {
    if (!shown || closeTimer !== null) return;
    closeTimer = o.setTimer(() => { closeTimer = null; if (!onCard) api.dismiss(); }, o.closeDelay);
  };
  // On its way from the name to the card, the pointer may cross plain text without closing it.
  const travelling = (point: Point | undefined) => {
    const card = point && apex ? o.cardBox?.() : null;
    return !!card && inSafeTriangle(apex!, card, point!);
  };
  const api: HoverIntent<T> = {
    over(target, point) {
      if (target === null) {
        cancelOpen();
        if (onCard) return;
        if (travelling(point)) cancelClose();
        else scheduleClose();
        return;
      }
      if (point) lastOn = { target, point };
      if (target === shown) { apex = point ?? apex; cancelClose(); return; }
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
      apex = lastOn?.target === target ? lastOn.point : null;
      o.open(target);
    },
    dismiss() {
      cancelOpen();
      cancelClose();
      onCard = false;
      apex = null;
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
