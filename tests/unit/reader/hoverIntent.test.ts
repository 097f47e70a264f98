import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHoverIntent, type HoverIntent, type HoverIntentOptions } from '../../../reader/hoverIntent';

interface Target { id: string }
const A: Target = { id: 'gina-raimondo' };
const B: Target = { id: 'country-jpn' };
const OPEN = 300;
const CLOSE = 200;

let events: string[];
let intent: HoverIntent<Target>;

const makeIntent = (extra: Partial<HoverIntentOptions<Target>> = {}) => createHoverIntent<Target>({
  openDelay: OPEN,
  closeDelay: CLOSE,
  setTimer: (fn, ms) => setTimeout(fn, ms),
  clearTimer: (id) => clearTimeout(id as ReturnType<typeof setTimeout>),
  open: (t) => events.push(`open ${t.id}`),
  close: () => events.push('close'),
  ...extra,
});

beforeEach(() => {
  vi.useFakeTimers();
  events = [];
  intent = makeIntent();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('createHoverIntent: opening', () => {
  it('opens after openDelay when the pointer stays', () => {
    intent.over(A);
    vi.advanceTimersByTime(OPEN - 1);
    expect(events).toEqual([]);
    expect(intent.current).toBeNull();
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['open gina-raimondo']);
    expect(intent.current).toBe(A);
  });

  it('does not restart the delay when the pointer moves within the same target', () => {
    intent.over(A);
    vi.advanceTimersByTime(200);
    intent.over(A);
    vi.advanceTimersByTime(100);
    expect(events).toEqual(['open gina-raimondo']);
  });

  it('cancels when the pointer moves off before the delay', () => {
    intent.over(A);
    vi.advanceTimersByTime(OPEN - 50);
    intent.over(null);
    vi.advanceTimersByTime(OPEN * 10);
    expect(events).toEqual([]);
    expect(intent.current).toBeNull();
  });

  it('restarts the delay for a new target and opens only that one', () => {
    intent.over(A);
    vi.advanceTimersByTime(200);
    intent.over(B);
    vi.advanceTimersByTime(200);
    expect(events).toEqual([]);
    vi.advanceTimersByTime(100);
    expect(events).toEqual(['open country-jpn']);
  });

  it('openNow opens at once and cancels a pending open', () => {
    intent.over(A);
    intent.openNow(B);
    expect(events).toEqual(['open country-jpn']);
    vi.advanceTimersByTime(OPEN * 2);
    expect(events).toEqual(['open country-jpn']);
    expect(intent.current).toBe(B);
  });
});

describe('createHoverIntent: closing', () => {
  beforeEach(() => {
    intent.openNow(A);
    events = [];
  });

  it('closes closeDelay after the pointer leaves', () => {
    intent.over(null);
    vi.advanceTimersByTime(CLOSE - 1);
    expect(events).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['close']);
    expect(intent.current).toBeNull();
  });

  it('stays open when the pointer comes back to the target in time', () => {
    intent.over(null);
    vi.advanceTimersByTime(CLOSE - 50);
    intent.over(A);
    vi.advanceTimersByTime(CLOSE * 5);
    expect(events).toEqual([]);
    expect(intent.current).toBe(A);
  });

  it('entering the card cancels the close; leaving it closes after closeDelay', () => {
    intent.over(null);
    vi.advanceTimersByTime(CLOSE - 50);
    intent.enterCard();
    vi.advanceTimersByTime(CLOSE * 5);
    expect(events).toEqual([]);
    intent.leaveCard();
    vi.advanceTimersByTime(CLOSE - 1);
    expect(events).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['close']);
  });

  it('does not schedule a close while the pointer is on the card', () => {
    intent.enterCard();
    intent.over(null);
    vi.advanceTimersByTime(CLOSE * 5);
    expect(events).toEqual([]);
    expect(intent.current).toBe(A);
  });

  it('dismiss closes at once and cancels a pending close or open', () => {
    intent.over(null);
    intent.dismiss();
    expect(events).toEqual(['close']);
    intent.over(B);
    intent.dismiss();
    vi.advanceTimersByTime(OPEN * 5);
    expect(events).toEqual(['close']);
    expect(intent.current).toBeNull();
  });

  it('moving to another target replaces the card after openDelay without closing first', () => {
    intent.over(B);
    vi.advanceTimersByTime(OPEN);
    expect(events).toEqual(['open country-jpn']);
    expect(intent.current).toBe(B);
  });
});

describe('createHoverIntent: suppress', () => {
  it('blocks opening while suppressed, and allows it again after', () => {
    intent.suppress(true);
    intent.over(A);
    vi.advanceTimersByTime(OPEN * 5);
    expect(events).toEqual([]);
    intent.suppress(false);
    intent.over(A);
    vi.advanceTimersByTime(OPEN);
    expect(events).toEqual(['open gina-raimondo']);
  });

  it('cancels an open that was already pending', () => {
    intent.over(A);
    vi.advanceTimersByTime(OPEN - 10);
    intent.suppress(true);
    vi.advanceTimersByTime(OPEN);
    expect(events).toEqual([]);
  });

  it('does not close a card that is already shown', () => {
    intent.openNow(A);
    intent.suppress(true);
    vi.advanceTimersByTime(OPEN * 5);
    expect(events).toEqual(['open gina-raimondo']);
    expect(intent.current).toBe(A);
  });

  it('dismiss with nothing shown calls nothing', () => {
    intent.dismiss();
    expect(events).toEqual([]);
  });
});

describe('createHoverIntent: the safe triangle', () => {
  // The name is around (100, 100); the card opened below it.
  const card = { left: 80, top: 120, right: 460, bottom: 560 };
  let triangle: HoverIntent<Target>;
  beforeEach(() => {
    triangle = makeIntent({ cardBox: () => card });
    triangle.over(A, { x: 95, y: 100 });
    vi.advanceTimersByTime(OPEN);
    triangle.over(A, { x: 100, y: 100 }); // the last point on the name
    events = [];
  });

  it('stays open while the pointer crosses plain text towards the card, slowly', () => {
    for (let step = 1; step <= 10; step++) {
      triangle.over(null, { x: 100 + step * 20, y: 100 + step * 1.9 });
      vi.advanceTimersByTime(CLOSE - 10); // slower than the close delay between points
    }
    triangle.enterCard();
    vi.advanceTimersByTime(CLOSE * 5);
    expect(events).toEqual([]);
    expect(triangle.current).toBe(A);
  });

  it('closes when the path leaves the triangle', () => {
    triangle.over(null, { x: 140, y: 103 });
    vi.advanceTimersByTime(CLOSE * 2);
    expect(events).toEqual([]);
    triangle.over(null, { x: 200, y: 90 }); // upwards, away from the card
    vi.advanceTimersByTime(CLOSE);
    expect(events).toEqual(['close']);
  });

  it('a name crossed on the way neither opens nor moves the apex', () => {
    triangle.over(B, { x: 120, y: 103 });
    triangle.over(null, { x: 160, y: 106 });
    vi.advanceTimersByTime(OPEN * 3);
    expect(events).toEqual([]);
    expect(triangle.current).toBe(A);
  });

  it('without a point, or without a card box, leaving the name starts the close delay as before', () => {
    triangle.over(null);
    vi.advanceTimersByTime(CLOSE);
    expect(events).toEqual(['close']);
    intent.openNow(A);
    intent.over(null, { x: 140, y: 103 }); // `intent` has no cardBox
    vi.advanceTimersByTime(CLOSE);
    expect(events).toEqual(['close', 'open gina-raimondo', 'close']);
  });
});
