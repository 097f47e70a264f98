import { join } from 'node:path';
import { openPopup, tabIdOf } from '../../harness/reader';
import { ARTIFACTS, useExtensionBrowser } from '../support/suite';

describe('the popup’s search', () => {
  const suite = useExtensionBrowser();

  test('typos still find the entity; arrow keys and Enter open its full card; notes are found too', async () => {
    const article = await suite.open('/investment-push.html');
    const popup = await openPopup(suite.browser.context, suite.browser.extensionId, await tabIdOf(suite.browser.serviceWorker, article));
    const box = popup.getByRole('combobox', { name: 'Search entities and notes' });

    await box.fill('Raimundo');
    await expect.poll(() => popup.getByRole('option').first().textContent()).toContain('Gina Raimondo');
    await popup.screenshot({ path: join(ARTIFACTS, 'popup-search.png'), fullPage: true });
    await box.press('Enter');
    await expect.poll(() => popup.getByRole('heading', { level: 2, name: 'Gina Raimondo' }).count()).toBe(1);
    expect(await popup.locator('main').textContent()).toContain('Secretary of Commerce');
    await popup.getByRole('button', { name: '← Back' }).click();

    await box.fill('rapdus');
    await expect.poll(() => popup.getByRole('option').first().textContent()).toContain('Rapidus');
    // The second hit is reached with the arrow key, and Enter opens that one.
    const second = (await popup.getByRole('option').nth(1).locator('.hit-label').textContent())!;
    await box.press('ArrowDown');
    expect(await popup.getByRole('option').nth(1).getAttribute('aria-selected')).toBe('true');
    await box.press('Enter');
    await expect.poll(() => popup.getByRole('heading', { level: 2, name: second }).count()).toBe(1);
    await popup.getByRole('button', { name: '← Back' }).click();

    // A note is found by a word of its text, and opens the card of its entity.
    await popup.getByLabel('About').selectOption({ label: 'Rapidus' });
    await popup.getByPlaceholder('Your note').fill('Ask about the Chitose cleanroom schedule');
    await popup.getByRole('button', { name: 'Save note' }).click();
    await box.fill('cleanroom');
    await expect.poll(() => popup.getByRole('option').filter({ hasText: 'note on Rapidus' }).count()).toBe(1);
    await popup.getByRole('option').filter({ hasText: 'note on Rapidus' }).click();
    await expect.poll(() => popup.getByRole('heading', { level: 2, name: 'Rapidus' }).count()).toBe(1);
    await popup.close();
    await article.close();
    expect(suite.pageErrors).toEqual([]);
  });
});
