import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { openPopup, tabIdOf, waitForAnnotation } from '../../harness/reader';
import type { NotebookExport } from '../../notebook/exportJson';
import { ARTIFACTS, useExtensionBrowser } from '../support/suite';

describe('managing notes: edit, delete with Undo, filter and sort, live in every open view', () => {
  const suite = useExtensionBrowser();

  /** Saves a note from the popup's "New note" form and waits until its list shows it. */
  async function addFromPopup(popup: Page, about: string, text: string, tags: string) {
    await popup.getByLabel('About').selectOption({ label: about });
    await popup.getByPlaceholder('Your note').fill(text);
    await popup.getByPlaceholder('tags').fill(tags);
    await popup.getByRole('button', { name: 'Save note' }).click();
    await expect.poll(() => popup.locator('.notes').textContent()).toContain(text);
  }

  const notebookTexts = (options: Page) => options.locator('.notebook .note-text').allTextContents();

  async function exportedNotes(options: Page): Promise<NotebookExport['notes']> {
    const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Export notes (JSON)' }).click()]);
    return (JSON.parse(readFileSync((await download.path())!, 'utf8')) as NotebookExport).notes;
  }

  test('notes from two sites are edited, deleted and restored, filtered and sorted, and every edit shows in the other open page', async () => {
    const { context, extensionId, serviceWorker } = suite.browser;
    // Two sites: the local server answers as 127.0.0.1 and as localhost.
    const first = await suite.open('/investment-push.html');
    const second = await context.newPage();
    second.on('pageerror', (err) => suite.pageErrors.push(`localhost: ${err.message}`));
    const localhost = suite.server.origin.replace('127.0.0.1', 'localhost');
    await second.goto(`${localhost}/export-controls.html`);
    await waitForAnnotation(second);

    const popup = await openPopup(context, extensionId, await tabIdOf(serviceWorker, first));
    await popup.locator('.on-this-page').waitFor();
    await addFromPopup(popup, 'Rapidus', 'Chitose fab timeline', 'chips hokkaido');
    await addFromPopup(popup, '(no entity)', 'Subsidy totals to compare', 'budget');
    const popupTwo = await openPopup(context, extensionId, await tabIdOf(serviceWorker, second));
    await popupTwo.locator('.on-this-page').waitFor();
    await addFromPopup(popupTwo, 'Antony Blinken', 'Export rules readout', 'Chips export');
    await popupTwo.close();

    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    const count = options.locator('.notebook-count');
    await expect.poll(() => count.textContent()).toBe('3 of 3 notes');
    expect(await notebookTexts(options)).toEqual(['Export rules readout', 'Subsidy totals to compare', 'Chitose fab timeline']);
    const filter = (label: string, value: string) => options.getByLabel(label, { exact: true }).selectOption(value);

    await filter('Tag', 'Chips'); // "chips" and "Chips" are one tag
    await expect.poll(() => count.textContent()).toBe('2 of 3 notes');
    await filter('Sort', 'oldest');
    await expect.poll(() => notebookTexts(options)).toEqual(['Chitose fab timeline', 'Export rules readout']);
    await filter('Site', 'localhost');
    await expect.poll(() => notebookTexts(options)).toEqual(['Export rules readout']);
    await options.screenshot({ path: join(ARTIFACTS, 'notebook-filtered.png'), fullPage: true });
    await filter('Site', '');
    await filter('Tag', '');
    await filter('Entity', 'rapidus');
    await expect.poll(() => notebookTexts(options)).toEqual(['Chitose fab timeline']);
    await filter('Entity', '');
    await options.getByLabel('Words', { exact: true }).fill('subsidy');
    await expect.poll(() => count.textContent()).toBe('1 of 3 notes');
    await options.getByLabel('Words', { exact: true }).fill('');
    await filter('Sort', 'newest');
    await expect.poll(() => count.textContent()).toBe('3 of 3 notes');

    // An edit in the options page shows at once in the popup that is still open.
    await options.getByRole('button', { name: 'Edit note: Chitose fab timeline' }).click();
    await options.getByLabel('Note text').fill('Chitose fab: pilot line from April 2025');
    await options.getByLabel('Note tags').fill('chips fabs');
    await options.locator('.note-editor').screenshot({ path: join(ARTIFACTS, 'notebook-editing.png') });
    await options.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => popup.locator('.notes').textContent()).toContain('Chitose fab: pilot line from April 2025');
    expect(await popup.locator('.notes').textContent()).toContain('#chips #fabs');
    await popup.screenshot({ path: join(ARTIFACTS, 'popup-after-options-edit.png'), fullPage: true });

    // The keyboard alone edits a note in the popup: Enter on Edit, type, Ctrl+Enter saves.
    await popup.getByRole('button', { name: 'Edit note: Subsidy totals to compare' }).focus();
    await popup.keyboard.press('Enter');
    await expect.poll(() => popup.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('note');
    await popup.keyboard.press('End');
    await popup.keyboard.type(' for 2023 and 2024');
    await popup.keyboard.press('Control+Enter');
    await expect.poll(() => notebookTexts(options)).toContain('Subsidy totals to compare for 2023 and 2024');
    // Focus is back on the note's Edit button (its name is cut at 40 characters).
    expect(await popup.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Edit note: Subsidy totals to compare for 2023 and…');

    // Delete in the popup, gone from the options page; Undo brings back the identical note.
    const before = await exportedNotes(options);
    await popup.getByRole('button', { name: 'Delete note: Export rules readout' }).click();
    const status = popup.getByRole('region', { name: 'Recent notes' }).getByRole('status');
    await expect.poll(() => status.textContent()).toBe('Note deleted. Undo');
    await expect.poll(() => notebookTexts(options)).not.toContain('Export rules readout');
    await expect.poll(() => count.textContent()).toBe('2 of 2 notes');
    await popup.screenshot({ path: join(ARTIFACTS, 'popup-note-deleted.png'), fullPage: true });
    expect(await popup.evaluate(() => document.activeElement?.textContent)).toBe('Undo');
    await popup.keyboard.press('Enter');
    await expect.poll(() => status.textContent()).toBe('Note restored.');
    await expect.poll(() => count.textContent()).toBe('3 of 3 notes');
    const after = await exportedNotes(options);
    expect(after).toEqual(before);
    await options.screenshot({ path: join(ARTIFACTS, 'notebook-all.png'), fullPage: true });

    // The popup's button opens the options page's notebook.
    await options.close();
    const [opened] = await Promise.all([context.waitForEvent('page'), popup.getByRole('button', { name: /^Open the notebook/ }).click()]);
    await opened.waitForURL(/\/options\.html/);
    await expect.poll(() => opened.locator('.notebook-count').textContent()).toBe('3 of 3 notes');

    await Promise.all([opened.close(), popup.close(), first.close(), second.close()]);
    expect(suite.pageErrors).toEqual([]);
    expect(suite.foreignRequests.filter((url) => !url.startsWith(localhost))).toEqual([]);
  });
});
