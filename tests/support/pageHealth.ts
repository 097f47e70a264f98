/** Measures, from inside a page, whether it stayed responsive and what Backstory's passes cost. */
import type { Frame, Page, Worker } from 'playwright-core';

/**
 * Runs in every frame's own world before its scripts: a 'longtask' observer, a
 * requestAnimationFrame heartbeat that keeps every gap over 50 ms, and a count of the page's clicks.
 */
export const HEALTH_INIT = `(() => {
  if (window.__health) return;
  const h = window.__health = { longtasks: [], gaps: [], frames: 0, clicks: 0 };
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) h.longtasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) { h.noLongtasks = String(e); }
  let last = 0;
  const beat = (t) => {
    if (last && t - last > 50) h.gaps.push({ start: last, duration: t - last });
    last = t;
    h.frames++;
    requestAnimationFrame(beat);
  };
  requestAnimationFrame(beat);
  document.addEventListener('click', () => { h.clicks++; }, true);
})();`;

export interface Span {
  start: number;
  duration: number;
}

export interface Pass extends Span {
  mentions: number;
  longestSliceMs: number;
}

export interface Health {
  longtasks: Span[];
  /** Heartbeat gaps over 50 ms. */
  gaps: Span[];
  frames: number;
  clicks: number;
  /** Backstory's annotation passes, from its `backstory:annotate` measures. */
  passes: Pass[];
}

/** Everything the init script and Backstory's measures recorded in one frame so far. */
export function readHealth(target: Page | Frame): Promise<Health> {
  return target.evaluate(() => {
    const h = (window as unknown as { __health: Omit<Health, 'passes'> }).__health;
    const passes = performance.getEntriesByName('backstory:annotate').map((e) => {
      const d = (e as PerformanceMeasure).detail as { mentions: number; longestSliceMs: number };
      return { start: e.startTime, duration: e.duration, mentions: d.mentions, longestSliceMs: d.longestSliceMs };
    });
    return { ...h, passes };
  });
}

const overlaps = (a: Span, from: number, to: number) => a.start < to && a.start + a.duration > from;

export interface PassCost {
  /** Long tasks that overlap a pass: Backstory's scan, or the page's own work beside it. */
  inPass: Span[];
  /** Long tasks that start within `settleMs` after a pass: mostly the frame that paints its highlights. */
  afterPass: Span[];
  /** Heartbeat gaps over 50 ms during a pass or its settling time. */
  gaps: Span[];
  longestSliceMs: number;
}

/**
 * What the page went through while Backstory worked: each pass from its start to its end, then
 * `settleMs` for the frame that paints its highlights (it comes after the measure). Between passes
 * and before the first one the page works on its own, which is not ours to judge.
 */
export function duringPasses(h: Health, settleMs = 250): PassCost {
  const inPass = (t: Span) => h.passes.some((p) => overlaps(t, p.start, p.start + p.duration));
  const afterPass = (t: Span) => h.passes.some((p) => t.start >= p.start + p.duration && t.start < p.start + p.duration + settleMs);
  return {
    inPass: h.longtasks.filter(inPass),
    afterPass: h.longtasks.filter((t) => !inPass(t) && afterPass(t)),
    gaps: h.gaps.filter((g) => inPass(g) || afterPass(g)),
    longestSliceMs: Math.max(0, ...h.passes.map((p) => p.longestSliceMs)),
  };
}

/** The longest of some spans, 0 when there are none. */
export const longest = (spans: readonly Span[]) => Math.max(0, ...spans.map((s) => s.duration));

/** Collects uncaught errors and console errors of a page and all its frames into `into`. */
export function collectPageErrors(page: Page, label: string, into: string[]): void {
  page.on('pageerror', (err) => into.push(`${label}: uncaught ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    // The browser's own notices about the test pages, not errors of a script: the favicon's 404,
    // and the test's own init scripts blocked in sandboxed frames (our card frame's stay counted).
    if (/favicon\.ico/.test(msg.location().url) || /^Blocked script execution in 'http/.test(msg.text())) return;
    into.push(`${label}: console ${msg.text()}`);
  });
}

/** Listens for uncaught errors, rejections and console errors in the extension's service worker. */
export async function collectWorkerErrors(worker: Worker, into: string[]): Promise<() => Promise<string[]>> {
  worker.on('console', (msg) => { if (msg.type() === 'error') into.push(`worker: console ${msg.text()}`); });
  await worker.evaluate(() => {
    const g = globalThis as unknown as { __errors?: string[] } & typeof globalThis;
    if (g.__errors) return;
    const errors: string[] = (g.__errors = []);
    g.addEventListener('error', (e) => errors.push(`uncaught ${(e as ErrorEvent).message}`));
    g.addEventListener('unhandledrejection', (e) => errors.push(`unhandled ${String((e as PromiseRejectionEvent).reason)}`));
  });
  return async () => [...into, ...(await worker.evaluate(() => (globalThis as unknown as { __errors: string[] }).__errors))];
}
