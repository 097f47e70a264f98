import { CUSTOM_TYPE, type IndexEntry } from './markTypes';

/** The part of a notebook custom entity the index needs (the spotter never imports the notebook). */
export interface Trackable {
  id: string;
  name: string;
  aliases: readonly string[];
}

/**
 * Index entries for the reader's own entities. Their name goes into the aliases only (matching
 * needs it, the page already shows it); the entry's `name`, sent to content scripts, stays empty.
 * An entity whose id the fact base already uses is left out rather than shadowing the public one.
 */
export function customIndexEntries(list: readonly Trackable[], taken: (id: string) => boolean): IndexEntry[] {
  return [...list]
    .filter((e) => !taken(e.id))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((e) => ({ id: e.id, type: CUSTOM_TYPE, name: '', aliases: [e.name, ...e.aliases].map((text) => ({ text })) }));
}

/** A short, stable digest of the entries: the same names after a service-worker restart give the same epoch. */
export function entriesDigest(entries: readonly IndexEntry[]): string {
  // FNV-1a, 32 bits: collisions only cost a missed re-scan of already-cached text, never wrong data.
  let h = 0x811c9dc5;
  const text = JSON.stringify(entries.map((e) => [e.id, e.aliases.map((a) => a.text)]));
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}
