import { join } from 'node:path';
import { highlightedTexts, openPopup, tabIdOf } from '../../harness/reader';
import { ARTIFACTS, useExtensionBrowser } from '../support/suite';

const marks = async (page: import('playwright-core').Page) => Object.values(await highlightedTexts(page)).flat();

describe('the reader’s switches', () => {
  const suite = useExtensionBrowser();

  test('the popup switches Backstory off for this site, remembered on reload, and back on', async () => {
    const article = await suite.open('/chips-alliance.html');
    expect((await marks(article)).length).toBeGreaterThan(10);
    const popup = await openPopup(suite.browser.context, suite.browser.extensionId, await tabIdOf(suite.browser.serviceWorker, article));
    const toggle = popup.getByRole('switch', { name: /Mark names on 127\.0\.0\.1/ });
    await expect.poll(() => toggle.isChecked()).toBe(true);
    await toggle.uncheck();
    await expect.poll(() => marks(article)).toEqual([]);
    await expect.poll(() => popup.getByText('Backstory is off here').count()).toBe(1);
    await popup.screenshot({ path: join(ARTIFACTS, 'popup-site-off.png'), fullPage: true });

    // Remembered: a reload (and any other page on the site) stays unmarked.
    await article.reload();
    await article.waitForFunction(() => performance.getEntriesByName('backstory:annotate').length >= 1);
    expect(await marks(article)).toEqual([]);

    await popup.reload();
    await popup.getByRole('switch', { name: /Mark names on/ }).check();
    await expect.poll(async () => (await marks(article)).length).toBeGreaterThan(10);
    // The popup's list is read after the page repainted: it lists what is marked now.
    await expect.poll(() => popup.locator('.on-this-page').getByRole('button', { name: 'Rapidus' }).count()).toBe(1);
    await popup.close();
    await article.close();
  });

  test('the options page: first mention only, types off, and pause everywhere', async () => {
    const article = await suite.open('/chips-alliance.html');
    const before = await marks(article);
    expect(before.filter((t) => t === 'Japan').length).toBeGreaterThan(1);
    const options = await suite.browser.context.newPage();
    await options.goto(`chrome-extension://${suite.browser.extensionId}/options.html`);

    await options.getByLabel('Mark only the first mention of each name').check();
    await expect.poll(async () => (await marks(article)).filter((t) => t === 'Japan').length).toBe(1);

    await options.getByLabel('Countries').uncheck();
    await expect.poll(async () => (await highlightedTexts(article))['backstory-country'] ?? []).toEqual([]);
    expect((await highlightedTexts(article))['backstory-company']).toContain('RAPIDUS');

    await options.getByRole('switch', { name: 'Pause Backstory on every site' }).check();
    await expect.poll(() => marks(article)).toEqual([]);
    await options.screenshot({ path: join(ARTIFACTS, 'options-reading.png'), fullPage: true });

    // Undo everything, so the other tests see the defaults.
    await options.getByRole('switch', { name: 'Pause Backstory on every site' }).uncheck();
    await options.getByLabel('Countries').check();
    await options.getByLabel('Mark only the first mention of each name').uncheck();
    await expect.poll(async () => (await marks(article)).length).toBe(before.length);
    await options.close();
    await article.close();
    expect(suite.pageErrors).toEqual([]);
  });
});
