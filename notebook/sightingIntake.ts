import type { PageAnnotatedParams } from '../messaging/protocol';
import type { BackstoryDB } from './db';
import { readerSettingsFor } from './readerSettings';
import { err, ok, type Result } from './result';
import { localDay, recordSightings, type PageVisit } from './sightings';

/** The part of a message's sender this needs; filled in by the browser, not by the page. */
export interface VisitSender {
  url?: string;
  frameId?: number;
  tab?: { incognito?: boolean };
}

/** Titles are kept short: they only name the page in "Seen in" lists. */
export const MAX_TITLE = 300;
const MAX_URL = 4_000;

/** A title as shown in the notebook: one line, trimmed, capped. */
export function cleanTitle(title: string): string {
  const line = title.replace(/\s+/g, ' ').trim();
  return line.length <= MAX_TITLE ? line : `${line.slice(0, MAX_TITLE - 1)}…`;
}

const isWebUrl = (url: string) => /^https?:\/\//i.test(url) && url.length <= MAX_URL;

/**
 * The visit a content script's `page/annotated` describes, or null when nothing should be kept:
 * a sub-frame (an embed or an ad is not the article read), a private window, a non-web URL.
 * Any id outside the index is a forged payload, refused whole.
 */
export function visitFromMessage(
  params: PageAnnotatedParams,
  sender: VisitSender,
  isKnownId: (id: string) => boolean,
  now: number,
): Result<PageVisit | null> {
  const unknown = params.entityIds.find((id) => !isKnownId(id));
  if (unknown !== undefined) return err(`unknown entity id ${JSON.stringify(unknown.slice(0, 80))}`);
  const url = sender.url ?? '';
  if (sender.frameId !== 0 || sender.tab?.incognito || !isWebUrl(url) || params.entityIds.length === 0) return ok(null);
  const pageTitle = cleanTitle(params.title) || new URL(url).hostname;
  return ok({ pageUrl: url, pageTitle, entityIds: [...new Set(params.entityIds)], day: localDay(now) });
}

/** Records a checked visit unless the reader turned sightings, Backstory, or this site off. */
export async function recordVisit(db: BackstoryDB, visit: PageVisit): Promise<number> {
  const { enabled } = await readerSettingsFor(db, visit.pageUrl);
  return enabled ? recordSightings(db, visit) : 0;
}
