import type { BrowserContext, Frame, Page, Worker } from 'playwright-core';
import type { ServiceWorkerChrome } from './serviceWorkerApi';

/** Waits for the content script's first annotation pass (its User Timing measure). */
export async function waitForAnnotation(page: Page, passes = 1, timeout = 15_000): Promise<void> {
  await page.waitForFunction((n) => performance.getEntriesByName('backstory:annotate').length >= n, passes, { timeout });
}

/** Waits until the page has rendered twice, so IntersectionObserver reports have been delivered. */
export function settleFrames(page: Page): Promise<void> {
  return page.evaluate(() => new Promise<void>((resolve) => {
    requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 50)));
  }));
}

/**
 * Runs `read` with the viewport stretched over the whole page, then puts it back. Backstory paints
 * only what is near the viewport, so a test that reads every mark from CSS.highlights needs this.
 * A frame's viewport is its iframe element, which the page sizes: frames are read as they are.
 */
export async function withWholePage<T>(target: Page | Frame, read: () => Promise<T>): Promise<T> {
  const page = 'viewportSize' in target ? target : null;
  const size = page?.viewportSize();
  const height = page ? await page.evaluate(() => document.documentElement.scrollHeight) : 0;
  if (!page || !size || height <= size.height) return read();
  await page.setViewportSize({ width: size.width, height: Math.min(height, 30_000) });
  await settleFrames(page);
  try {
    return await read();
  } finally {
    await page.setViewportSize(size);
    await settleFrames(page);
  }
}

/** The text of every highlighted range, by highlight name, as the page's own world sees them. */
export function highlightedTexts(target: Page | Frame, { wholePage = true } = {}): Promise<Record<string, string[]>> {
  const read = () => target.evaluate(() => {
    const out: Record<string, string[]> = {};
    CSS.highlights.forEach((highlight, name) => {
      out[name] = [...highlight].map((r) => r.toString().replace(/\s+/g, ' '));
    });
    return out;
  });
  return wholePage ? withWholePage(target, read) : read();
}

/** Centre of the nth occurrence of `text` inside one Text node under `scope`. */
export async function pointOfText(page: Page, text: string, nth = 0, scope = 'body'): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(({ text, nth, scope }) => {
    const root = document.querySelector(scope);
    if (!root) return null;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let seen = 0;
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      let at = node.data.indexOf(text);
      while (at >= 0) {
        if (seen++ === nth) {
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + text.length);
          // Centre the name itself: a long paragraph's own centre may be far from it.
          const first = range.getClientRects()[0]!;
          window.scrollBy(0, first.top - window.innerHeight / 2);
          const r = range.getClientRects()[0]!;
          return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
        }
        at = node.data.indexOf(text, at + 1);
      }
    }
    return null;
  }, { text, nth, scope });
  if (!point) throw new Error(`"${text}" (#${nth}) is not on the page`);
  return point;
}

/** The extension-origin card frame inside the page, once it exists. */
export async function cardFrame(page: Page, extensionId: string): Promise<Frame> {
  const prefix = `chrome-extension://${extensionId}/card.html`;
  for (let i = 0; i < 100; i++) {
    const frame = page.frames().find((f) => f.url().startsWith(prefix));
    if (frame) return frame;
    await page.waitForTimeout(100);
  }
  throw new Error('the card frame never appeared');
}

/** Waits until the card host is shown (or hidden); the host's own style says which. */
export async function waitForCard(page: Page, shown: boolean): Promise<void> {
  await page.waitForFunction(
    (want) => ((document.querySelector('backstory-ui') as HTMLElement | null)?.style.visibility === 'visible') === want,
    shown,
    { timeout: 5_000 },
  );
}

/** Moves the pointer onto a name, where it rests (the card opens after the hover delay). */
export async function restOn(page: Page, text: string, nth = 0, scope = 'body'): Promise<void> {
  const { x, y } = await pointOfText(page, text, nth, scope);
  await page.mouse.move(x - 2, y);
  await page.mouse.move(x, y, { steps: 2 });
}

/** Rests the pointer on a name and waits for its card; returns the card frame. */
export async function hoverName(page: Page, extensionId: string, text: string, nth = 0, scope = 'body'): Promise<Frame> {
  await page.mouse.move(1, 1);
  await waitForCard(page, false);
  await restOn(page, text, nth, scope);
  await waitForCard(page, true);
  return cardFrame(page, extensionId);
}

/**
 * The browser's tab id for a page: we hold no "tabs" permission, so it is found as the active tab,
 * asked from the service worker or an extension page (after the worker was stopped, Playwright's
 * handle to it may never answer again).
 */
export async function tabIdOf(worker: Worker | Page, page: Page): Promise<number> {
  await page.bringToFront();
  const activeTab = async () => {
    const chrome = (globalThis as unknown as { chrome: ServiceWorkerChrome }).chrome;
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? null;
  };
  const id = await ('mainFrame' in worker ? worker.evaluate(activeTab) : worker.evaluate(activeTab));
  if (id === null) throw new Error(`no active tab for ${page.url()}`);
  return id;
}

/** Opens the popup as a page aimed at a tab (a real toolbar popup cannot be driven headless). */
export async function openPopup(context: BrowserContext, extensionId: string, tabId: number): Promise<Page> {
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 400, height: 640 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  return popup;
}
