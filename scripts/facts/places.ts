import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { states } from 'states-us';
import countries from 'world-countries';
import type { Entity } from '../../factbase/types';
import { generateCapitals } from './capitals';
import { generateUsStates } from './usStates';

/** data/overrides/places.json: the risky-name lists and the curated merges, each with its reason. */
export interface PlaceOverrides {
  capitals: Record<string, string>;
  usStates: Record<string, string>;
  usMerges: Record<string, string>;
}

export function readPlaceOverrides(dataDir: string): PlaceOverrides {
  return JSON.parse(readFileSync(join(dataDir, 'overrides/places.json'), 'utf8')) as PlaceOverrides;
}

export interface GeneratedPlaces {
  capitals: Entity[];
  states: Entity[];
  /** Country aliases given up to their capital. */
  dropped: string[];
}

/**
 * The capitals and US states, generated after the curated files and the countries: those may be
 * changed in place (a country loses an alias to its capital, Guam gains `located_in` the US).
 */
export function generatePlaces(dataDir: string, curated: readonly Entity[], generatedCountries: readonly Entity[]): GeneratedPlaces {
  const rules = readPlaceOverrides(dataDir);
  const existing = [...curated, ...generatedCountries];
  const capitals = generateCapitals(countries, existing, rules.capitals);
  const usStates = generateUsStates(states, countries, [...existing, ...capitals.entities], { risky: rules.usStates, merges: rules.usMerges });
  return { capitals: capitals.entities, states: usStates.entities, dropped: capitals.dropped };
}
