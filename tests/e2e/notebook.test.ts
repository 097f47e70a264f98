import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hoverName, openPopup, tabIdOf } from '../../harness/reader';
import type { NotebookExport } from '../../notebook/exportJson';
import { ARTIFACTS, useExtensionBrowser } from '../support/suite';

describe('the reader’s notebook', () => {
  const suite = useExtensionBrowser();

  test('a note saved in the popup shows on the hover card and in the JSON export', async () => {
    const article = await suite.open('/investment-push.html');
    const popup = await openPopup(suite.browser.context, suite.browser.extensionId, await tabIdOf(suite.browser.serviceWorker, article));
    await popup.locator('.on-this-page').waitFor();
    await popup.getByLabel('About').selectOption({ label: 'Rapidus' });
    const secret = `note-${Date.now()}: check the Chitose fab timeline`;
    await popup.getByPlaceholder('Your note').fill(secret);
    await popup.getByPlaceholder('tags').fill('chips hokkaido');
    await popup.getByRole('button', { name: 'Save note' }).click();
    await expect.poll(() => popup.locator('.notes').textContent()).toContain(secret);
    await popup.screenshot({ path: join(ARTIFACTS, 'popup-with-note.png'), fullPage: true });

    const card = await hoverName(article, suite.browser.extensionId, 'Rapidus', 0, 'article');
    const dialog = card.getByRole('dialog', { name: 'Rapidus' });
    await expect.poll(() => dialog.textContent()).toContain(secret);
    expect(await dialog.locator('#notes-title .count').textContent()).toBe('1');
    // The page itself cannot see the note: it lives only in the extension-origin frame.
    expect(await article.evaluate(() => document.documentElement.outerHTML)).not.toContain(secret);

    const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: 'Export notes (JSON)' }).click()]);
    const exported = JSON.parse(readFileSync((await download.path())!, 'utf8')) as NotebookExport;
    expect(exported.format).toBe('backstory-notebook');
    expect(exported.version).toBe(2);
    expect(exported.notes).toHaveLength(1);
    expect(exported.notes[0]).toMatchObject({ entityId: 'rapidus', text: secret, tags: ['chips', 'hokkaido'] });
    expect(exported.notes[0]!.pageUrl).toBe(article.url());
    await popup.close();
    await article.close();
    expect(suite.pageErrors).toEqual([]);
    expect(suite.foreignRequests).toEqual([]);
  });

  test('a note added on the hover card carries the selected quote, the page and the title', async () => {
    const article = await suite.open('/export-controls.html');
    // Select a sentence fragment, then rest the pointer on a name: the card offers it as the quote.
    const quote = await article.evaluate(() => {
      const p = [...document.querySelectorAll('article p')].find((el) => (el.textContent ?? '').includes('Blinken'))!;
      const text = p.firstChild as Text;
      const range = document.createRange();
      range.setStart(text, 0);
      range.setEnd(text, Math.min(40, text.data.length));
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
      return range.toString().trim();
    });
    const card = await hoverName(article, suite.browser.extensionId, 'Antony Blinken', 0, 'article');
    const dialog = card.getByRole('dialog', { name: 'Antony Blinken' });
    await expect.poll(() => dialog.getByLabel('Quote').textContent()).toBe(quote);
    await dialog.getByPlaceholder('Your note').fill('Compare with the 2023 consultative committee readout');
    await dialog.getByRole('button', { name: 'Add note' }).click();
    await expect.poll(() => dialog.locator('.notes').textContent()).toContain('Compare with the 2023');
    expect(await dialog.getByLabel('Quote').count()).toBe(0); // the quote went with that note
    await article.screenshot({ path: join(ARTIFACTS, 'card-note-added.png'), caret: 'initial' });

    const options = await suite.browser.context.newPage();
    await options.goto(`chrome-extension://${suite.browser.extensionId}/options.html`);
    const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Export notes (JSON)' }).click()]);
    const exported = JSON.parse(readFileSync((await download.path())!, 'utf8')) as NotebookExport;
    const note = exported.notes.find((n) => n.entityId === 'antony-blinken');
    expect(note).toMatchObject({ quote, pageUrl: article.url(), pageTitle: await article.title() });
    await options.close();
    await article.close();
    expect(suite.pageErrors).toEqual([]);
  });

  test('export in three formats, then import: a bad file changes nothing, the same file twice adds nothing', async () => {
    const options = await suite.browser.context.newPage();
    await options.goto(`chrome-extension://${suite.browser.extensionId}/options.html`);
    const download = async (name: string) => {
      const [d] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name }).click()]);
      return { file: d.suggestedFilename(), text: readFileSync((await d.path())!, 'utf8') };
    };
    const json = await download('Export notes (JSON)');
    const before = JSON.parse(json.text) as NotebookExport;
    expect(before.notes.length).toBeGreaterThan(0);
    const md = await download('Export Markdown');
    expect(md.file).toMatch(/\.md$/);
    expect(md.text).toMatch(/^---\n/); // YAML front matter
    expect(md.text).toContain('## [[Rapidus]]');
    const csv = await download('Export CSV (Readwise)');
    expect(csv.text.split('\r\n')[0]).toBe('Highlight,Title,Author,URL,Note,Location,Date');

    const input = options.getByLabel('Import a Backstory export (JSON)');
    await input.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(json.text.slice(0, json.text.length / 2)) });
    await expect.poll(() => options.getByRole('alert').textContent()).toMatch(/\S/);
    const message = await options.getByRole('alert').textContent();
    await options.screenshot({ path: join(ARTIFACTS, 'options-import-error.png'), fullPage: true });
    await input.setInputFiles({ name: 'same.json', mimeType: 'application/json', buffer: Buffer.from(json.text) });
    // Every record counts: the notes, and the sightings the visited pages left.
    const records = before.notes.length + before.customEntities.length + before.siteSettings.length + before.settings.length + before.sightings.length;
    expect(before.sightings.length).toBeGreaterThan(0);
    await expect.poll(() => options.locator('.import').getByRole('status').textContent()).toBe(`Imported 0 records; ${records} were already in your notebook.`);
    const after = JSON.parse((await download('Export notes (JSON)')).text) as NotebookExport;
    expect(after.notes).toEqual(before.notes);
    expect(after.sightings).toEqual(before.sightings);
    console.log(`truncated import refused with: ${message}`);
    await options.close();
  });
});
