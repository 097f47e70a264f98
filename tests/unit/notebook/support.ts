import { BackstoryDB } from '../../../notebook/db';
import type { NoteInput } from '../../../notebook/notes';

/** A fresh, uniquely named database in fake-indexeddb. */
export function freshDb(): BackstoryDB {
  return new BackstoryDB(`test-${crypto.randomUUID()}`);
}

/** A clock that starts at `start` and moves one minute on each call. */
export function steppingClock(start: number): { now: () => number; calls: () => number } {
  let n = 0;
  return { now: () => start + 60_000 * n++, calls: () => n };
}

/** Ids note-1, note-2, ... */
export function counterIds(): () => string {
  let n = 0;
  return () => `note-${++n}`;
}

export const T0 = Date.UTC(2023, 0, 6, 9, 30, 0);

export function input(patch: Partial<NoteInput> = {}): NoteInput {
  return {
    entityId: 'gina-raimondo',
    pageUrl: 'https://www.reuters.com/technology/example-2023-01-06/',
    pageTitle: 'US, Japan agree to work together on chips',
    quote: 'Commerce Secretary Gina Raimondo said',
    text: 'Check her 2023 Tokyo visit.',
    tags: ['chips'],
    ...patch,
  };
}

/** Every table's rows, sorted by key: two equal dumps mean two equal databases. */
export async function dumpDb(db: BackstoryDB): Promise<Record<string, unknown[]>> {
  const tables = [db.notes, db.customEntities, db.siteSettings, db.settings, db.sightings];
  const out: Record<string, unknown[]> = {};
  for (const table of tables) {
    const rows: unknown[] = await table.toArray(); // primary-key order
    out[table.name] = rows;
  }
  return out;
}
