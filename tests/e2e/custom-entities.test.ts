import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { highlightedTexts, hoverName, openPopup, tabIdOf } from '../../harness/reader';
import type { ServiceWorkerChrome } from '../../harness/serviceWorkerApi';
import { ARTIFACTS, useExtensionBrowser } from '../support/suite';

const NAME = 'Meridian Ledger'; // the demo pages' fictional newspaper: not in the fact base
const custom = async (page: Page) => (await highlightedTexts(page))['backstory-custom'] ?? [];

describe('custom entities: "Track this name"', () => {
  const suite = useExtensionBrowser();

  test('a tracked name is marked on open and new pages, and its card shows the reader’s note', async () => {
    const { context, serviceWorker, extensionId } = suite.browser;
    const first = await suite.open('/chips-alliance.html');
    expect(await custom(first)).toEqual([]);
    const selection = await first.evaluate((name) => {
      const text = document.querySelector('.brand-name')!.firstChild as Text;
      const range = document.createRange();
      range.setStart(text, text.data.indexOf(name));
      range.setEnd(text, text.data.indexOf(name) + name.length);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
      return document.getSelection()!.toString();
    }, NAME);

    // A native context menu cannot be clicked headless: the menu entry is checked to exist, then
    // its onClicked event is dispatched in the service worker with what Chromium would pass, so the
    // background's own listener opens the track window.
    const [track] = await Promise.all([
      context.waitForEvent('page'),
      serviceWorker.evaluate(async ({ selection, pageUrl }) => {
        const chrome = (globalThis as unknown as { chrome: ServiceWorkerChrome }).chrome;
        await chrome.contextMenus.update('backstory-track-name', {});
        chrome.contextMenus.onClicked.dispatch({ menuItemId: 'backstory-track-name', selectionText: selection, pageUrl, editable: false }, undefined);
      }, { selection, pageUrl: first.url() }),
    ]);
    await track.waitForLoadState();
    expect(track.url()).toContain(`chrome-extension://${extensionId}/track.html?`);
    const form = track.getByRole('form', { name: 'Track this name' });
    await expect.poll(() => form.getByLabel('Name', { exact: true }).inputValue()).toBe(NAME);

    // Bad input: one message, nothing saved.
    await form.getByLabel('Name', { exact: true }).fill('?');
    await form.getByRole('button', { name: 'Track' }).click();
    await expect.poll(() => track.getByRole('alert').textContent()).toBe('The name needs at least two characters.');

    const note = `note-${Date.now()}: the demo pages' own paper`;
    const description = 'A fictional newspaper, the publisher of the demo pages.';
    await form.getByLabel('Name', { exact: true }).fill(NAME);
    await form.getByLabel('Other names, one per line').fill('The Ledger');
    await form.getByLabel('Description').fill(description);
    await form.getByLabel('First note (optional)').fill(note);
    await track.screenshot({ path: join(ARTIFACTS, 'track-name-form.png') });
    await form.getByRole('button', { name: 'Track' }).click();
    await expect.poll(() => track.getByRole('status').textContent()).toContain(`Tracking “${NAME}”`);
    await track.close();

    // The open page re-scans at once; a page opened later is marked too.
    await expect.poll(() => custom(first)).toContain(NAME);
    const second = await suite.open('/investment-push.html');
    await expect.poll(() => custom(second)).toContain(NAME);

    // The content script knows only an opaque id and the type: its summary carries no name.
    const tabId = await tabIdOf(serviceWorker, second);
    const summary = (await serviceWorker.evaluate((tabId) => {
      const chrome = (globalThis as unknown as { chrome: ServiceWorkerChrome }).chrome;
      return chrome.tabs.sendMessage(tabId, { backstory: 1, name: 'page/summary', params: {} }, { frameId: 0 });
    }, tabId)) as { ok: true; value: { entities: { entityId: string; name: string; type: string }[] } };
    const row = summary.value.entities.find((e) => e.type === 'custom');
    expect(row).toMatchObject({ name: '' });
    expect(row!.entityId).toMatch(/^[0-9a-f-]{36}$/);

    const card = await hoverName(second, extensionId, NAME, 0, 'body');
    const dialog = card.getByRole('dialog', { name: NAME });
    await expect.poll(() => dialog.textContent()).toContain(note);
    expect(await dialog.textContent()).toContain(description);
    expect(await dialog.textContent()).toContain('Also: The Ledger');
    await second.screenshot({ path: join(ARTIFACTS, 'card-custom-entity.png') });
    // The note and description live only in the extension's frame, never in the page.
    const html = await second.evaluate(() => document.documentElement.outerHTML);
    expect(html).not.toContain(note);
    expect(html).not.toContain(description);

    // The popup names it (from the database) and its card says where it was seen.
    const popup = await openPopup(context, extensionId, tabId);
    await popup.locator('.on-this-page').getByRole('button', { name: NAME }).click();
    await expect.poll(() => popup.getByRole('region', { name: NAME }).textContent()).toContain(note);
    await expect.poll(() => popup.locator('.seen-in').getByRole('heading').textContent()).toBe('Seen in 2 articles');
    await popup.screenshot({ path: join(ARTIFACTS, 'popup-custom-entity.png'), fullPage: true });
    await Promise.all([popup.close(), first.close(), second.close()]);
    expect(suite.pageErrors).toEqual([]);
    expect(suite.foreignRequests).toEqual([]);
  });
});
