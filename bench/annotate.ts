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
  /** Which fact base: the real one, or the real one plus 100k synthetic names. */
  index: string;
  names: number;
  engine: 'backstory' | 'mark.js';
  totalMs: number;
  /** Longest task on the page after the engine started (PerformanceObserver 'longtask'); includes the page's own rendering. */
  longestTaskMs: number;
  /** Longest stretch of the engine's own work without yielding (mark.js never yields within a batch). */
  ownLongestMs: number;
  /** JS heap the engine added to the page's V8 isolate (content scripts share it). */
  heapMB: number;
  marks: number;
  /** mark.js walks the page once per name; past its time budget its total is extrapolated. */
  extrapolated: boolean;
}

export interface AnnotateRun {
  label: string;
  extensionDir: string;
  index: readonly SpotterEntry[];
  /** Names the page is made of; by default the index's non-country names. */
  pageNames?: readonly string[];
  markJsBudgetMs: number;
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
export async function benchAnnotation(root: string, run: AnnotateRun): Promise<AnnotateRow[]> {
  const { index, label } = run;
  const executablePath = findChromium();
  if (!executablePath) throw new Error(INSTALL_HINT);
  const names = [...new Set(index.flatMap((e) => e.aliases.filter((a) => !a.kind || a.kind === 'name').map((a) => a.text)))];
  const server = await serveStatic(join(root, 'demo/pages'));
  server.route('/long.html', { body: longArticle(run.pageNames ?? index.filter((e) => e.type !== 'country').map((e) => e.name)) });
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
    let ms = 0, marks = 0, done = 0, longest = 0;
    for (let i = 0; i < names.length && ms < ${run.markJsBudgetMs}; i += 400) {
      await new Promise((r) => setTimeout(r, 0));
      const start = performance.now();
      await new Promise((resolve) => new Mark(document.querySelector('article')).mark(names.slice(i, i + 400), {
        separateWordSearch: false, accuracy: 'exactly', diacritics: false, caseSensitive: true,
        each: () => { marks++; }, done: resolve,
      }));
      ms += performance.now() - start;
      longest = Math.max(longest, performance.now() - start);
      done = Math.min(names.length, i + 400);
    }
    return { ms, marks, done, longest };
  })()`) as { ms: number; marks: number; done: number; longest: number };
  const extrapolated = mark.done < names.length;
  rows.push({
    index: label, names: names.length, engine: 'mark.js', totalMs: (mark.ms * names.length) / mark.done,
    longestTaskMs: await longestAfter(plainPage, since), ownLongestMs: mark.longest, heapMB: (await heapMB(plainPage)) - baseline, marks: mark.marks, extrapolated,
  });
  await plain.close();

  const ext = await launchWithExtension({ extensionDir: run.extensionDir, headless: true, executablePath });
  await ext.context.addInitScript(LONGTASKS);
  const page = await ext.context.newPage();
  await page.goto(`${server.origin}/long.html`);
  await waitForAnnotation(page, 1, 180_000);
  const m = await page.evaluate(() => {
    const e = performance.getEntriesByName('backstory:annotate')[0] as PerformanceMeasure;
    const d = e.detail as { mentions: number; longestSliceMs: number };
    return { start: e.startTime, ms: e.duration, marks: d.mentions, slice: d.longestSliceMs };
  });
  rows.push({
    index: label, names: names.length, engine: 'backstory', totalMs: m.ms, longestTaskMs: await longestAfter(page, m.start), ownLongestMs: m.slice,
    heapMB: (await heapMB(page)) - baseline, marks: m.marks, extrapolated: false,
  });
  await ext.close();
  await server.close();
  return rows;
}
