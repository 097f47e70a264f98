/** What a page costs while a test drives it: its long tasks and its JavaScript heap. */
import type { Page } from 'playwright-core';
import { HEALTH_INIT, readHealth, type Span } from './pageHealth';

/** Records the page's long tasks (over 50 ms) from its next navigation on, with the same probe as the bad-page tests. */
export async function watchLongTasks(page: Page): Promise<void> {
  await page.addInitScript(HEALTH_INIT);
}

/** The page's clock now, to mark where a step begins. */
export const pageNow = (page: Page): Promise<number> => page.evaluate(() => performance.now());

/** Long tasks that started at or after `since` (the page's clock), longest first. */
export async function longTasksSince(page: Page, since: number): Promise<Span[]> {
  const all = (await readHealth(page)).longtasks;
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
