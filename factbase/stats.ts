import type { Entity } from './types';

/** The numbers `npm run facts -- stats` prints, computed from the compiled entities. */
export interface FactStats {
  entities: number;
  entitiesByType: Record<string, number>;
  aliases: number;
  facts: number;
  factsWithSource: number;
  relations: number;
  oldestCheck: string | null;
}

/** Roles, facts and relations all count as facts; each one names a source key that must exist. */
export function factStats(entities: readonly Entity[]): FactStats {
  const entitiesByType: Record<string, number> = {};
  let aliases = 0;
  let facts = 0;
  let factsWithSource = 0;
  let relations = 0;
  let oldestCheck: string | null = null;
  for (const e of entities) {
    entitiesByType[e.type] = (entitiesByType[e.type] ?? 0) + 1;
    aliases += (e.aliases ?? []).length;
    relations += (e.relations ?? []).length;
    const claims = [...(e.roles ?? []), ...(e.facts ?? []), ...(e.relations ?? [])];
    facts += claims.length;
    factsWithSource += claims.filter((c) => c.source in e.sources).length;
    for (const s of Object.values(e.sources)) {
      if (oldestCheck === null || s.checked < oldestCheck) oldestCheck = s.checked;
    }
  }
  return { entities: entities.length, entitiesByType, aliases, facts, factsWithSource, relations, oldestCheck };
}
