// @vitest-environment node
import countries from 'world-countries';
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../factbase/types';
import { generateCapitals, type CapitalRow } from '../../../scripts/facts/capitals';
import { foldAccents, inSentence, looseKey } from '../../../scripts/facts/placeNames';
import { readPlaceOverrides } from '../../../scripts/facts/places';
import { bare } from './entity';

const row = (cca3: string, common: string, ...capital: string[]): CapitalRow => ({ cca3, name: { common }, capital });
const country = (cca3: string, name: string, aliases: string[] = []): Entity =>
  bare(`country-${cca3.toLowerCase()}`, name, { type: 'country', aliases: aliases.map((text) => ({ text })) });
const byId = (entities: readonly Entity[], id: string): Entity => {
  const e = entities.find((x) => x.id === id);
  if (!e) throw new Error(`no entity ${id}`);
  return e;
};

describe('generateCapitals', () => {
  it('makes one place per capital, located in its country, described from the package', () => {
    const { entities } = generateCapitals([row('PER', 'Peru', 'Tehran'), row('ZAF', 'South Africa', 'Pretoria', 'Cape Town')], [], {});
    expect(entities.map((e) => e.id)).toEqual(['capital-per-tehran', 'capital-zaf-pretoria', 'capital-zaf-cape-town']);
    expect(entities[0]).toMatchObject({
      type: 'place', name: 'Tehran', description: 'The capital of Peru.', descriptionSource: 'world-countries',
      relations: [{ type: 'located_in', target: 'country-per', source: 'world-countries' }],
      facts: [{ label: 'Capital of', value: 'Peru', source: 'world-countries' }],
    });
    expect(entities[0]!.sources['world-countries']!.title).toContain('ODbL-1.0');
    expect(entities[2]!.description).toBe('One of the two capitals of South Africa.');
  });

  it('leaves a capital to the curated place in the same country that has its name, whatever its spelling', () => {
    const curated = bare('washington-dc', 'Washington, D.C.', {
      type: 'place', aliases: [{ text: 'Washington DC' }],
      relations: [{ type: 'located_in', target: 'country-usa', source: 's' }],
    });
    const before = JSON.stringify(curated);
    const { entities, curated: merged } = generateCapitals([row('USA', 'United States', 'Washington D.C.')], [curated], {});
    expect(entities).toEqual([]);
    expect(merged).toEqual({ 'Washington D.C.': 'washington-dc' });
    expect(JSON.stringify(curated)).toBe(before); // the curated file wins whole
  });

  it('does not merge with a place of the same name in another country: both need their country', () => {
    const perth = bare('perth', 'Perth', { type: 'place', relations: [{ type: 'located_in', target: 'country-aus', source: 's' }] });
    const { entities, curated } = generateCapitals([row('GBR', 'United Kingdom', 'Perth')], [perth], {});
    expect(curated).toEqual({});
    expect(entities[0]).toMatchObject({ name: 'Perth, United Kingdom', aliases: [{ text: 'Perth', requires: ['country-gbr'] }] });
  });

  it('generates nothing for a city-state: the country entity is the place', () => {
    const { entities, cityStates } = generateCapitals([row('SGP', 'Singapore', 'Singapore')], [], {});
    expect(entities).toEqual([]);
    expect(cityStates).toEqual(['Singapore']);
  });

  it('makes a capital name two capitals share require each one’s country', () => {
    const { entities } = generateCapitals([row('JAM', 'Jamaica', 'Kingston'), row('NFK', 'Norfolk Island', 'Kingston')], [], {});
    expect(entities.map((e) => [e.name, e.aliases])).toEqual([
      ['Kingston, Jamaica', [{ text: 'Kingston', requires: ['country-jam'] }]],
      ['Kingston, Norfolk Island', [{ text: 'Kingston', requires: ['country-nfk'] }]],
    ]);
  });

  it('makes a listed common word, given name or surname require the country, accents and case aside', () => {
    const { entities } = generateCapitals(
      [row('SYC', 'Seychelles', 'Victoria'), row('MDV', 'Maldives', 'Malé'), row('COL', 'Colombia', 'Bogotá')],
      [], { victoria: 'a given name', Male: 'an English word' },
    );
    expect(entities.map((e) => [e.name, e.aliases])).toEqual([
      ['Victoria, Seychelles', [{ text: 'Victoria', requires: ['country-syc'] }]],
      // "Malé" is no English word; its accent-less spelling is.
      ['Malé', [{ text: 'Male', requires: ['country-mdv'] }]],
      ['Bogotá', [{ text: 'Bogota' }]],
    ]);
  });

  it('takes a translated name of the country that is its capital’s away from the country', () => {
    const tunisia = country('TUN', 'Tunisia', ['Tunis', 'Tunesien']);
    const { entities, dropped } = generateCapitals([row('TUN', 'Tunisia', 'Tunis')], [tunisia], {});
    expect(tunisia.aliases).toEqual([{ text: 'Tunesien' }]);
    expect(dropped).toEqual(['country-tun: Tunis']);
    expect(entities[0]).toMatchObject({ name: 'Tunis', aliases: [] });
  });
});

describe('place name helpers', () => {
  it('puts "the" before plural and common-noun country names only', () => {
    for (const [name, reads] of [['Bahamas', 'the Bahamas'], ['Cayman Islands', 'the Cayman Islands'], ['United Kingdom', 'the United Kingdom'],
      ['Japan', 'Japan'], ['Barbados', 'Barbados'], ['French Guiana', 'French Guiana'], ['Isle of Man', 'the Isle of Man']] as const) {
      expect(inSentence(name)).toBe(reads);
    }
  });

  it('compares names without case, accents or punctuation', () => {
    expect(looseKey('Washington D.C.')).toBe(looseKey('Washington, DC'));
    expect(looseKey('Port-au-Prince')).toBe(looseKey('port au prince'));
    expect(foldAccents('Chișinău')).toBe('Chisinau');
  });
});

describe('data/overrides/places.json', () => {
  it('lists only names world-countries has as a capital (or its accent-less spelling), each with a reason', () => {
    const { capitals } = readPlaceOverrides('data');
    const known = new Set(countries.flatMap((c) => c.capital.flatMap((n) => [n, foldAccents(n)])).map((n) => n.toLowerCase()));
    for (const [name, reason] of Object.entries(capitals)) {
      expect(known.has(name.toLowerCase()), name).toBe(true);
      expect(reason.length, name).toBeGreaterThan(5);
    }
  });
});

describe('the capitals in the real fact base', () => {
  it('has every capital, in its country: generated, curated (Tokyo) or the country itself (Singapore)', async () => {
    const { loadFactBase } = await import('../../../scripts/facts/load');
    const { entities } = loadFactBase('data');
    expect(entities.filter((e) => e.id.startsWith('capital-')).length).toBeGreaterThan(200);
    const holders = (capital: string, cca3: string) => entities.filter((e) => {
      const cid = `country-${cca3.toLowerCase()}`;
      const inCountry = e.id === cid || (e.relations ?? []).some((r) => r.type === 'located_in' && r.target === cid);
      return inCountry && [e.name, ...(e.aliases ?? []).map((a) => a.text)].some((n) => looseKey(n) === looseKey(capital));
    }).map((e) => e.id);
    const missing = countries.flatMap((c) => c.capital.filter((cap) => holders(cap, c.cca3).length !== 1).map((cap) => `${cap} (${c.cca3})`));
    expect(missing).toEqual([]);
    expect(holders('Tokyo', 'JPN')).toEqual(['tokyo']);
    expect(holders('Washington D.C.', 'USA')).toEqual(['washington-dc']);
    expect(holders('Singapore', 'SGP')).toEqual(['country-sgp']);
    expect(byId(entities, 'capital-irn-tehran')).toMatchObject({ name: 'Tehran', description: 'The capital of Iran.' });
    expect(byId(entities, 'capital-jam-kingston').name).toBe('Kingston, Jamaica');
    expect(byId(entities, 'country-tun').aliases?.map((a) => a.text)).not.toContain('Tunis');
  });
});
