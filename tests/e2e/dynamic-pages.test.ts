import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { highlightedTexts, hoverName, settleFrames, waitForAnnotation } from '../../harness/reader';
import { longArticle } from '../../bench/longArticle';
import { FRAME_INNER, FRAME_MIDDLE, LIVE_BLOG, NESTED, RERENDER, SANDBOXED, SPA, page as htmlPage, ARTICLE } from '../support/dynamicPages';
import { ARTIFACTS, bodyUnchanged, useExtensionBrowser } from '../support/suite';

/** Every highlighted range, with whether its text is still in the document. */
const liveRanges = (target: Page | Frame) => target.evaluate(() => {
  const out: { text: string; connected: boolean }[] = [];
  CSS.highlights.forEach((h) => h.forEach((r) => {
    const range = r as Range;
    out.push({ text: range.toString(), connected: range.startContainer.isConnected && !range.collapsed });
  }));
  return out;
});

const marksIn = async (frame: Frame) => Object.values(await highlightedTexts(frame)).flat().sort();

describe('dynamic and hostile pages', () => {
  const suite = useExtensionBrowser();
  beforeAll(() => {
    const r = suite.server.route;
    r('/csp.html', { body: htmlPage(ARTICLE), headers: { 'content-security-policy': "default-src 'none'" } });
    r('/rerender.html', { body: RERENDER });
    r('/live.html', { body: LIVE_BLOG });
    r('/nested.html', { body: NESTED });
    r('/frame-middle.html', { body: FRAME_MIDDLE });
    r('/frame-inner.html', { body: FRAME_INNER });
    r('/sandboxed.html', { body: SANDBOXED });
    r('/spa.html', { body: SPA });
    r('/long.html', { body: longArticle(['Gina Raimondo', 'Rapidus', 'Micron Technology', 'Hokkaido', 'IBM']) });
  });

  test("a page with a CSP of default-src 'none' is marked and its card opens", async () => {
    const page = await suite.open('/csp.html');
    expect(Object.values(await highlightedTexts(page)).flat()).toEqual(expect.arrayContaining(['Rapidus', 'Gina Raimondo', 'IBM']));
    const card = await hoverName(page, suite.browser.extensionId, 'Rapidus', 0, 'article');
    await expect.poll(() => card.getByRole('dialog', { name: 'Rapidus' }).count()).toBe(1);
    await page.screenshot({ path: join(ARTIFACTS, 'csp-card.png'), caret: 'initial' });
    expect(await bodyUnchanged(page)).toEqual({ same: true, mutations: 0 });
    await page.close();
  });

  test('a page that rebuilds its article every second keeps its marks, on the new nodes, and its card', async () => {
    const page = await suite.open('/rerender.html');
    await page.waitForFunction(() => ((window as unknown as { __renders?: number }).__renders ?? 0) >= 3, null, { timeout: 10_000 });
    // The marks follow the rebuilt text: every range is in the live document, none is stale.
    await expect.poll(async () => (await liveRanges(page)).every((r) => r.connected), { timeout: 5_000 }).toBe(true);
    await expect.poll(async () => (await liveRanges(page)).map((r) => r.text)).toEqual(expect.arrayContaining(['Rapidus', 'Gina Raimondo', 'Japan']));
    const card = await hoverName(page, suite.browser.extensionId, 'Micron Technology', 0, 'article');
    await expect.poll(() => card.getByRole('dialog', { name: 'Micron Technology' }).count()).toBe(1);
    await page.close();
  });

  test('a live blog: each new post is marked as it arrives', async () => {
    const page = await suite.open('/live.html');
    await page.waitForFunction(() => (window as unknown as { __posts?: number }).__posts === 9, null, { timeout: 10_000 });
    // Every post's names, the later ones too: nothing is lost between passes.
    const counts = async () => {
      const texts = (await liveRanges(page)).map((r) => r.text);
      return ['Gina Raimondo', 'Rapidus', 'Micron Technology'].map((name) => texts.filter((t) => t === name).length);
    };
    await expect.poll(counts, { timeout: 5_000 }).toEqual([3, 3, 3]);
    await page.close();
  });

  test('a single-page app swaps the story: the new text is marked, and the card uses the new story’s date', async () => {
    const page = await suite.open('/spa.html');
    let card = await hoverName(page, suite.browser.extensionId, 'Yasutoshi Nishimura', 0, 'article');
    await expect.poll(() => card.getByRole('dialog', { name: 'Yasutoshi Nishimura' }).textContent()).toContain('At the time (26 May 2023)');
    await page.keyboard.press('Escape');
    await page.mouse.move(1, 1);
    await page.click('#next');
    await expect.poll(async () => Object.values(await highlightedTexts(page)).flat()).toContain('Yasutoshi Nishimura');
    await expect.poll(() => page.evaluate(() => document.querySelector('article')!.textContent)).toContain('Months later');
    card = await hoverName(page, suite.browser.extensionId, 'Yasutoshi Nishimura', 0, 'article');
    const dialog = card.getByRole('dialog', { name: 'Yasutoshi Nishimura' });
    await expect.poll(() => dialog.textContent()).toContain('At the time (1 Mar 2024)');
    await page.screenshot({ path: join(ARTIFACTS, 'spa-second-story-card.png'), caret: 'initial' });
    await page.close();
  });

  test('names inside nested iframes are marked in their own frames, and the page is untouched', async () => {
    const page = await suite.open('/nested.html');
    const middle = page.frames().find((f) => f.url().endsWith('/frame-middle.html'))!;
    const inner = page.frames().find((f) => f.url().endsWith('/frame-inner.html'))!;
    await waitForAnnotation(middle as unknown as Page);
    await waitForAnnotation(inner as unknown as Page);
    expect(await marksIn(middle)).toEqual(['IBM', 'Rapidus']);
    expect(await marksIn(inner)).toEqual(['Hokkaido', 'Micron Technology']);
    expect(await bodyUnchanged(page)).toEqual({ same: true, mutations: 0 });
    await page.screenshot({ path: join(ARTIFACTS, 'nested-frames.png'), caret: 'initial' });
    await page.close();
  });

  test('a sandboxed iframe is left alone, without errors, while the page around it works', async () => {
    const page = await suite.open('/sandboxed.html');
    // Pick the page's own sandboxed frames by their element: our card frame may still be at
    // about:blank while it loads, so a URL filter would count it too.
    const handles = await page.locator('iframe[sandbox]').elementHandles();
    expect(handles).toHaveLength(2);
    const sandboxed = (await Promise.all(handles.map((h) => h.contentFrame()))).filter((f) => f !== null);
    expect(sandboxed).toHaveLength(2);
    await page.waitForTimeout(1_000);
    for (const f of sandboxed) {
      // Our card frame cannot run in an opaque origin, so nothing is marked there.
      expect(await f.evaluate(() => performance.getEntriesByName('backstory:annotate').length).catch(() => 0)).toBe(0);
      expect(f.childFrames()).toEqual([]);
    }
    const card = await hoverName(page, suite.browser.extensionId, 'Rapidus', 0, 'article');
    await expect.poll(() => card.getByRole('dialog', { name: 'Rapidus' }).count()).toBe(1);
    await page.close();
  });

  test('a very long page (1 MB, 20k text nodes) is marked while the page keeps answering clicks', async () => {
    const page = await suite.browser.context.newPage();
    page.on('pageerror', (err) => suite.pageErrors.push(`long: ${err.message}`));
    await page.goto(`${suite.server.origin}/long.html`);
    // The page's own click handler must keep running while Backstory scans.
    await page.evaluate(() => {
      (window as unknown as { __clicks: number }).__clicks = 0;
      document.addEventListener('click', () => { (window as unknown as { __clicks: number }).__clicks++; });
    });
    for (let i = 0; i < 5; i++) await page.mouse.click(5, 5);
    await waitForAnnotation(page, 1, 60_000);
    expect(await page.evaluate(() => (window as unknown as { __clicks: number }).__clicks)).toBe(5);
    const count = await page.evaluate(() => (performance.getEntriesByName('backstory:annotate')[0] as PerformanceMeasure).detail.mentions as number);
    expect(count).toBeGreaterThan(5_000);
    // Only marks near the viewport are painted (painting 5k ranges at once blocks the page); the
    // marks follow the reader down the page.
    const painted = () => page.evaluate(() => {
      let n = 0;
      let lowest = 0;
      CSS.highlights.forEach((h) => h.forEach((r) => { n++; lowest = Math.max(lowest, (r as Range).getBoundingClientRect().top + scrollY); }));
      return { n, lowest, end: document.documentElement.scrollHeight };
    });
    await settleFrames(page);
    const top = await painted();
    expect(top.n).toBeGreaterThan(10);
    expect(top.n).toBeLessThan(count / 4);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect.poll(async () => (await painted()).lowest, { timeout: 10_000 }).toBeGreaterThan(top.end - 3_000);
    expect(await bodyUnchanged(page)).toEqual({ same: true, mutations: 0 });
    await page.close();
    expect(suite.pageErrors).toEqual([]);
    expect(suite.foreignRequests).toEqual([]);
  });
});
