/** What a page costs while a test drives it: its long tasks and its JavaScript heap. */
import type { Page } from 'playwright-core';

export interface LongTask {
  start: number;
  duration: number;
}

// Runs before the page's own scripts, so every long task from its first load is recorded.
const LONG_TASK_PROBE = `window.__longTasks = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
}).observe({ type: 'longtask', buffered: true });`;

/** Records the page's long tasks (over 50 ms) from its next navigation on. */
export async function watchLongTasks(page: Page): Promise<void> {
  await page.addInitScript(LONG_TASK_PROBE);
}

/** The page's clock now, to mark where a step begins. */
export const pageNow = (page: Page): Promise<number> => page.evaluate(() => performance.now());

/** Long tasks that started at or after `since` (the page's clock), longest first. */
export async function longTasksSince(page: Page, since: number): Promise<LongTask[]> {
  const all = await page.evaluate(() => (window as unknown as { __longTasks: LongTask[] }).__longTasks);
  return all.filter((t) => t.start >= since).sort((a, b) => b.duration - a.duration);
}

/**
 * Samples the page's used JavaScript heap every `everyMs` through the DevTools protocol (which
 * answers between the page's tasks) until `stop` is called; `stop` gives the peak in MB.
 */
export async function sampleHeap(page: Page, everyMs = 200): Promise<() => Promise<number>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  let peak = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      const { metrics } = await cdp.send('Performance.getMetrics');
      peak = Math.max(peak, metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0);
      await new Promise((resolve) => setTimeout(resolve, everyMs));
    }
  })();
  return async () => {
    running = false;
    await loop;
    await cdp.detach();
    return peak / 2 ** 20;
  };
}
