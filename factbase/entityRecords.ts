import type { FactLookup } from './lookup';
import type { Entity, FactBase } from './types';

/**
 * The compiled fact base as one JSON text per entity, in the fact base's order. A script made of
 * string literals is parsed several times faster than the same data as one object literal (2 MB),
 * and a card needs only the few entities it names, so each is parsed when first asked for.
 */
export interface EntityRecords {
  version: number;
  /** [id, the entity as JSON]; an array, so no id can reorder or shadow an object's keys. */
  entities: [string, string][];
}

/** What `npm run facts:compile` writes next to factbase.json (generated/factbase-records.json). */
export function toEntityRecords(factBase: FactBase): EntityRecords {
  return { version: factBase.version, entities: factBase.entities.map((e) => [e.id, JSON.stringify(e)]) };
}

/** A lookup over the records that parses each entity once, the first time it is asked for. */
export function createRecordLookup(records: EntityRecords): FactLookup {
  const at = new Map(records.entities.map(([id], i) => [id, i]));
  const parsed: (Entity | undefined)[] = [];
  const get = (id: string): Entity | undefined => {
    const i = at.get(id);
    if (i === undefined) return undefined;
    return (parsed[i] ??= JSON.parse(records.entities[i]![1]) as Entity);
  };
  let all: Entity[] | null = null;
  return { get, all: () => (all ??= records.entities.map(([id]) => get(id)!)) };
}
