// @vitest-environment node
import { states as usStates, type State } from 'states-us';
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../factbase/types';
import { readPlaceOverrides } from '../../../scripts/facts/places';
import { generateUsStates } from '../../../scripts/facts/usStates';
import { bare } from './entity';

const state = (name: string, abbreviation: string, territory = false): State => ({ name, abbreviation, territory, contiguous: true });
const country = (cca3: string, name: string): Entity => bare(`country-${cca3.toLowerCase()}`, name, { type: 'country' });
const inUsa = { relations: [{ type: 'located_in' as const, target: 'country-usa', source: 's' }] };
const NO_RULES = { risky: {}, merges: {} };

describe('generateUsStates', () => {
  it('makes one place per state, in the US, with its postal abbreviation as a fact and never as an alias', () => {
    const { entities } = generateUsStates([state('Ohio', 'OH'), state('Texas', 'TX')], [], [], NO_RULES);
    expect(entities.map((e) => e.id)).toEqual(['us-state-ohio', 'us-state-texas']);
    expect(entities[0]).toMatchObject({
      type: 'place', name: 'Ohio', description: 'A US state.', descriptionSource: 'states-us', aliases: [],
      facts: [{ label: 'Postal abbreviation', value: 'OH', source: 'states-us' }],
      relations: [{ type: 'located_in', target: 'country-usa', source: 'states-us' }],
    });
    expect(entities[0]!.sources['states-us']!.title).toContain('MIT');
  });

  it('gives a name shared with a place outside the US (Georgia the country) to the state only beside another state', () => {
    const { entities } = generateUsStates(
      [state('Georgia', 'GA'), state('Ohio', 'OH'), state('Texas', 'TX')], [], [country('GEO', 'Georgia')], NO_RULES,
    );
    expect(entities[0]).toMatchObject({
      name: 'Georgia (US state)',
      aliases: [{ text: 'Georgia', requires: ['us-state-ohio', 'us-state-texas'] }],
    });
  });

  it('leaves a name shared with a US place (Washington, the capital) to it, and names the state "Washington State"', () => {
    const dc = bare('washington-dc', 'Washington, D.C.', { type: 'place', aliases: [{ text: 'Washington' }], ...inUsa });
    const { entities } = generateUsStates([state('Washington', 'WA')], [], [dc], NO_RULES);
    expect(entities[0]).toMatchObject({ name: 'Washington (US state)', aliases: [{ text: 'Washington State' }, { text: 'Washington state' }] });
  });

  it('treats a listed name (a given name) like a shared one', () => {
    const { entities } = generateUsStates([state('Virginia', 'VA'), state('Ohio', 'OH')], [], [], { risky: { Virginia: 'a given name' }, merges: {} });
    expect(entities[0]).toMatchObject({ name: 'Virginia (US state)', aliases: [{ text: 'Virginia', requires: ['us-state-ohio'] }] });
    expect(entities[1]).toMatchObject({ name: 'Ohio', aliases: [] });
  });

  it('merges DC into the curated capital, which gains the name as an alias and nothing else', () => {
    const dc = bare('washington-dc', 'Washington, D.C.', { type: 'place', ...inUsa });
    const { entities, merged } = generateUsStates([state('District Of Columbia', 'DC')], [], [dc], {
      risky: {}, merges: { 'District of Columbia': 'washington-dc' },
    });
    expect(entities).toEqual([]);
    expect(merged).toEqual({ 'District of Columbia': 'washington-dc' });
    expect(dc.aliases).toEqual([{ text: 'District of Columbia' }]);
    expect(Object.keys(dc.sources)).toEqual(['s']);
  });

  it('maps a territory to its world-countries entity by ISO code, located in the US unless that calls it independent', () => {
    const guam = country('GUM', 'Guam');
    const palau = country('PLW', 'Palau');
    const world = [{ cca2: 'GU', cca3: 'GUM', independent: false }, { cca2: 'PW', cca3: 'PLW', independent: true }];
    const { entities, merged } = generateUsStates([state('Guam', 'GU', true), state('Palau', 'PW', true)], world, [guam, palau], NO_RULES);
    expect(entities).toEqual([]);
    expect(merged).toEqual({ Guam: 'country-gum', Palau: 'country-plw' });
    expect(guam.relations).toEqual([{ type: 'located_in', target: 'country-usa', source: 'states-us' }]);
    expect(guam.sources['states-us']?.url).toBe('https://www.npmjs.com/package/states-us');
    expect(palau.relations).toBeUndefined();
  });
});

describe('the US states in the real fact base', () => {
  it('has the 50 states as places; DC is Washington, D.C.; the five inhabited territories are in the US, Palau is not', async () => {
    const { loadFactBase } = await import('../../../scripts/facts/load');
    const { entities, errors } = loadFactBase('data');
    expect(errors).toEqual([]);
    const byId = new Map(entities.map((e) => [e.id, e]));
    const generated = entities.filter((e) => e.id.startsWith('us-state-'));
    expect(usStates.length).toBe(57);
    expect(generated.length).toBe(50);
    expect(generated.every((e) => e.description === 'A US state.')).toBe(true);
    expect(byId.get('washington-dc')?.aliases).toContainEqual({ text: 'District of Columbia' });
    const inUs = (id: string) => byId.get(id)?.relations?.some((r) => r.type === 'located_in' && r.target === 'country-usa');
    expect(['country-pri', 'country-gum', 'country-asm', 'country-mnp', 'country-vir'].filter((id) => !inUs(id))).toEqual([]);
    expect(inUs('country-plw')).toBeFalsy();
    expect(byId.get('us-state-georgia')?.name).toBe('Georgia (US state)');
    expect(byId.get('country-geo')?.name).toBe('Georgia');
    const postal = new Set(usStates.map((s) => s.abbreviation));
    expect(generated.flatMap((e) => (e.aliases ?? []).filter((a) => postal.has(a.text)))).toEqual([]);
  });

  it('lists only real states-us names in data/overrides/places.json', () => {
    const { usStates: listed, usMerges } = readPlaceOverrides('data');
    const names = new Set(usStates.map((s) => s.name.toLowerCase()));
    for (const name of [...Object.keys(listed), ...Object.keys(usMerges)]) expect(names.has(name.toLowerCase()), name).toBe(true);
  });
});
