import { allTables, type BackstoryDB, type CustomEntity, type Note, type SettingRow, type Sighting, type SiteSetting } from './db';
import { toInstant } from './dates';

export const EXPORT_FORMAT = 'backstory-notebook';
/** Version 2 adds custom entities, site settings, settings and sightings; version 1 held notes only. */
export const EXPORT_VERSION = 2;

/** Epoch-millisecond fields become ISO strings in the file, so people can read them. */
type Dated<T> = Omit<T, 'createdAt' | 'updatedAt'> & { [K in keyof T & ('createdAt' | 'updatedAt')]: string };

export type ExportedNote = Dated<Note>;
export type ExportedCustomEntity = Dated<CustomEntity>;
export type ExportedSiteSetting = Dated<SiteSetting>;
export type ExportedSetting = SettingRow;
export type ExportedSighting = Sighting;

export interface NotebookExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  notes: ExportedNote[];
  customEntities: ExportedCustomEntity[];
  siteSettings: ExportedSiteSetting[];
  settings: ExportedSetting[];
  sightings: ExportedSighting[];
}

/** Code-unit order, the same in every locale and the order IndexedDB itself uses for keys. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const byCreated = (a: { createdAt: number; id: string }, b: { createdAt: number; id: string }) =>
  a.createdAt - b.createdAt || compareText(a.id, b.id);

// Each record is rebuilt with a fixed key order: stored objects keep whatever order they were
// written in, and a re-export must be byte-identical.
export const exportNote = (n: Note): ExportedNote => ({
  id: n.id, entityId: n.entityId, pageUrl: n.pageUrl, pageTitle: n.pageTitle, quote: n.quote, text: n.text, tags: [...n.tags],
  createdAt: toInstant(n.createdAt), updatedAt: toInstant(n.updatedAt),
});

const exportEntity = (e: CustomEntity): ExportedCustomEntity => ({
  id: e.id, name: e.name, aliases: [...e.aliases], description: e.description,
  createdAt: toInstant(e.createdAt), updatedAt: toInstant(e.updatedAt),
});

const exportSite = (s: SiteSetting): ExportedSiteSetting => ({ hostname: s.hostname, enabled: s.enabled, updatedAt: toInstant(s.updatedAt) });

const exportSighting = (s: Sighting): ExportedSighting => ({
  entityId: s.entityId, pageUrl: s.pageUrl, pageTitle: s.pageTitle, day: s.day, count: s.count,
});

const bySightingKey = (a: Sighting, b: Sighting) =>
  compareText(a.entityId, b.entityId) || compareText(a.pageUrl, b.pageUrl) || compareText(a.day, b.day);

/** A lossless, versioned JSON export of the whole notebook, in a stable order. */
export async function exportNotebook(db: BackstoryDB, now: () => number): Promise<NotebookExport> {
  // One read transaction: the five tables are a consistent snapshot.
  const [notes, customEntities, siteSettings, settings, sightings] = await db.transaction('r', allTables(db), () =>
    Promise.all([db.notes.toArray(), db.customEntities.toArray(), db.siteSettings.toArray(), db.settings.toArray(), db.sightings.toArray()]),
  );
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: toInstant(now()),
    notes: notes.sort(byCreated).map(exportNote),
    customEntities: customEntities.sort(byCreated).map(exportEntity),
    siteSettings: siteSettings.sort((a, b) => compareText(a.hostname, b.hostname)).map(exportSite),
    settings: settings.sort((a, b) => compareText(a.key, b.key)).map((s) => ({ key: s.key, value: s.value })),
    sightings: sightings.sort(bySightingKey).map(exportSighting),
  };
}

/** `backstory-notes-2024-02-29.json` (or `.md`, `.csv`), after the UTC day. */
export function exportFileName(now: () => number, extension: 'json' | 'md' | 'csv' = 'json'): string {
  return `backstory-notes-${toInstant(now()).slice(0, 10)}.${extension}`;
}
