import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { findChromium, INSTALL_HINT, launchWithExtension } from '../harness/chromium';
import { cardFrame, hoverName, restOn, waitForAnnotation, waitForCard } from '../harness/reader';
import { serveStatic } from '../harness/server';
import { cardPhases, type CardPhases } from './cardPhases';
import { median } from './searchEngines';

export interface FirstHover {
  ms: number;
  phases: CardPhases;
}

export interface CardLatency {
  /** Later hovers on one page, the frame reused and ready. */
  samples: number;
  all: number[];
  medianMs: number;
  worstMs: number;
  /** The very first hover in a fresh browser, as soon as the page is marked: nothing cached, the frame still loading. */
  cold: FirstHover;
  /** The first hover on each further new page (the browser has loaded the card before). */
  firstOnPage: FirstHover[];
  firstOnPageMedianMs: number;
  firstOnPageWorstMs: number;
  /** The target: the card shows within 50 ms of its open time. */
  targetMs: number;
}

const cardOpen = (page: Page) => page.evaluate(() => performance.getEntriesByName('backstory:card-open').map((e) => e.duration));

/** Opens a new page and rests on its first name as soon as the page is marked (the frame is made then). */
async function firstHover(page: Page, url: string, extensionId: string, text: string): Promise<FirstHover> {
  await page.goto(url);
  await waitForAnnotation(page);
  // At once, without hoverName's wait for a closed card: the frame is made at the same moment.
  await restOn(page, text, 0, 'article');
  await waitForCard(page, true);
  const [ms] = await cardOpen(page);
  return { ms: ms ?? NaN, phases: await cardPhases(page, await cardFrame(page, extensionId)) };
}

/**
 * Reads `backstory:card-open`, from the moment the hover intent decides to open (after its 250 ms
 * rest) to the card being visible: the first hover in a fresh browser (cold), the first hover on
 * each of `pages` new pages, then `names` distinct names on the last page, with the frame reused.
 */
export async function benchCardLatency(root: string, names = 15, pages = 5): Promise<CardLatency> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(INSTALL_HINT);
  const gold = JSON.parse(readFileSync(join(root, 'demo/pages/chips-alliance.gold.json'), 'utf8')) as { text: string }[];
  const texts = [...new Set(gold.map((m) => m.text))].slice(0, names);
  const server = await serveStatic(join(root, 'demo/pages'));
  const ext = await launchWithExtension({ extensionDir: join(root, '.output/chrome-mv3'), headless: true, executablePath });
  const url = `${server.origin}/chips-alliance.html`;
  try {
    const firsts: FirstHover[] = [];
    let page = await ext.context.newPage();
    for (let i = 0; i < pages; i++) {
      if (i > 0) {
        await page.close();
        page = await ext.context.newPage();
      }
      firsts.push(await firstHover(page, url, ext.extensionId, texts[0]!));
    }
    for (const text of texts.slice(1)) await hoverName(page, ext.extensionId, text, 0, 'article').catch(() => undefined);
    const later = (await cardOpen(page)).slice(1).sort((a, b) => a - b);
    const [cold, ...firstOnPage] = firsts;
    const onPage = firstOnPage.map((f) => f.ms);
    return {
      samples: later.length, all: later.map((x) => Math.round(x)), medianMs: median(later), worstMs: later.at(-1) ?? NaN,
      cold: cold!, firstOnPage, firstOnPageMedianMs: median(onPage), firstOnPageWorstMs: onPage.length ? Math.max(...onPage) : NaN,
      targetMs: 50,
    };
  } finally {
    await ext.close();
    await server.close();
  }
}

/** The section as lines and a table of the first hovers' phases, the way bench/run.ts prints the others. */
export function printCardLatency(card: CardLatency): void {
  const ms = (x: number) => `${x.toFixed(0)} ms`;
  console.log(`\nHover card: open decision to visible card (target ${card.targetMs} ms)`);
  console.log(`  first hover, cold (fresh browser, hovered as soon as the page is marked): ${ms(card.cold.ms)}`);
  console.log(`  first hover on each of ${card.firstOnPage.length} further new pages: median ${ms(card.firstOnPageMedianMs)}, worst ${ms(card.firstOnPageWorstMs)}`);
  console.log(`  ${card.samples} later hovers on one page (frame reused): median ${ms(card.medianMs)}, worst ${ms(card.worstMs)}`);
  console.log('  First hovers, ms after the content script made the frame (null: not marked in this build):');
  console.table([card.cold, ...card.firstOnPage].map((f, i) => ({ hover: i === 0 ? 'cold' : `new page ${i}`, 'card-open ms': Math.round(f.ms), ...f.phases })));
}
