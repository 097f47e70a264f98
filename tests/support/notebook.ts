/** The reader's side of the notebook, driven through the options page as a person would. */
import type { BrowserContext, Page } from 'playwright-core';
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportedNote, type NotebookExport } from '../../notebook/exportJson';

/** Opens the options page and waits until it shows the notebook. */
export async function openOptions(context: BrowserContext, extensionId: string): Promise<Page> {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByRole('heading', { name: 'Notebook', exact: true }).waitFor();
  return options;
}

/** Imports notes through the options page's import form, as a reader restoring a backup would. */
export async function importNotes(context: BrowserContext, extensionId: string, notes: ExportedNote[]): Promise<void> {
  const file: NotebookExport = {
    format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: '2024-04-09T08:00:00.000Z',
    notes, customEntities: [], siteSettings: [], settings: [], sightings: [],
  };
  const options = await openOptions(context, extensionId);
  await options.getByLabel('Import a Backstory export (JSON)')
    .setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await options.getByRole('status').filter({ hasText: `Imported ${notes.length} records` }).waitFor();
  await options.close();
}

/** Every row of every table of the notebook's database, read in an extension page. */
export async function readDatabase(context: BrowserContext, extensionId: string): Promise<Record<string, unknown[]>> {
  const options = await openOptions(context, extensionId);
  const rows = await options.evaluate(async () => {
    const request = indexedDB.open('backstory');
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const out: Record<string, unknown[]> = {};
    for (const name of db.objectStoreNames) {
      const all = db.transaction(name).objectStore(name).getAll();
      out[name] = await new Promise((resolve) => { all.onsuccess = () => resolve(all.result as unknown[]); });
    }
    db.close();
    return out;
  });
  await options.close();
  return rows;
}
