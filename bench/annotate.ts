import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { findChromium, INSTALL_HINT, launchWithExtension } from '../harness/chromium';
import { serveStatic } from '../harness/server';
import { waitForAnnotation } from '../harness/reader';
import type { SpotterEntry } from '../factbase/types';
import { longArticle } from './longArticle';

export interface AnnotateRow {
  engine: 'backstory' | 'mark.js';
  totalMs: number;
  longestTaskMs: number;
  /** JS heap the engine added to the page's V8 isolate (content scripts share it). */
  heapMB: number;
  marks: number;
}

const LONGTASKS = `window.__longtasks = [];
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longtasks.push([e.startTime, e.duration]); })
    .observe({ type: 'longtask', buffered: true });`;

async function heapMB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / 2 ** 20;
}

const longestAfter = (page: Page, since: number) =>
  page.evaluate((t) => Math.max(0, ...(window as unknown as { __longtasks: [number, number][] }).__longtasks
    .filter(([start]) => start >= t).map(([, d]) => d)), since);

/** Backstory against mark.js on the same long page with the same names, in real Chromium. */
export async function benchAnnotation(root: string, index: readonly SpotterEntry[]): Promise<AnnotateRow[]> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(INSTALL_HINT);
  const names = [...new Set(index.flatMap((e) => e.aliases.filter((a) => !a.kind || a.kind === 'name').map((a) => a.text)))];
  const server = await serveStatic(join(root, 'demo/pages'));
  server.route('/long.html', { body: longArticle(index.filter((e) => e.type !== 'country').map((e) => e.name)) });
  const rows: AnnotateRow[] = [];

  // Baseline heap: the same page in a browser without the extension.
  const plain = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
  const plainPage = await plain.newPage();
  await plainPage.addInitScript(LONGTASKS);
  await plainPage.goto(`${server.origin}/long.html`);
  const baseline = await heapMB(plainPage);
  const markJs = readFileSync(createRequire(import.meta.url).resolve('mark.js/dist/mark.min.js'), 'utf8');
  await plainPage.addScriptTag({ content: markJs });
  const since = await plainPage.evaluate(() => performance.now());
  // A string, not a function: the TypeScript loader's helpers do not exist inside the page.
  // mark.js recurses once per keyword, so thousands overflow the stack: the same names go in
  // batches, each started from a fresh stack, and the time is summed.
  const mark = await plainPage.evaluate(`(async () => {
    const names = ${JSON.stringify(names)};
    let ms = 0, marks = 0;
    for (let i = 0; i < names.length; i += 400) {
      await new Promise((r) => setTimeout(r, 0));
      const start = performance.now();
      await new Promise((resolve) => new Mark(document.querySelector('article')).mark(names.slice(i, i + 400), {
        separateWordSearch: false, accuracy: 'exactly', diacritics: false, caseSensitive: true,
        each: () => { marks++; }, done: resolve,
      }));
      ms += performance.now() - start;
    }
    return { ms, marks };
  })()`) as { ms: number; marks: number };
  rows.push({ engine: 'mark.js', totalMs: mark.ms, longestTaskMs: await longestAfter(plainPage, since), heapMB: (await heapMB(plainPage)) - baseline, marks: mark.marks });
  await plain.close();

  const ext = await launchWithExtension({ extensionDir: join(root, '.output/chrome-mv3'), headless: true, executablePath });
  await ext.context.addInitScript(LONGTASKS);
  const page = await ext.context.newPage();
  await page.goto(`${server.origin}/long.html`);
  await waitForAnnotation(page);
  const m = await page.evaluate(() => {
    const e = performance.getEntriesByName('backstory:annotate')[0] as PerformanceMeasure;
    return { start: e.startTime, ms: e.duration, marks: (e.detail as { mentions: number }).mentions };
  });
  rows.push({ engine: 'backstory', totalMs: m.ms, longestTaskMs: await longestAfter(page, m.start), heapMB: (await heapMB(page)) - baseline, marks: m.marks });
  await ext.close();
  await server.close();
  return rows;
}
