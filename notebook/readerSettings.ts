import type { ReaderSettings } from '../reader/readerSettings';
import type { BackstoryDB } from './db';
import { getSettings, isSiteEnabled } from './settings';

/** What a page's content script may know: switches only, never notes. */
export async function readerSettingsFor(db: BackstoryDB, pageUrl: string | undefined): Promise<ReaderSettings> {
  const settings = await getSettings(db);
  let hostname = '';
  try { hostname = new URL(pageUrl ?? '').hostname; } catch { /* no URL: no site switch applies */ }
  const siteOn = hostname ? await isSiteEnabled(db, hostname) : true;
  return { enabled: !settings.paused && siteOn, firstMentionOnly: settings.firstMentionOnly, disabledTypes: settings.disabledTypes, highlightStyle: settings.highlightStyle };
}
