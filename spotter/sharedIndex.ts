import { bundledSpotterIndex } from './bundledIndex';
import { customIndexEntries, entriesDigest, type Trackable } from './customEntries';
import type { IndexEntry } from './markTypes';
import { Matcher } from './matcher';
import { spotWith, type SpotBatch } from './spotter';

/**
 * The background's one index: the compiled fact base plus the reader's own entities. The matcher
 * is built on first use and again after the custom entities change; each change is a new epoch,
 * so tabs drop their cached matches (page/matchCache.ts).
 */
export class SharedIndex {
  private matcher: Matcher | null = null;
  private custom: IndexEntry[] = [];
  private bundledIds: Set<string> | null = null;
  private customIds = new Set<string>();
  epoch: string;

  constructor(private readonly bundled: readonly IndexEntry[]) {
    this.epoch = `bundled-${bundled.length}`;
  }

  spot(texts: readonly string[]): SpotBatch {
    this.matcher ??= new Matcher([...this.bundled, ...this.custom]);
    return spotWith(this.matcher, texts, this.epoch);
  }

  /** Whether an id names an entity in the index (what a content script can honestly report). */
  has(id: string): boolean {
    return this.publicIds().has(id) || this.customIds.has(id);
  }

  /** Replaces the reader's entities; true when that changed the index (a new epoch). */
  setCustom(list: readonly Trackable[]): boolean {
    const ids = this.publicIds();
    const custom = customIndexEntries(list, (id) => ids.has(id));
    const epoch = custom.length ? `bundled-${this.bundled.length}+${entriesDigest(custom)}` : `bundled-${this.bundled.length}`;
    if (epoch === this.epoch) return false;
    this.custom = custom;
    this.customIds = new Set(custom.map((e) => e.id));
    this.epoch = epoch;
    this.matcher = null;
    return true;
  }

  private publicIds(): Set<string> {
    return (this.bundledIds ??= new Set(this.bundled.map((e) => e.id)));
  }
}

/** The background's instance, over the compiled fact base. */
export const sharedIndex = new SharedIndex(bundledSpotterIndex);

export const spotShared = (texts: readonly string[]): SpotBatch => sharedIndex.spot(texts);
export const isIndexedId = (id: string): boolean => sharedIndex.has(id);
