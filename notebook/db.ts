import Dexie, { type DexieOptions, type Table } from 'dexie';
import { normaliseTags } from './tags';

/** A reader's note; it never leaves the extension's origin. */
export interface Note {
  id: string;
  entityId: string | null;
  pageUrl: string;
  pageTitle: string;
  quote: string;
  text: string;
  tags: string[];
  /** Epoch milliseconds. */
  createdAt: number;
  updatedAt: number;
}

/** A person, company or place the reader added themselves, outside the shipped fact base. */
export interface CustomEntity {
  id: string;
  name: string;
  aliases: string[];
  description: string;
  createdAt: number;
  updatedAt: number;
}

/** Whether Backstory runs on one site. */
export interface SiteSetting {
  hostname: string;
  enabled: boolean;
  updatedAt: number;
}

/** An entity named on a page on one day: presence, not a visit counter. */
export interface Sighting {
  entityId: string;
  pageUrl: string;
  pageTitle: string;
  /** The reader's local day, `YYYY-MM-DD`. */
  day: string;
  /** Mentions of the entity on the page when it was first recorded that day. */
  count: number;
}

export type SightingKey = [entityId: string, pageUrl: string, day: string];

/** Settings are stored as JSON values so the export can carry them as they are. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

export interface SettingRow {
  key: string;
  value: JsonValue;
}

export const DB_NAME = 'backstory';

/**
 * The one storage layer. The version list is append-only: a new schema is a new `version(n)`
 * with an upgrade function and a test that opens a database written by version n-1.
 */
export class BackstoryDB extends Dexie {
  notes!: Table<Note, string>;
  customEntities!: Table<CustomEntity, string>;
  siteSettings!: Table<SiteSetting, string>;
  sightings!: Table<Sighting, SightingKey>;
  settings!: Table<SettingRow, string>;

  constructor(name = DB_NAME, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores({ notes: 'id, entityId, pageUrl, createdAt, updatedAt, *tags' });
    // Dexie carries `notes` over unchanged; only the new tables are listed.
    this.version(2)
      .stores({
        customEntities: 'id, name',
        siteSettings: 'hostname',
        sightings: '[entityId+pageUrl+day], entityId, day',
        settings: 'key',
      })
      // Version 1 de-duplicated tags case-sensitively; from version 2 "Chips" and "chips" are one tag.
      .upgrade((tx) =>
        tx
          .table<Note, string>('notes')
          .toCollection()
          .modify((note) => {
            note.tags = normaliseTags(Array.isArray(note.tags) ? note.tags : []);
          }),
      );
  }
}

/** The tables in a fixed order, for transactions that span the whole notebook. */
export function allTables(db: BackstoryDB) {
  return [db.notes, db.customEntities, db.siteSettings, db.settings, db.sightings];
}
