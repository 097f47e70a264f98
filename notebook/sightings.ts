import type { BackstoryDB, Sighting, SightingKey } from './db';
import { isCalendarDay } from './dates';
import { getSetting } from './settings';

export { localDay } from './dates';

export interface PageVisit {
  pageUrl: string;
  pageTitle: string;
  /** One id per mention keeps the mention count; unique ids record presence only. */
  entityIds: readonly string[];
  /** The reader's local day, `YYYY-MM-DD` (see `localDay`). */
  day: string;
}

/** The same page with another #fragment is the same page. */
export function pageKey(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? url : url.slice(0, hash);
}

/**
 * Records that these entities were named on this page today. Idempotent per day: revisiting or
 * re-annotating the page the same day changes nothing. Returns how many sightings were new.
 */
export async function recordSightings(db: BackstoryDB, visit: PageVisit): Promise<number> {
  if (!isCalendarDay(visit.day)) throw new Error(`Not a calendar day: ${JSON.stringify(visit.day)}.`);
  const mentions = new Map<string, number>();
  for (const id of visit.entityIds) if (id) mentions.set(id, (mentions.get(id) ?? 0) + 1);
  if (mentions.size === 0) return 0;
  const pageUrl = pageKey(visit.pageUrl);
  return db.transaction('rw', db.sightings, db.settings, async () => {
    // Checked inside the transaction so turning sightings off takes effect at once.
    if (!(await getSetting(db, 'sightingsEnabled'))) return 0;
    const keys = [...mentions.keys()].map((entityId): SightingKey => [entityId, pageUrl, visit.day]);
    const existing = await db.sightings.bulkGet(keys);
    const fresh: Sighting[] = keys
      .filter((_, i) => existing[i] === undefined)
      .map(([entityId]) => ({ entityId, pageUrl, pageTitle: visit.pageTitle, day: visit.day, count: mentions.get(entityId)! }));
    await db.sightings.bulkAdd(fresh);
    return fresh.length;
  });
}

/** One page an entity was seen on, over all the days it was seen there. */
export interface PageSighting {
  pageUrl: string;
  /** The title on the latest day. */
  pageTitle: string;
  firstDay: string;
  lastDay: string;
  /** How many distinct days. */
  days: number;
  /** Mentions summed over those days. */
  mentions: number;
}

/** Pages an entity was seen on, most recently seen first. */
export async function sightingsForEntity(db: BackstoryDB, entityId: string): Promise<PageSighting[]> {
  const rows = await db.sightings.where('entityId').equals(entityId).toArray();
  const pages = new Map<string, PageSighting>();
  for (const row of rows) {
    const page = pages.get(row.pageUrl);
    if (!page) {
      pages.set(row.pageUrl, { pageUrl: row.pageUrl, pageTitle: row.pageTitle, firstDay: row.day, lastDay: row.day, days: 1, mentions: row.count });
      continue;
    }
    page.days += 1;
    page.mentions += row.count;
    if (row.day < page.firstDay) page.firstDay = row.day;
    if (row.day >= page.lastDay) {
      page.lastDay = row.day;
      page.pageTitle = row.pageTitle;
    }
  }
  return [...pages.values()].sort((a, b) => (a.lastDay !== b.lastDay ? (a.lastDay < b.lastDay ? 1 : -1) : a.pageUrl < b.pageUrl ? -1 : 1));
}

/** Forgets every sighting (the reader's "clear history"). */
export async function clearSightings(db: BackstoryDB): Promise<void> {
  await db.sightings.clear();
}
