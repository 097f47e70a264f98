import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { openPopup, tabIdOf } from '../../harness/reader';
import { ARTIFACTS, useExtensionBrowser } from '../support/suite';

describe('sightings: the pages where an entity was seen', () => {
  const suite = useExtensionBrowser();

  const cardOf = async (article: Page, name: string) => {
    const popup = await openPopup(suite.browser.context, suite.browser.extensionId, await tabIdOf(suite.browser.serviceWorker, article));
    await popup.locator('.on-this-page').getByRole('button', { name, exact: true }).click();
    return popup;
  };
  const seenIn = (popup: Page) => popup.locator('.seen-in');

  test('two demo articles: the popup card says seen in 2 articles, with both pages listed', async () => {
    const first = await suite.open('/chips-alliance.html');
    const second = await suite.open('/investment-push.html');
    const popup = await cardOf(second, 'Rapidus');
    await expect.poll(() => seenIn(popup).getByRole('heading').textContent()).toBe('Seen in 2 articles');
    const links = seenIn(popup).getByRole('link');
    expect((await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))).sort()).toEqual([first.url(), second.url()].sort());
    expect(await seenIn(popup).textContent()).toContain(await first.title());
    expect(await seenIn(popup).textContent()).toContain('127.0.0.1');
    await popup.screenshot({ path: join(ARTIFACTS, 'popup-seen-in.png'), fullPage: true });
    await popup.close();
    await first.close();
    await second.close();
  });

  test('with sightings turned off in the options page, a new article is not recorded', async () => {
    const options = await suite.browser.context.newPage();
    await options.goto(`chrome-extension://${suite.browser.extensionId}/options.html`);
    await options.getByLabel(/Remember which pages named each entity/).uncheck();
    // Tokyo is on all three demo pages; the first two were recorded by the test above.
    const third = await suite.open('/export-controls.html');
    const popup = await cardOf(third, 'Tokyo');
    await expect.poll(() => seenIn(popup).getByRole('heading').textContent()).toBe('Seen in 2 articles');
    expect(await seenIn(popup).textContent()).toContain('not remembering pages');
    // Give a late write every chance to land before checking again that none did.
    await third.reload();
    await third.waitForFunction(() => performance.getEntriesByName('backstory:annotate').length >= 1);
    await popup.waitForTimeout(1_000);
    expect(await seenIn(popup).getByRole('heading').textContent()).toBe('Seen in 2 articles');
    expect(await seenIn(popup).textContent()).not.toContain(await third.title());

    await options.getByLabel(/Remember which pages named each entity/).check();
    await third.reload();
    await expect.poll(() => seenIn(popup).getByRole('heading').textContent()).toBe('Seen in 3 articles');
    await Promise.all([popup.close(), options.close(), third.close()]);
    expect(suite.pageErrors).toEqual([]);
    expect(suite.foreignRequests).toEqual([]);
  });
});
