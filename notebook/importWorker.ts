/**
 * The import worker: reading, parsing, checking and writing 100,000 notes takes seconds of work
 * that would freeze the options page if it ran there (tasks of 3.9 s were measured). IndexedDB
 * and Dexie work the same in a worker, and the page's live queries hear of the write through
 * Dexie's BroadcastChannel.
 */
import { BackstoryDB } from './db';
import { importFileHere, isImportRequest } from './importFile';
import { importFailed } from './importJson';
import { err } from './result';

interface WorkerScope {
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  postMessage(message: unknown): void;
}

const scope = globalThis as unknown as WorkerScope;

// One request per worker: the page terminates it after the answer, which ends this listener too.
scope.addEventListener('message', (event) => {
  void (async () => {
    if (!isImportRequest(event.data)) {
      scope.postMessage(err('The import was asked for in a way Backstory does not know; nothing was imported.'));
      return;
    }
    const db = new BackstoryDB(event.data.dbName);
    try {
      scope.postMessage(await importFileHere(db, event.data.file, event.data.maxBytes));
    } catch (e) {
      // A rejection here would never reach the page (a worker's 'error' event is for thrown errors only).
      scope.postMessage(err(importFailed((e as Error).message)));
    } finally {
      db.close();
    }
  })();
});
