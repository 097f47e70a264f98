import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { highlightedTexts, openPopup, tabIdOf } from '../../harness/reader';
import { EXPORT_FORMAT, EXPORT_VERSION, type NotebookExport } from '../../notebook/exportJson';
import { openOptions, readDatabase } from '../support/notebook';
import { ARTIFACTS, useExtensionBrowser } from '../support/suite';

// The demo article's byline: not in the fact base, so only tracking marks it.
const NAME = 'Hannah Okafor';
const ID = '7d2c1a4e-5b6f-4c3d-9e8a-0f1b2c3d4e5f';
const DESCRIPTION = `desc-${Date.now()}: writes the Quillfeather column`;
const NOTE = `note-${Date.now()}: ask about her METI sources`;
// Re-marking runs in the background and the page on a loaded machine: generous, not timed.
const SLOW = { timeout: 15_000 };
const custom = async (page: Page) => (await highlightedTexts(page))['backstory-custom'] ?? [];

/** A backup holding one tracked name and a note on it, as another browser's export would. */
function backup(): NotebookExport {
  const at = '2024-04-09T08:00:00.000Z';
  return {
    format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: at,
    notes: [{ id: 'e2e-note-okafor', entityId: ID, pageUrl: 'https://news.example/a', pageTitle: 'Page A', quote: '', text: NOTE, tags: ['sources'], createdAt: at, updatedAt: at }],
    customEntities: [{ id: ID, name: NAME, aliases: [], description: DESCRIPTION, createdAt: at, updatedAt: at }],
    siteSettings: [], settings: [], sightings: [],
  };
}

describe('names you track: import, popup, search, export, edit, delete and undo', () => {
  const suite = useExtensionBrowser();

  test('every change to a tracked name reaches open pages at once, and the page never learns what the reader wrote', async () => {
    const { context, serviceWorker, extensionId } = suite.browser;
    const article = await suite.open('/chips-alliance.html');
    expect(await custom(article)).toEqual([]);

    // Importing a backup that holds a tracked name marks it on the open page, without a reload.
    const options = await openOptions(context, extensionId);
    await options.getByLabel('Import a Backstory export (JSON)')
      .setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(backup())) });
    await options.locator('.import').getByRole('status').filter({ hasText: 'Imported 2 records' }).waitFor();
    await expect.poll(() => custom(article), SLOW).toEqual([NAME]);

    // The popup lists it under its own group, named from the database; search finds it and opens its card.
    const popup = await openPopup(context, extensionId, await tabIdOf(serviceWorker, article));
    const group = popup.locator('.on-this-page').getByRole('region', { name: 'Names you track' });
    await expect.poll(() => group.getByRole('button').allTextContents(), SLOW).toEqual([NAME]);
    await popup.screenshot({ path: join(ARTIFACTS, 'popup-tracked-group.png'), fullPage: true });
    const box = popup.getByRole('combobox', { name: 'Search entities and notes' });
    await box.fill('Hanah Okafr');
    await expect.poll(() => popup.getByRole('option').first().textContent()).toBe(`${NAME} tracked by you`);
    await box.fill('Quillfeather');
    await expect.poll(() => popup.getByRole('option').first().textContent()).toBe(`${NAME} tracked by you`);
    await box.press('Enter');
    const card = popup.getByRole('region', { name: NAME });
    await expect.poll(() => card.textContent()).toContain(NOTE);
    expect(await card.textContent()).toContain(DESCRIPTION);
    await popup.close();

    // Markdown files the note under the name, CSV names it in its Author column; neither shows the id.
    const download = async (name: string) => {
      const [file] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name }).click()]);
      return readFileSync((await file.path())!, 'utf8');
    };
    const md = await download('Export Markdown');
    expect(md).toContain(`## [[${NAME}]]`);
    expect(md.indexOf(`## [[${NAME}]]`)).toBeLessThan(md.indexOf(NOTE));
    const csv = await download('Export CSV (Readwise)');
    expect(csv.split('\r\n').find((row) => row.startsWith(NOTE))).toContain(`,Page A,${NAME},`);
    expect(md + csv).not.toContain(ID);

    // Edit, in the options page's list: another name is marked at once, checked as the track window checks.
    const list = options.getByRole('region', { name: 'Names you track' });
    await list.getByRole('button', { name: `Edit tracked name: ${NAME}` }).click();
    const form = list.getByRole('form', { name: `Edit tracked name: ${NAME}` });
    await form.getByLabel('Other names, one per line').fill('x');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => form.getByRole('alert').textContent()).toBe('The other name "x" needs at least two characters.');
    await form.getByLabel('Other names, one per line').fill('Meridian Ledger');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect.poll(async () => new Set(await custom(article)), SLOW).toEqual(new Set([NAME, 'Meridian Ledger']));
    expect(await list.locator('.tracked-name').textContent()).toContain('Also: Meridian Ledger');
    await options.screenshot({ path: join(ARTIFACTS, 'options-tracked-names.png'), fullPage: true });

    // Delete: the marks go at once, the note stays (on no entity); Undo brings both back as they were.
    await list.getByRole('button', { name: `Delete tracked name: ${NAME}` }).click();
    const status = list.getByRole('status');
    await expect.poll(() => status.textContent()).toBe(`Deleted “${NAME}”. Pages no longer mark it. Its note stays in your notebook, on no entity. Undo`);
    await expect.poll(() => custom(article), SLOW).toEqual([]);
    const afterDelete = await readDatabase(context, extensionId);
    expect(afterDelete.customEntities).toEqual([]);
    expect(afterDelete.notes).toContainEqual(expect.objectContaining({ id: 'e2e-note-okafor', entityId: null, text: NOTE }));
    await options.screenshot({ path: join(ARTIFACTS, 'options-tracked-deleted.png'), fullPage: true });
    await status.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => status.textContent()).toBe(`Tracking “${NAME}” again.`);
    await expect.poll(async () => new Set(await custom(article)), SLOW).toEqual(new Set([NAME, 'Meridian Ledger']));
    const restored = await readDatabase(context, extensionId);
    expect(restored.customEntities).toEqual([expect.objectContaining({ id: ID, name: NAME, aliases: ['Meridian Ledger'], description: DESCRIPTION })]);
    expect(restored.notes).toContainEqual(expect.objectContaining({ id: 'e2e-note-okafor', entityId: ID }));

    // The page itself never held the description or the note, only the marks.
    const html = await article.evaluate(() => document.documentElement.outerHTML);
    expect(html).not.toContain(DESCRIPTION);
    expect(html).not.toContain(NOTE);
    await Promise.all([options.close(), article.close()]);
    expect(suite.pageErrors).toEqual([]);
    expect(suite.foreignRequests).toEqual([]);
  });
});
