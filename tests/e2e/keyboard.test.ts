import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { hoverName, pointOfText, waitForCard } from '../../harness/reader';
import { cardPlacement, focusState, runCommand } from '../support/keyboardPath';
import { ARTIFACTS, bodyUnchanged, useExtensionBrowser } from '../support/suite';

const shot = (page: Page, name: string) => page.screenshot({ path: join(ARTIFACTS, `keyboard-${name}.png`), caret: 'initial' });

describe('the keyboard path, focus, the safe triangle, the tint and "Open card"', () => {
  const suite = useExtensionBrowser();
  const step = (page: Page, command: 'next-mention' | 'previous-mention') => runCommand(suite.browser.serviceWorker, page, command);

  test('next and previous walk the mentions in document order from the viewport, scroll, and wrap', async () => {
    const page = await suite.open('/chips-alliance.html');
    // The page's own selection, which the keyboard path must leave alone.
    await page.evaluate(() => document.getSelection()!.selectAllChildren(document.querySelector('article p')!));
    const selection = await page.evaluate(() => document.getSelection()!.toString());
    expect(selection.length).toBeGreaterThan(10);
    // Steps and checks that the card is shown against that mention, as the page's own ranges say.
    const go = async (command: 'next-mention' | 'previous-mention', want?: number) => {
      const landed = await step(page, command);
      if (want !== undefined) expect(landed.index).toBe(want);
      await expect.poll(async () => (await cardPlacement(page, landed.index)).anchored).toBe(true);
      const placed = await cardPlacement(page, landed.index);
      expect(placed.count).toBe(landed.count);
      expect(placed.inView).toBe(true);
      return { ...landed, ...placed };
    };

    const first = await go('next-mention', 0); // the top of the page: the first mention in view
    expect(first.entityId).toBe('rapidus');
    await shot(page, 'first-mention');
    await go('next-mention', 1);
    await go('next-mention', 2);
    await go('previous-mention', 1);
    await go('previous-mention', 0);
    // From the first mention, previous wraps to the last: the sidebar's, after the article in the DOM.
    const count = first.count;
    await go('previous-mention', count - 1);
    await shot(page, 'wrapped-to-last');
    // On backwards into the article's last paragraphs, far below: the page scrolls to each one.
    let at = await go('previous-mention', count - 2);
    while (at.scrollY < 300 && at.index > count - 15) at = await go('previous-mention', at.index - 1);
    expect(at.scrollY).toBeGreaterThan(300);
    await shot(page, 'scrolled-to-mention');
    // Forwards past the last mention wraps to the first, and the page scrolls back up to it.
    for (let i = at.index + 1; i < count; i++) await go('next-mention', i);
    const again = await go('next-mention', 0);
    expect(again.scrollY).toBeLessThan(at.scrollY);

    expect(await page.evaluate(() => document.getSelection()!.toString())).toBe(selection);
    await page.keyboard.press('Escape');
    await waitForCard(page, false);
    expect(await bodyUnchanged(page)).toEqual({ same: true, mutations: 0 });
    await page.close();
  });

  test('a card opened from the keyboard takes focus and gives it back; a hovered card never takes it', async () => {
    const page = await suite.open('/chips-alliance.html');
    const link = page.getByRole('link', { name: 'World' });
    await link.focus();

    // Hover: the card opens, focus stays on the page's link.
    const card = await hoverName(page, suite.browser.extensionId, 'Yasutoshi Nishimura', 0, 'article');
    expect(await focusState(page, card)).toMatchObject({ page: { active: 'a', label: 'World' }, card: { hasFocus: false } });
    await page.mouse.move(1, 1);
    await waitForCard(page, false);

    // Keyboard: focus moves to the card's heading; Escape closes and returns it to the link.
    await step(page, 'next-mention');
    await waitForCard(page, true);
    await expect.poll(async () => (await focusState(page, card)).card).toEqual({ active: 'card-title', hasFocus: true });
    expect((await focusState(page, card)).page.active).toBe('backstory-ui');
    await shot(page, 'focus-in-card');
    await page.keyboard.press('Escape');
    await waitForCard(page, false);
    expect((await focusState(page, card)).page).toMatchObject({ active: 'a', label: 'World' });

    // Stepping on keeps focus in the card; its close button also gives focus back.
    await step(page, 'next-mention');
    await expect.poll(async () => (await focusState(page, card)).card).toEqual({ active: 'card-title', hasFocus: true });
    const next = await step(page, 'next-mention');
    await expect.poll(async () => (await cardPlacement(page, next.index)).anchored).toBe(true);
    await expect.poll(async () => (await focusState(page, card)).card).toEqual({ active: 'card-title', hasFocus: true });
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect.poll(() => card.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Close card');
    await page.keyboard.press('Enter');
    await waitForCard(page, false);
    expect((await focusState(page, card)).page).toMatchObject({ active: 'a', label: 'World' });

    // With nothing focused before, focus goes back to the page's body.
    await page.evaluate(() => (document.activeElement as HTMLElement).blur());
    await step(page, 'next-mention');
    await expect.poll(async () => (await focusState(page, card)).card.hasFocus).toBe(true);
    await page.keyboard.press('Escape');
    await waitForCard(page, false);
    expect((await focusState(page, card)).page.active).toBe('body');
    await page.close();
  });

  test('the safe triangle: the card stays open on a slow path across plain text into it, and closes off the path', async () => {
    const page = await suite.open('/chips-alliance.html');
    // The card sits below the name, or above it when there is no room below: `toward` is +1 or -1.
    const travel = async (to: (edge: { right: number; y: number }, toward: number, from: { y: number }) => { x: number; y: number }, steps: number) => {
      const from = await pointOfText(page, 'Yasutoshi Nishimura', 0, 'article');
      await hoverName(page, suite.browser.extensionId, 'Yasutoshi Nishimura', 0, 'article');
      const box = await page.evaluate(() => (document.querySelector('backstory-ui') as HTMLElement).getBoundingClientRect().toJSON() as DOMRect);
      const toward = box.top > from.y ? 1 : -1;
      const end = to({ right: box.right, y: toward > 0 ? box.top : box.bottom }, toward, from);
      for (let i = 1; i <= steps; i++) {
        await page.mouse.move(from.x + ((end.x - from.x) * i) / steps, from.y + ((end.y - from.y) * i) / steps);
        await page.waitForTimeout(120); // slower than a hand: 120 ms a step, the close delay is 300 ms
      }
    };
    // Towards the card's far top corner: across the words after the name, then into the card.
    await travel((edge, toward) => ({ x: edge.right - 20, y: edge.y + 12 * toward }), 8);
    await page.waitForTimeout(700);
    expect(await page.evaluate(() => (document.querySelector('backstory-ui') as HTMLElement).style.visibility)).toBe('visible');
    await shot(page, 'safe-triangle-reached');

    // The same words, but heading up and away from the card: it closes.
    await travel((edge, toward, from) => ({ x: edge.right - 20, y: from.y - 40 * toward }), 8);
    await waitForCard(page, false);
    await page.close();
  });

  test('the background tint (options page) paints the same names under the tint highlights, with the DOM untouched', async () => {
    const page = await suite.open('/chips-alliance.html');
    const names = () => page.evaluate(() => { const n: string[] = []; CSS.highlights.forEach((_h, k) => n.push(k)); return n.sort(); });
    expect(await names()).toContain('backstory-person');
    const options = await suite.browser.context.newPage();
    await options.goto(`chrome-extension://${suite.browser.extensionId}/options.html`);
    await options.getByLabel('a background tint').check();
    await expect.poll(names).toContain('backstory-tint-person');
    expect((await names()).filter((n) => !n.startsWith('backstory-tint-'))).toEqual([]);
    await page.bringToFront();
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, 'tint');
    const cardAfterTint = await hoverName(page, suite.browser.extensionId, 'Yasutoshi Nishimura', 0, 'article');
    expect(await cardAfterTint.getByRole('dialog').count()).toBe(1);
    expect(await bodyUnchanged(page)).toEqual({ same: true, mutations: 0 });

    await options.getByLabel('a dotted underline').check();
    await expect.poll(names).toContain('backstory-person');
    expect((await names()).filter((n) => n.startsWith('backstory-tint-'))).toEqual([]);
    await options.close();
    await page.close();
  });

  test('"Open card" opens the full card in a tab, named by the entity id, with the facts at the article’s date', async () => {
    const page = await suite.open('/chips-alliance.html');
    const card = await hoverName(page, suite.browser.extensionId, 'Yasutoshi Nishimura', 0, 'article');
    const [full] = await Promise.all([
      suite.browser.context.waitForEvent('page'),
      card.getByRole('button', { name: 'Open card' }).click(),
    ]);
    await full.waitForLoadState();
    const url = new URL(full.url());
    expect(url.pathname).toBe('/popup.html');
    expect(url.hash).toMatch(/^#entity=[a-z0-9-]+$/);
    const region = full.getByRole('region', { name: 'Yasutoshi Nishimura' });
    await expect.poll(() => region.textContent()).toContain('At the time (26 May 2023)');
    await full.screenshot({ path: join(ARTIFACTS, 'keyboard-open-card.png'), fullPage: true });
    await full.close();
    await page.close();
    expect(suite.pageErrors).toEqual([]);
    expect(suite.foreignRequests).toEqual([]);
  });
});
