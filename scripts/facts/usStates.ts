import type { State } from 'states-us';
import type { Country } from 'world-countries';
import type { Alias, Entity, Source } from '../../factbase/types';
import { countryId } from './countries';
import { looseKey, NameOwners, slug } from './placeNames';

/** The pinned package is the source of every generated state fact (see package-lock.json). */
export const STATES_US_SOURCE: Source = {
  url: 'https://www.npmjs.com/package/states-us',
  title: 'states-us (justinlettau/states-us), MIT, as pinned in package-lock.json',
  checked: '2026-11-22',
};
const USA = 'country-usa';

export interface UsStatesResult {
  entities: Entity[];
  /** Entries an existing entity already is, as `name → id` (territories → their country entity). */
  merged: Record<string, string>;
}

/** "District Of Columbia" → "District of Columbia": function words stay lower case inside a name. */
const properName = (name: string) => name.replace(/(?<=.) (Of|And|The) /g, (w) => w.toLowerCase());
const locatedIn = (e: Entity, target: string) => (e.relations ?? []).some((r) => r.type === 'located_in' && r.target === target);

/**
 * One `place` per US state from states-us. Entries that already exist are not generated again: a
 * territory is the world-countries entity with its ISO code (postal codes of territories are their
 * ISO codes), which gains `located_in` the US unless world-countries calls it independent (Palau,
 * listed by states-us, is a sovereign state); `merges` names curated places (DC → washington-dc),
 * which gain the entry's name as an alias. A state name another entity also uses, or that
 * `risky` lists, is named "Georgia (US state)": if the other entity is in the US ("Washington", the
 * capital) it keeps the bare name and the state is "Washington State"; otherwise the bare name
 * links only beside another US state. Postal abbreviations are facts, never aliases.
 */
export function generateUsStates(
  states: readonly State[],
  world: readonly Pick<Country, 'cca2' | 'cca3' | 'independent'>[],
  existing: readonly Entity[],
  rules: { risky: Record<string, string>; merges: Record<string, string> },
): UsStatesResult {
  const result: UsStatesResult = { entities: [], merged: {} };
  const byId = new Map(existing.map((e) => [e.id, e]));
  const mergeKeys = new Map(Object.entries(rules.merges).map(([name, id]) => [looseKey(name), id]));
  const todo: { state: State; name: string; id: string }[] = [];
  for (const state of states) {
    const name = properName(state.name);
    const row = state.territory ? world.find((c) => c.cca2 === state.abbreviation) : undefined;
    const into = row ? byId.get(countryId(row.cca3)) : byId.get(mergeKeys.get(looseKey(name)) ?? '');
    if (!into) {
      todo.push({ state, name, id: `us-state-${slug(name)}` });
      continue;
    }
    result.merged[name] = into.id;
    if (row && !row.independent && !locatedIn(into, USA)) {
      into.relations = [...(into.relations ?? []), { type: 'located_in', target: USA, source: 'states-us' }];
      into.sources = { ...into.sources, 'states-us': STATES_US_SOURCE };
    } else if (!row && !(into.aliases ?? []).some((a) => looseKey(a.text) === looseKey(name))) {
      into.aliases = [...(into.aliases ?? []), { text: name }];
    }
  }
  const owners = new NameOwners(existing);
  const listed = new Set(Object.keys(rules.risky).map((k) => k.toLowerCase()));
  for (const { state, name, id } of todo) {
    const others = owners.others(name, id).map((o) => byId.get(o)!);
    let canonical = name;
    let aliases: Alias[] = [];
    if (others.length > 0 || listed.has(name.toLowerCase())) {
      canonical = `${name} (US state)`;
      aliases = others.some((o) => o.id === USA || locatedIn(o, USA))
        ? [{ text: `${name} State` }, { text: `${name} state` }]
        : [{ text: name, requires: todo.filter((t) => t.id !== id).map((t) => t.id) }];
    }
    result.entities.push({
      id,
      type: 'place',
      name: canonical,
      description: state.territory ? 'A US territory.' : 'A US state.',
      descriptionSource: 'states-us',
      aliases,
      facts: [{ label: 'Postal abbreviation', value: state.abbreviation, source: 'states-us' }],
      relations: [{ type: 'located_in', target: USA, source: 'states-us' }],
      sources: { 'states-us': STATES_US_SOURCE },
    });
  }
  return result;
}
