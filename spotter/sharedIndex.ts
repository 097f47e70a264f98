import { bundledSpotterIndex } from './bundledIndex';
import { Matcher } from './matcher';
import { spotWith, type SpotBatch } from './spotter';

let matcher: Matcher | null = null;
let ids: Set<string> | null = null;

/** The background's one copy of the index, built on first use after each service-worker start. */
export function spotShared(texts: readonly string[]): SpotBatch {
  matcher ??= new Matcher(bundledSpotterIndex);
  return spotWith(matcher, texts, `bundled-${bundledSpotterIndex.length}`);
}

/** Whether an id names an entity in the index (what a content script can honestly report). */
export function isIndexedId(id: string): boolean {
  ids ??= new Set(bundledSpotterIndex.map((e) => e.id));
  return ids.has(id);
}
