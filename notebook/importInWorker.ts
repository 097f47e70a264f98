import type { ImportFile, ImportRequest } from './importFile';
import { importFileHere, isImportReply } from './importFile';
import { importFailed } from './importJson';
import { err } from './result';

/** The worker answered, but not in words Backstory knows: whether it wrote anything is unknown. */
export const UNKNOWN_ANSWER = 'The import worker gave an answer Backstory does not know; check the notebook before importing again.';

/**
 * Imports in a dedicated worker of the extension's own origin, so the page that asked stays
 * responsive. The File is handed over by reference, never copied. If the page closes first, the
 * worker dies with it and IndexedDB rolls the unfinished transaction back: nothing is written.
 */
export const importFileInWorker: ImportFile = (db, file, maxBytes) => {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' });
  } catch {
    // No worker here (a policy or an old browser): the import runs on this thread, slower but whole.
    return importFileHere(db, file, maxBytes);
  }
  return new Promise((resolve) => {
    const listening = new AbortController();
    const done = (result: Parameters<typeof resolve>[0]) => {
      listening.abort();
      worker.terminate();
      resolve(result);
    };
    const on = { signal: listening.signal };
    worker.addEventListener('message', (event: MessageEvent) => {
      done(isImportReply(event.data) ? event.data : err(UNKNOWN_ANSWER));
    }, on);
    worker.addEventListener('messageerror', () => done(err(UNKNOWN_ANSWER)), on);
    worker.addEventListener('error', (event: ErrorEvent) => {
      event.preventDefault();
      done(err(importFailed(event.message || 'the import worker stopped')));
    }, on);
    const request: ImportRequest = { dbName: db.name, file, maxBytes };
    worker.postMessage(request);
  });
};
