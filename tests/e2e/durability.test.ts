import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { highlightedTexts, openPopup, tabIdOf, waitForAnnotation } from '../../harness/reader';
import type { Note, SettingRow, SiteSetting } from '../../notebook/db';
import { readNotebook, stopServiceWorker } from '../support/extensionDb';
import { ARTIFACTS, useExtensionBrowser } from '../support/suite';

const texts = async (page: Page) => ((await readNotebook(page)).notes as Note[]).map((n) => n.text).sort();
const setting = async (page: Page, key: string) => ((await readNotebook(page)).settings as SettingRow[]).find((s) => s.key === key)?.value;
const sites = async (page: Page) => (await readNotebook(page)).siteSettings as SiteSetting[];

/** Types a note into a popup's form, to be saved by a later click. */
async function typeNote(popup: Page, text: string, tags = ''): Promise<void> {
  await popup.getByPlaceholder('Your note').fill(text);
  await popup.getByPlaceholder('tags').fill(tags);
}
const save = (popup: Page) => popup.getByRole('button', { name: 'Save note' }).click();
/**
 * Two switches of one page flipped in the same instant. Element clicks, not mouse clicks: two
 * concurrent mouse clicks in one page race over its scroll position and can land on other controls.
 */
const flip = (page: Page, label: string) => page.getByLabel(label, { exact: true }).evaluate((el: HTMLElement) => el.click());

describe('durability in real Chromium', () => {
  const suite = useExtensionBrowser();

  test('two popups and the options page editing at the same moment lose no edit', async () => {
    const { context, extensionId } = suite.browser;
    const article = await suite.open('/chips-alliance.html');
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    const tab = await tabIdOf(options, article);
    const [a, b] = [await openPopup(context, extensionId, tab), await openPopup(context, extensionId, tab)];
    for (const popup of [a, b]) await popup.getByRole('switch', { name: /Mark names on 127\.0\.0\.1/ }).waitFor();

    // Each round: every view writes at once.
    await typeNote(a, 'alpha one', 'chips');
    await typeNote(b, 'bravo one', 'japan');
    await Promise.all([save(a), save(b), flip(options, 'People'), flip(options, 'Places')]);
    await typeNote(a, 'alpha two');
    await typeNote(b, 'bravo two', 'nato');
    await Promise.all([save(a), save(b), flip(options, 'Mark only the first mention of each name'), flip(options, 'News media')]);
    await typeNote(a, 'alpha three', 'chips, hokkaido');
    await Promise.all([save(a), b.getByRole('switch', { name: /Mark names on/ }).click(), options.getByLabel('Countries').click()]);

    const all = ['alpha one', 'alpha three', 'alpha two', 'bravo one', 'bravo two'];
    await expect.poll(() => texts(options)).toEqual(all);
    expect(((await setting(options, 'disabledTypes')) as string[]).sort()).toEqual(['country', 'media', 'person', 'place']);
    expect(await setting(options, 'firstMentionOnly')).toBe(true);
    expect(await sites(options)).toMatchObject([{ hostname: '127.0.0.1', enabled: false }]);

    // Every view shows every edit, through its own live queries.
    for (const popup of [a, b]) {
      await expect.poll(async () => (await popup.locator('.notes li').allTextContents()).length).toBe(all.length);
      for (const text of all) expect(await popup.locator('.notes').textContent()).toContain(text);
      await expect.poll(() => popup.getByRole('switch', { name: /Mark names on/ }).isChecked()).toBe(false);
    }
    await expect.poll(async () => (await options.locator('.notebook-count').textContent() ?? '').replace(/[^0-9 ]/g, '').trim().split(/\s+/).at(-1)).toBe(String(all.length));
    for (const label of ['People', 'Places', 'Countries', 'News media']) expect(await options.getByLabel(label).isChecked(), label).toBe(false);
    expect(await options.getByLabel('Companies').isChecked()).toBe(true);
    expect(await options.getByLabel('Mark only the first mention of each name').isChecked()).toBe(true);
    await expect.poll(async () => Object.values(await highlightedTexts(article)).flat()).toEqual([]); // the site is off
    await a.screenshot({ path: join(ARTIFACTS, 'durability-popup-after-concurrent-edits.png'), fullPage: true });
    await options.screenshot({ path: join(ARTIFACTS, 'durability-options-after-concurrent-edits.png'), fullPage: true });

    // Back to the defaults for the next test.
    await b.getByRole('switch', { name: /Mark names on/ }).click();
    for (const label of ['People', 'Places', 'Countries', 'News media', 'Mark only the first mention of each name']) await options.getByLabel(label).click();
    await expect.poll(() => setting(options, 'disabledTypes')).toEqual([]);
    await Promise.all([a.close(), b.close(), options.close(), article.close()]);
    expect(suite.pageErrors).toEqual([]);
  });

  test('a service worker stopped between and during operations loses nothing acknowledged, and Backstory recovers', async () => {
    const { context, extensionId } = suite.browser;
    const article = await suite.open('/investment-push.html');
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    const popup = await openPopup(context, extensionId, await tabIdOf(options, article));
    const before = (await texts(options)).length;

    // Acknowledged: the popup said "Saved." and the switch shows the stored value.
    await typeNote(popup, 'saved before the stop', 'sw');
    await save(popup);
    await expect.poll(() => popup.getByRole('region', { name: 'New note' }).getByRole('status').textContent()).toBe('Saved.');
    await options.getByLabel('Countries').click();
    await expect.poll(() => setting(options, 'disabledTypes')).toEqual(['country']);
    await stopServiceWorker(options, extensionId);

    // During: the worker is stopped while a note is saved, a switch flips and a page is read.
    await typeNote(popup, 'saved while the worker stops');
    await Promise.all([save(popup), options.getByLabel('Mark only the first mention of each name').click(), stopServiceWorker(options, extensionId)]);
    await expect.poll(() => popup.getByRole('region', { name: 'New note' }).getByRole('status').textContent()).toBe('Saved.');
    // While a page is read: its settings and matches are asked of a worker that keeps being stopped.
    const second = await context.newPage();
    await Promise.all([second.goto(`${suite.server.origin}/chips-alliance.html`), (async () => {
      for (let i = 0; i < 4; i++) {
        await stopServiceWorker(options, extensionId);
        await second.waitForTimeout(120);
      }
    })()]);
    await waitForAnnotation(second, 1, 30_000);

    await expect.poll(async () => (await texts(options)).length).toBe(before + 2);
    expect(await texts(options)).toEqual(expect.arrayContaining(['saved before the stop', 'saved while the worker stops']));
    expect(await setting(options, 'disabledTypes')).toEqual(['country']);
    expect(await setting(options, 'firstMentionOnly')).toBe(true);

    // Recovered: the new page is marked under the saved settings (no countries, each name once) ...
    const marks = await highlightedTexts(second);
    expect(marks['backstory-country'] ?? []).toEqual([]);
    const all = Object.values(marks).flat();
    expect(all.length).toBeGreaterThan(3);
    expect(new Set(all.map((t) => t.toLowerCase())).size).toBe(all.length);
    // ... and a popup on it lists the page and saves a note.
    const again = await openPopup(context, extensionId, await tabIdOf(options, second));
    await expect.poll(() => again.locator('.on-this-page').getByRole('button').count()).toBeGreaterThan(3);
    await typeNote(again, 'saved after the restart');
    await save(again);
    await expect.poll(async () => (await texts(options)).length).toBe(before + 3);
    await again.screenshot({ path: join(ARTIFACTS, 'durability-popup-after-worker-restart.png'), fullPage: true });
    await Promise.all([popup.close(), again.close(), options.close(), article.close(), second.close()]);
    expect(suite.pageErrors).toEqual([]);
    expect(suite.foreignRequests).toEqual([]);
  });
});
