import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { bundledLookup } from '../../factbase/bundled';
import { openPopup, tabIdOf } from '../../harness/reader';
import type { ExportedNote, NotebookExport } from '../../notebook/exportJson';
import { MAX_FILE_BYTES } from '../../notebook/importJson';
import { formatSize } from '../../notebook/importFields';
import { bulkNotes, notesExport, writeExport, writeJunk, writeSparse } from '../support/bulkNotes';
import { longTasksSince, pageNow, sampleHeap, watchLongTasks } from '../support/pageLoad';
import { ARTIFACTS, useExtensionBrowser } from '../support/suite';

const COUNT = 100_000;
const SHOWN = COUNT.toLocaleString('en-US'); // as the page writes it: 100,000
const NEEDLE = 'Ask about the Chitose cleanroom schedule.';
const IMPORT_LABEL = 'Import a Backstory export (JSON)';

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;
const byId = (notes: readonly ExportedNote[]) => new Map(notes.map((n) => [n.id, n.text]));

/** The JSON export, as the reader gets it from the options page. */
async function exportJson(options: Page): Promise<NotebookExport> {
  const [download] = await Promise.all([
    options.waitForEvent('download', { timeout: 60_000 }),
    options.getByRole('button', { name: 'Export notes (JSON)' }).click(),
  ]);
  return JSON.parse(readFileSync((await download.path())!, 'utf8')) as NotebookExport;
}

/** Everything but the export's own time stamp. */
const contents = ({ exportedAt: _, ...rest }: NotebookExport) => rest;

/** The viewport from the import form down: its message, the filters, the count and the first notes. */
async function shoot(options: Page, file: string): Promise<void> {
  await options.locator('.import').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await options.screenshot({ path: join(ARTIFACTS, file) });
}

/** The notebook's own count line, "100,000 of 100,000 notes". */
const countLine = (options: Page) => options.locator('.notebook-count').textContent();

describe('importing a notebook of 100,000 notes, and files that must be refused', () => {
  const suite = useExtensionBrowser();
  const dir = mkdtempSync(join(tmpdir(), 'backstory-bulk-'));
  let notes: ExportedNote[] = [];
  let big = { path: '', bytes: 0 };
  let options: Page;
  let afterImport: NotebookExport;

  beforeAll(async () => {
    const started = performance.now();
    notes = bulkNotes(COUNT, bundledLookup.all(), 'bulk');
    notes[54_321]!.text = `${notes[54_321]!.text} ${NEEDLE}`; // one note the popup's search must find
    big = writeExport(dir, 'notebook-100k.json', notesExport(notes));
    console.log(`generated ${COUNT} notes, ${mb(big.bytes)} as exported, in ${Math.round(performance.now() - started)} ms`);
    options = await suite.browser.context.newPage();
    await watchLongTasks(options);
    await options.goto(`chrome-extension://${suite.browser.extensionId}/options.html`);
    await options.getByRole('heading', { name: 'Notebook', exact: true }).waitFor();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('100,000 notes import through the file input, show in the notebook, export whole, and import twice as nothing', async () => {
    expect(big.bytes, 'the 100,000-note export fits under the import limit').toBeLessThan(MAX_FILE_BYTES);
    const stopHeap = await sampleHeap(options);
    const since = await pageNow(options);
    const started = performance.now();
    await options.getByLabel(IMPORT_LABEL).setInputFiles(big.path);
    const status = options.locator('.import').getByRole('status');
    await status.filter({ hasText: `Imported ${SHOWN} records; 0 were already in your notebook.` }).waitFor({ timeout: 90_000 });
    const importMs = performance.now() - started;
    await expect.poll(() => countLine(options), { timeout: 60_000 }).toBe(`${SHOWN} of ${SHOWN} notes`);
    const shownMs = performance.now() - started;
    const heapMb = await stopHeap();
    const tasks = await longTasksSince(options, since);
    console.log(`import: status after ${Math.round(importMs)} ms, notebook count after ${Math.round(shownMs)} ms; options page heap peak ${heapMb.toFixed(0)} MB; `
      + `long tasks ${tasks.length}, longest ${Math.round(tasks[0]?.duration ?? 0)} ms (${tasks.slice(0, 5).map((t) => Math.round(t.duration)).join(', ')})`);
    await shoot(options, 'bulk-import-100k.png');

    const exportStarted = performance.now();
    afterImport = await exportJson(options);
    console.log(`export of ${afterImport.notes.length} notes: ${Math.round(performance.now() - exportStarted)} ms`);
    expect(afterImport.notes).toHaveLength(COUNT);
    expect(byId(afterImport.notes)).toEqual(byId(notes));

    await options.getByLabel(IMPORT_LABEL).setInputFiles(big.path);
    await status.filter({ hasText: `Imported 0 records; ${SHOWN} were already in your notebook.` }).waitFor({ timeout: 90_000 });
    expect(await countLine(options)).toBe(`${SHOWN} of ${SHOWN} notes`);
  }, 240_000);

  test('a 50 MB file, a file over the limit, and 100,000 notes whose last is invalid: one message each, nothing written', async () => {
    expect(afterImport?.notes, 'the notebook of the first test').toHaveLength(COUNT);
    let workers = 0;
    options.on('worker', () => { workers++; });
    const refused = async (path: string, shot: string) => {
      const started = performance.now();
      await options.getByLabel(IMPORT_LABEL).setInputFiles(path);
      const alert = options.locator('.import').getByRole('alert');
      await alert.waitFor({ timeout: 60_000 });
      const ms = Math.round(performance.now() - started);
      await shoot(options, shot);
      return { message: await alert.textContent(), ms };
    };

    const junk = await refused(writeJunk(dir, 'junk-50mb.json', 50 * 2 ** 20), 'bulk-import-junk-50mb.png');
    expect(junk.message).toBe('This file is not valid JSON: it may be truncated or damaged. Nothing was imported.');
    expect(workers, 'a file under the limit is read in the import worker').toBe(1);

    const huge = await refused(writeSparse(dir, 'over-the-limit.json', MAX_FILE_BYTES + 2 ** 20), 'bulk-import-over-limit.png');
    expect(huge.message).toBe(`This file is ${formatSize(MAX_FILE_BYTES + 2 ** 20)}; Backstory imports files up to ${formatSize(MAX_FILE_BYTES)}. Nothing was imported.`);
    expect(workers, 'a file over the limit is refused by its size, never read').toBe(1);

    const late = bulkNotes(COUNT, bundledLookup.all(), 'late', 8); // new ids: any note written would show
    late[COUNT - 1]!.createdAt = 'yesterday';
    const lastBad = await refused(writeExport(dir, 'last-note-invalid.json', notesExport(late)).path, 'bulk-import-last-invalid.png');
    expect(lastBad.message).toBe(`notes[${COUNT - 1}].createdAt is not a valid date: "yesterday" (expected a UTC date like 2023-01-06T09:30:00.000Z). Nothing was imported.`);
    console.log(`refused: 50 MB junk in ${junk.ms} ms, a ${mb(MAX_FILE_BYTES + 2 ** 20)} file in ${huge.ms} ms, 100,000 notes with the last invalid in ${lastBad.ms} ms`);

    expect(await countLine(options)).toBe(`${SHOWN} of ${SHOWN} notes`);
    expect(contents(await exportJson(options))).toEqual(contents(afterImport));
  }, 180_000);

  test('the popup opens and searches with 100,000 notes', async () => {
    const { context, extensionId } = suite.browser;
    const article = await suite.open('/investment-push.html');
    const tab = await tabIdOf(options, article);
    const started = performance.now();
    const popup = await openPopup(context, extensionId, tab);
    await popup.locator('.notes li').first().waitFor({ timeout: 30_000 });
    const openMs = Math.round(performance.now() - started);
    const box = popup.getByRole('combobox', { name: 'Search entities and notes' });
    const searched = performance.now();
    await box.fill('cleanrom'); // a typo of a word in one note of the 100,000
    const hit = popup.getByRole('option').filter({ hasText: NEEDLE });
    await hit.waitFor({ timeout: 30_000 });
    const searchMs = Math.round(performance.now() - searched);
    await popup.screenshot({ path: join(ARTIFACTS, 'bulk-import-popup-search.png') });
    console.log(`popup with ${COUNT} notes: notes listed ${openMs} ms after opening; a typo found the note in ${searchMs} ms (the first search waits for the note index)`);
    expect(await hit.textContent()).toContain('note on');
    await Promise.all([popup.close(), article.close()]);
    expect(suite.pageErrors).toEqual([]);
  }, 120_000);
});
