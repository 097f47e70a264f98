import type { Entity, SpotterEntry } from './types';

/** Strips an entity down to what the content script may hold: names and matching rules only. */
export function toSpotterIndex(entities: readonly Entity[]): SpotterEntry[] {
  return entities.map((e) => ({
    id: e.id,
    type: e.type,
    name: e.name,
    aliases: [{ text: e.name }, ...(e.aliases ?? [])],
  }));
}
