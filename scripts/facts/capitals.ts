import type { Country } from 'world-countries';
import type { Alias, Entity } from '../../factbase/types';
import { countryId, WORLD_COUNTRIES_SOURCE } from './countries';
import { foldAccents, inSentence, looseKey, NameOwners, slug } from './placeNames';

/** What the generator reads from one world-countries row. */
export type CapitalRow = Pick<Country, 'cca3' | 'capital'> & { name: Pick<Country['name'], 'common'> };

export interface CapitalsResult {
  entities: Entity[];
  /** Capitals a curated place already is (`"Tokyo" → "tokyo"`): the curated file wins whole. */
  curated: Record<string, string>;
  /** City-states whose capital bears the country's own name: the country entity is the place. */
  cityStates: string[];
  /** Country aliases given up to their own capital, as `id: text` ("country-tun: Tunis"). */
  dropped: string[];
}

const COUNT = ['no', 'one', 'two', 'three', 'four', 'five'];

const names = (e: Entity) => [e.name, ...(e.aliases ?? []).map((a) => a.text)];
const locatedIn = (e: Entity, target: string) => (e.relations ?? []).some((r) => r.type === 'located_in' && r.target === target);

/**
 * One `place` per capital in world-countries, located in its country. A capital name that another
 * entity also uses, or that `risky` lists (a common word, a given name, a better-known place
 * elsewhere), needs its country on the page: the entity is then named "Kingston, Jamaica" and the
 * bare name is an alias that requires the country. `existing` holds the curated entities and the
 * generated countries; a country's alias equal to its own capital's name is removed from it.
 */
export function generateCapitals(world: readonly CapitalRow[], existing: readonly Entity[], risky: Record<string, string>): CapitalsResult {
  const result: CapitalsResult = { entities: [], curated: {}, cityStates: [], dropped: [] };
  const byId = new Map(existing.map((e) => [e.id, e]));
  const places = existing.filter((e) => e.type === 'place');
  const todo: { row: CapitalRow; capital: string; id: string; texts: string[] }[] = [];
  for (const row of world) {
    const cid = countryId(row.cca3);
    for (const capital of row.capital) {
      const key = looseKey(capital);
      if (key === looseKey(row.name.common)) {
        result.cityStates.push(capital);
        continue;
      }
      const same = places.find((p) => locatedIn(p, cid) && names(p).some((n) => looseKey(n) === key));
      if (same) {
        result.curated[capital] = same.id;
        continue;
      }
      // A translation of the country's name that is also its capital's ("Tunis" is Tunisia in
      // Croatian) means the city in English text.
      const country = byId.get(cid);
      if (country) {
        country.aliases = (country.aliases ?? []).filter((a) => {
          const give = looseKey(a.text) === key;
          if (give) result.dropped.push(`${cid}: ${a.text}`);
          return !give;
        });
      }
      todo.push({ row, capital, id: `capital-${row.cca3.toLowerCase()}-${slug(capital)}`, texts: [...new Set([capital, foldAccents(capital)])] });
    }
  }
  const owners = new NameOwners(existing);
  for (const t of todo) for (const text of t.texts) owners.add(t.id, text);
  const listed = new Set(Object.keys(risky).map((k) => k.toLowerCase()));
  for (const { row, capital, id, texts } of todo) {
    const cid = countryId(row.cca3);
    const ambiguous = (text: string) => listed.has(text.toLowerCase()) || owners.others(text, id).length > 0;
    const name = ambiguous(capital) ? `${capital}, ${row.name.common}` : capital;
    const aliases: Alias[] = texts.filter((t) => t !== name).map((text) => (ambiguous(text) ? { text, requires: [cid] } : { text }));
    const where = inSentence(row.name.common);
    result.entities.push({
      id,
      type: 'place',
      name,
      description: row.capital.length > 1 ? `One of the ${COUNT[row.capital.length] ?? row.capital.length} capitals of ${where}.` : `The capital of ${where}.`,
      descriptionSource: 'world-countries',
      aliases,
      facts: [{ label: 'Capital of', value: row.name.common, source: 'world-countries' }],
      relations: [{ type: 'located_in', target: cid, source: 'world-countries' }],
      sources: { 'world-countries': WORLD_COUNTRIES_SOURCE },
    });
  }
  return result;
}
