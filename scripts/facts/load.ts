import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Alias, Entity } from '../../factbase/types';
import { validateAll, validateEntity, type FactError } from '../../factbase/validate';
import { generateCountries } from './countries';
import { generatePlaces } from './places';

export interface LoadResult {
  entities: Entity[];
  errors: FactError[];
  /** Generated aliases dropped: two countries claim them (a shared demonym), or a capital does (Tunis). */
  dropped: string[];
}

/** Reads data/ and the generated countries, capitals and US states, and validates everything together. */
export function loadFactBase(dataDir: string): LoadResult {
  const errors: FactError[] = [];
  const items: { file: string; entity: Entity }[] = [];
  const dir = join(dataDir, 'entities');
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const file = join('data/entities', name);
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(join(dir, name), 'utf8'));
    } catch (err) {
      errors.push({ file, entry: '(file)', message: `not valid JSON: ${(err as Error).message}` });
      continue;
    }
    const own = validateEntity(file, raw);
    errors.push(...own);
    const entity = raw as Entity;
    if (own.length === 0 && `${entity.id}.json` !== name) {
      errors.push({ file, entry: 'id', message: `id "${entity.id}" does not match the file name` });
    }
    if (own.length === 0) items.push({ file, entity });
  }

  const { entities: countries, dropped } = generateCountries();
  const overridesFile = 'data/overrides/countries.json';
  const overrides = JSON.parse(readFileSync(join(dataDir, 'overrides/countries.json'), 'utf8')) as Record<string, Alias[] | string>;
  for (const [id, extra] of Object.entries(overrides)) {
    if (id === '//') continue;
    const country = countries.find((c) => c.id === id);
    if (!country || typeof extra === 'string') {
      errors.push({ file: overridesFile, entry: id, message: 'no generated country has this id' });
      continue;
    }
    country.aliases = [...(country.aliases ?? []), ...extra];
  }
  const places = generatePlaces(dataDir, items.map((i) => i.entity), countries);
  const generated = [
    ...countries.map((entity) => ({ from: 'world-countries', entity })),
    ...places.capitals.map((entity) => ({ from: 'world-countries', entity })),
    ...places.states.map((entity) => ({ from: 'states-us', entity })),
  ];
  for (const { from, entity } of generated) {
    const file = `(generated from ${from}: ${entity.id})`;
    errors.push(...validateEntity(file, entity));
    items.push({ file, entity });
  }
  errors.push(...validateAll(items));
  return { entities: items.map((i) => i.entity), errors, dropped: [...dropped, ...places.dropped] };
}
