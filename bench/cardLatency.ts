import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findChromium, INSTALL_HINT, launchWithExtension } from '../harness/chromium';
import { hoverName, waitForAnnotation } from '../harness/reader';
import { serveStatic } from '../harness/server';

export interface CardLatency {
  samples: number;
  all: number[];
  medianMs: number;
  worstMs: number;
  /** The target: the card shows within 50 ms of its open time. */
  targetMs: number;
}

/**
 * Hovers distinct names on a demo page and reads `backstory:card-open`: from the moment the hover
 * intent decides to open (after its 250 ms rest) to the card being visible, with the frame reused.
 */
export async function benchCardLatency(root: string, names = 15): Promise<CardLatency> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(INSTALL_HINT);
  const gold = JSON.parse(readFileSync(join(root, 'demo/pages/chips-alliance.gold.json'), 'utf8')) as { text: string }[];
  const texts = [...new Set(gold.map((m) => m.text))].slice(0, names);
  const server = await serveStatic(join(root, 'demo/pages'));
  const ext = await launchWithExtension({ extensionDir: join(root, '.output/chrome-mv3'), headless: true, executablePath });
  try {
    const page = await ext.context.newPage();
    await page.goto(`${server.origin}/chips-alliance.html`);
    await waitForAnnotation(page);
    for (const text of texts) await hoverName(page, ext.extensionId, text, 0, 'article').catch(() => undefined);
    const ms = (await page.evaluate(() => performance.getEntriesByName('backstory:card-open').map((e) => e.duration))).sort((a, b) => a - b);
    return { samples: ms.length, all: ms.map((x) => Math.round(x)), medianMs: ms[Math.floor(ms.length / 2)] ?? NaN, worstMs: ms.at(-1) ?? NaN, targetMs: 50 };
  } finally {
    await ext.close();
    await server.close();
  }
}
