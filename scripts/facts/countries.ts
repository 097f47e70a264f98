import countries from 'world-countries';
import type { Alias, Entity } from '../../factbase/types';
import { collisionKey } from '../../factbase/validate';

/** The pinned package is the source of every generated country fact (see package-lock.json). */
export const WORLD_COUNTRIES_SOURCE = {
  url: 'https://www.npmjs.com/package/world-countries',
  title: 'world-countries (mledoze/countries), ODbL-1.0, as pinned in package-lock.json',
  checked: '2026-11-22',
};
// Two-letter ISO codes are codes, not names; these two are how English news names the countries.
const TWO_LETTER_NAMES = new Set(['US', 'UK']);

function aliasKind(text: string): Alias['kind'] {
  return /^[A-Z]{2,5}$/.test(text) ? 'acronym' : 'name';
}

function usable(text: string): boolean {
  if (text.includes(',')) return false; // "Korea, Republic of" is an index form, never prose
  if (/^[A-Z]{2}$/.test(text)) return TWO_LETTER_NAMES.has(text);
  return text.trim().length > 1;
}

/**
 * A name several countries claim ("American" is also the US Minor Outlying Islands' demonym) goes
 * to the one sovereign claimant; with none or several, nobody gets it. Returns what was dropped.
 */
function settleSharedAliases(entities: Entity[], sovereign: ReadonlySet<string>): string[] {
  const owners = new Map<string, Set<string>>();
  for (const e of entities) {
    for (const a of [{ text: e.name }, ...(e.aliases ?? [])]) {
      owners.set(collisionKey(a), (owners.get(collisionKey(a)) ?? new Set()).add(e.id));
    }
  }
  const dropped: string[] = [];
  for (const e of entities) {
    e.aliases = (e.aliases ?? []).filter((a) => {
      const claimants = [...(owners.get(collisionKey(a)) ?? [])];
      if (claimants.length < 2) return true;
      const sovereigns = claimants.filter((id) => sovereign.has(id));
      const keep = sovereigns.length === 1 && sovereigns[0] === e.id;
      if (!keep) dropped.push(`${e.id}: ${a.text}`);
      return keep;
    });
  }
  return dropped;
}

export const countryId = (cca3: string) => `country-${cca3.toLowerCase()}`;

/**
 * Every country and territory in world-countries, as fact-base entities, with names that several
 * of them claim settled; `dropped` lists the names nobody got.
 */
export function generateCountries(): { entities: Entity[]; dropped: string[] } {
  const entities = countries.map((c) => {
    const names = new Set<string>([
      c.name.official,
      ...c.altSpellings,
      ...Object.values(c.name.native).flatMap((n) => [n.common, n.official]),
      ...Object.values(c.translations).map((t) => t.common),
    ]);
    names.delete(c.name.common);
    const aliases: Alias[] = [...names].filter(usable).map((text) => ({ text, kind: aliasKind(text) }));
    const demonyms = new Set([c.demonyms?.eng?.m, c.demonyms?.eng?.f].filter((d): d is string => !!d));
    for (const d of demonyms) if (d !== c.name.common) aliases.push({ text: d, kind: 'demonym' });
    const where = c.subregion || c.region;
    const facts = [
      { label: 'Capital', value: c.capital.join(', ') },
      { label: 'Region', value: c.subregion ? `${c.region} (${c.subregion})` : c.region },
      { label: 'Currencies', value: Object.values(c.currencies ?? {}).map((x) => x.name).join(', ') },
      { label: 'Languages', value: Object.values(c.languages ?? {}).join(', ') },
    ].filter((f) => f.value).map((f) => ({ ...f, source: 'world-countries' }));
    return {
      id: countryId(c.cca3),
      type: 'country',
      name: c.name.common,
      description: `${c.independent ? 'A sovereign country' : 'A territory'} in ${where}${c.capital.length ? `, with its capital at ${c.capital[0]}` : ''}.`,
      descriptionSource: 'world-countries',
      aliases,
      facts,
      sources: { 'world-countries': WORLD_COUNTRIES_SOURCE },
    } satisfies Entity;
  });
  const sovereign = new Set(countries.filter((c) => c.independent).map((c) => countryId(c.cca3)));
  return { entities, dropped: settleSharedAliases(entities, sovereign) };
}
