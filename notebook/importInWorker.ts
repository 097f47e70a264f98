import type { ImportFile, ImportRequest } from './importFile';
import { isImportReply } from './importFile';
import { err } from './result';

/**
 * Imports in a dedicated worker of the extension's own origin, so the page that asked stays
 * responsive. The File is handed over by reference, never copied. If the page closes first, the
 * worker dies with it and IndexedDB rolls the unfinished transaction back: nothing is written.
 */
export const importFileInWorker: ImportFile = (db, file, maxBytes) => new Promise((resolve) => {
  const worker = new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' });
  const listening = new AbortController();
  const done = (result: Parameters<typeof resolve>[0]) => {
    listening.abort();
    worker.terminate();
    resolve(result);
  };
  worker.addEventListener('message', (event: MessageEvent) => {
    done(isImportReply(event.data) ? event.data : err('The import worker gave an answer Backstory does not know; check the notebook before importing again.'));
  }, { signal: listening.signal });
  worker.addEventListener('error', (event: ErrorEvent) => {
    event.preventDefault();
    done(err(`The import failed and nothing was imported (${event.message || 'the import worker stopped'}).`));
  }, { signal: listening.signal });
  const request: ImportRequest = { dbName: db.name, file, maxBytes };
  worker.postMessage(request);
});
