import type { Note } from './db';
import { hostnameOf } from './notes';

/** What the notebook's filters can offer: only values some note has. */
export interface NoteFacets {
  /** Entity ids with notes, in first-seen order; `hasUnlinked` says whether some note has none. */
  entityIds: string[];
  hasUnlinked: boolean;
  /** Tags, case-insensitively unique (the spelling met first wins: the newest, in a live list), sorted. */
  tags: string[];
  /** Hostnames without a leading `www.`, sorted; a site filter on `reuters.com` also matches `www.reuters.com`. */
  sites: string[];
}

export function noteFacets(notes: readonly Note[]): NoteFacets {
  const entityIds = new Set<string>();
  const tags = new Map<string, string>();
  const sites = new Set<string>();
  let hasUnlinked = false;
  for (const note of notes) {
    if (note.entityId) entityIds.add(note.entityId);
    else hasUnlinked = true;
    for (const tag of note.tags) if (!tags.has(tag.toLowerCase())) tags.set(tag.toLowerCase(), tag);
    const host = hostnameOf(note.pageUrl);
    if (host) sites.add(host.replace(/^www\./, ''));
  }
  const byText = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'base' });
  return { entityIds: [...entityIds], hasUnlinked, tags: [...tags.values()].sort(byText), sites: [...sites].sort(byText) };
}
