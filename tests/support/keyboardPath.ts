import type { Frame, Page, Worker } from 'playwright-core';
import type { MentionStep, Result } from '../../messaging/protocol';

type RunCommand = (command: string, tabId?: number) => Promise<Result<MentionStep | null>>;

/**
 * Runs a keyboard command as the browser would: headless Chromium does not deliver extension
 * command shortcuts, so this calls, in the service worker, the function `commands.onCommand` calls.
 */
export async function runCommand(worker: Worker, page: Page, command: 'next-mention' | 'previous-mention'): Promise<MentionStep> {
  await page.bringToFront();
  const reply = await worker.evaluate((name) => (globalThis as unknown as { backstoryRunCommand: RunCommand }).backstoryRunCommand(name), command);
  if (!reply.ok || !reply.value) throw new Error(`${command}: ${reply.ok ? 'no mention' : reply.error}`);
  return reply.value;
}

export interface Placement {
  /** The marked ranges on the page, in document order, as the page itself sees them. */
  count: number;
  text: string;
  /** Whether the card sits right below (or, flipped, right above) the range and overlaps it sideways. */
  anchored: boolean;
  /** Whether the range is inside the viewport. */
  inView: boolean;
  scrollY: number;
}

/** Checks the shown card against the nth marked range of the page (document order). */
export function cardPlacement(page: Page, index: number): Promise<Placement> {
  return page.evaluate((index) => {
    const ranges: Range[] = [];
    CSS.highlights.forEach((h) => h.forEach((r) => ranges.push(r as Range)));
    ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    const host = (document.querySelector('backstory-ui') as HTMLElement).getBoundingClientRect();
    const range = ranges[index];
    const near = (gap: number) => gap >= 2 && gap <= 10; // floating-ui's offset is 6 px
    const anchored = host.height > 0 && !!range && [...range.getClientRects()].some((b) =>
      (near(host.top - b.bottom) || near(b.top - host.bottom)) && b.left < host.right && b.right > host.left);
    const box = range?.getBoundingClientRect();
    return {
      count: ranges.length, text: range?.toString() ?? '', anchored,
      inView: !!box && box.top >= 0 && box.bottom <= innerHeight, scrollY: Math.round(scrollY),
    };
  }, index);
}

/** Where focus is: the page's active element, and inside the card's own document. */
export async function focusState(page: Page, card: Frame) {
  const pageSide = await page.evaluate(() => ({
    active: document.activeElement?.tagName.toLowerCase() ?? null,
    label: document.activeElement?.textContent?.trim().slice(0, 40) ?? '',
  }));
  const cardSide = await card.evaluate(() => ({ active: document.activeElement?.id || document.activeElement?.tagName.toLowerCase(), hasFocus: document.hasFocus() }));
  return { page: pageSide, card: cardSide };
}
