import type { IndexEntry, MarkType } from './markTypes';
import type { Matcher, RawMatch } from './matcher';

/** What a page needs to know about an entity it mentions: public, and small. */
export interface SpotEntity {
  id: string;
  type: MarkType;
  /** Empty for the reader's own entities: a page learns only their id and type. */
  name: string;
}

/** Matches for a batch of texts, plus the entities their candidates point at (by index). */
export interface SpotBatch {
  /** Changes when the index changes (a custom entity added), so cached matches are dropped. */
  epoch: string;
  matches: RawMatch[][];
  entities: Record<number, SpotEntity>;
}

/** Finds raw matches in texts; the index itself may live in another context. */
export interface Spotter {
  spot(texts: readonly string[]): Promise<SpotBatch>;
}

/** Runs a matcher over a batch and names only the entities that matched. */
export function spotWith(matcher: Matcher, texts: readonly string[], epoch: string): SpotBatch {
  const entities: Record<number, SpotEntity> = {};
  const matches = texts.map((text) => {
    const found = matcher.match(text);
    for (const m of found) {
      for (const c of m.candidates) entities[c.entity] ??= toSpotEntity(matcher.entries[c.entity]!);
    }
    return found;
  });
  return { epoch, matches, entities };
}

const toSpotEntity = ({ id, type, name }: IndexEntry): SpotEntity => ({ id, type, name });

/** A spotter that holds its own matcher: for tests and for the background's copy. */
export function localSpotter(matcher: Matcher, epoch = 'local'): Spotter {
  return { spot: (texts) => Promise.resolve(spotWith(matcher, texts, epoch)) };
}
