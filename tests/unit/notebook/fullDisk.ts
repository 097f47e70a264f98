import type { BackstoryDB } from '../../../notebook/db';

type StoreRecord = (record: unknown, noOverwrite: boolean, rollbackLog?: unknown[]) => unknown;
interface RawStore { name: string; storeRecord: StoreRecord }

/**
 * Makes the "disk" full after `allowed` more records are stored in `stores` (every table when
 * omitted): the next store fails inside fake-indexeddb with a QuotaExceededError, which aborts the
 * whole transaction and rolls it back, as a real full disk does. Returns the undo.
 */
export async function fillDiskAfter(db: BackstoryDB, allowed: number, stores?: readonly string[]): Promise<() => void> {
  await db.open();
  const idb = db.backendDB();
  const probe = idb.transaction('notes').objectStore('notes') as unknown as { _rawObjectStore: RawStore };
  const proto = Object.getPrototypeOf(probe._rawObjectStore) as RawStore;
  const original = proto.storeRecord;
  let stored = 0;
  proto.storeRecord = function (this: RawStore, record, noOverwrite, rollbackLog) {
    // Rollbacks call storeRecord without a log; they must still succeed, as a real rollback does.
    if (rollbackLog && (!stores || stores.includes(this.name)) && stored++ >= allowed) {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    }
    return original.call(this, record, noOverwrite, rollbackLog);
  };
  return () => {
    proto.storeRecord = original;
  };
}
