import type { Alias, EntityType, SpotterEntry } from '../../../factbase/types';
import { Matcher, type RawMatch } from '../../../spotter/matcher';

/** A spotter entry whose canonical name is also its first alias, as toSpotterIndex builds it. */
export function entry(id: string, type: EntityType, name: string, aliases: Alias[] = []): SpotterEntry {
  return { id, type, name, aliases: [{ text: name }, ...aliases] };
}

/** A small fact base drawn from real news about chips, Japan and the US. */
export const ENTRIES: SpotterEntry[] = [
  entry('country-twn', 'country', 'Taiwan'),
  entry('taiwan-strait', 'place', 'Taiwan Strait', [{ text: 'Formosa Strait' }]),
  entry('country-chn', 'country', 'China', [{ text: 'PRC', kind: 'acronym' }, { text: 'Chinese', kind: 'demonym' }]),
  entry('south-china-sea', 'place', 'South China Sea'),
  entry('micron-technology', 'company', 'Micron Technology', [
    { text: 'Micron' }, { text: 'Micron Technology Inc.' }, { text: 'MU', kind: 'ticker' },
  ]),
  entry('ibm', 'company', 'International Business Machines', [{ text: 'IBM', kind: 'ticker' }]),
  entry('cnn', 'media', 'Cable News Network', [{ text: 'CNN', kind: 'acronym' }]),
  entry('country-jpn', 'country', 'Japan', [{ text: 'Japanese', kind: 'demonym' }, { text: '日本' }]),
  entry('gina-raimondo', 'person', 'Gina Raimondo', [{ text: 'Raimondo', kind: 'short' }]),
  entry('rapidus', 'company', 'Rapidus'),
  entry('country-usa', 'country', 'United States', [
    { text: 'US', kind: 'acronym' }, { text: 'U.S.', kind: 'acronym' }, { text: 'American', kind: 'demonym' },
  ]),
  entry('meti', 'government', 'Ministry of Economy, Trade and Industry', [
    { text: 'METI', kind: 'acronym' }, { text: 'Ministry of Economy' },
  ]),
  entry('yasutoshi-nishimura', 'person', 'Yasutoshi Nishimura', [{ text: 'Nishimura', kind: 'short' }]),
  entry('fumio-kishida', 'person', 'Fumio Kishida', [{ text: 'Kishida', kind: 'short' }, { text: '岸田文雄' }]),
  entry('conor-omeara', 'person', "Conor O'Meara", [{ text: "O'Meara", kind: 'short' }]),
  entry('sakhalin-2', 'program', 'Sakhalin-2'),
  // Two departments named "Commerce": each links only beside its own country.
  entry('us-department-of-commerce', 'government', 'US Department of Commerce', [
    { text: 'Commerce', requires: ['country-usa'] },
  ]),
  entry('mofcom', 'government', 'Ministry of Commerce of China', [{ text: 'Commerce', requires: ['country-chn'] }]),
  // "Austin" is both a person's surname and a city.
  entry('lloyd-austin', 'person', 'Lloyd Austin', [{ text: 'Austin', kind: 'short' }]),
  entry('austin-texas', 'place', 'Austin', [{ text: 'Austin, Texas' }]),
];

export const IDS: string[] = ENTRIES.map((e) => e.id);

export const matcher = new Matcher(ENTRIES);

/** The index of an entity in ENTRIES, failing loudly on a typo. */
export function idx(id: string): number {
  const i = IDS.indexOf(id);
  if (i < 0) throw new Error(`no fixture entity ${id}`);
  return i;
}

/** What each match covers in the text, and which entity ids it may name. */
export interface Seen {
  text: string;
  ids: string[];
}

export function seen(text: string, m: Matcher = matcher): Seen[] {
  return m.match(text).map((r: RawMatch) => ({
    text: text.slice(r.start, r.end),
    ids: r.candidates.map((c) => m.entries[c.entity]!.id),
  }));
}
