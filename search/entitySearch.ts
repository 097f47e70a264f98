import type { IFuseOptions } from 'fuse.js';
import type { Entity } from '../factbase/types';
import { createPrefilteredSearch, createPrefilteredSearchSliced, type PrefilteredSearch } from './prefilteredSearch';
import type { CustomEntity } from '../notebook/db';
import { CUSTOM_TYPE } from '../spotter/markTypes';

/** One searchable row per entity: its name, every alias and its description. */
export interface EntityDoc {
  id: string;
  name: string;
  type: string;
  aliases: string[];
  description: string;
}

export function toEntityDoc(e: Pick<Entity, 'id' | 'name' | 'type' | 'aliases' | 'description'>): EntityDoc {
  return { id: e.id, name: e.name, type: e.type, aliases: (e.aliases ?? []).map((a) => a.text), description: e.description };
}

/** A name the reader tracks, searched like any entity: its name, other names and description. */
export function trackedEntityDoc(e: Pick<CustomEntity, 'id' | 'name' | 'aliases' | 'description'>): EntityDoc {
  return { id: e.id, name: e.name, type: CUSTOM_TYPE, aliases: [...e.aliases], description: e.description };
}

// Names weigh most; a description word should not outrank a name. The threshold lets one or two
// typos through ("Raimundo", "rapdus") without matching everything.
export const ENTITY_FUSE_OPTIONS: IFuseOptions<EntityDoc> = {
  keys: [
    { name: 'name', weight: 3 },
    { name: 'aliases', weight: 2 },
    { name: 'description', weight: 0.5 },
  ],
  includeScore: true,
  ignoreLocation: true,
  threshold: 0.34,
  minMatchCharLength: 2,
};

export interface EntityHit {
  doc: EntityDoc;
  score: number;
}

export type EntitySearch = (query: string, limit?: number) => EntityHit[];

const entitySearch = (search: PrefilteredSearch<EntityDoc>): EntitySearch => (query, limit = 20) => {
  const q = query.trim();
  if (q.length < 2) return [];
  return search(q, limit).map((r) => ({ doc: r.item, score: r.score ?? 1 }));
};

/** A word index and Fuse over every entity; build once, query per keystroke. */
export function createEntitySearch(docs: readonly EntityDoc[]): EntitySearch {
  return entitySearch(createPrefilteredSearch(docs, ENTITY_FUSE_OPTIONS));
}

/** The same, built a slice at a time (see createPrefilteredSearchSliced); null if aborted. */
export async function createEntitySearchSliced(docs: readonly EntityDoc[], pause: () => Promise<void>, signal: AbortSignal): Promise<EntitySearch | null> {
  const search = await createPrefilteredSearchSliced(docs, ENTITY_FUSE_OPTIONS, pause, signal);
  return search && entitySearch(search);
}

/**
 * Hits from several indexes (built with the same options, so their scores compare) as one list,
 * best first; on a tie the earlier list's hit leads.
 */
export function mergeHits(lists: readonly (readonly EntityHit[])[], limit: number): EntityHit[] {
  return lists.flat().sort((a, b) => a.score - b.score).slice(0, limit);
}
