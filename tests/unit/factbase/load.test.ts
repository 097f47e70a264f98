// @vitest-environment node
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Entity } from '../../../factbase/types';
import { loadFactBase, type LoadResult } from '../../../scripts/facts/load';

const DATA_DIR = fileURLToPath(new URL('../../../data', import.meta.url));

describe('loadFactBase on the real data', () => {
  let result: LoadResult;
  const byId = (id: string): Entity => {
    const e = result.entities.find((x) => x.id === id);
    if (!e) throw new Error(`no entity ${id}`);
    return e;
  };

  beforeAll(() => {
    result = loadFactBase(DATA_DIR);
  });

  it('finds no errors', () => {
    expect(result.errors).toEqual([]);
  });

  it('loads the curated entities', () => {
    expect(byId('gina-raimondo').name).toBe('Gina Raimondo');
    expect(byId('micron-technology').aliases).toContainEqual({ text: 'MU', kind: 'ticker' });
    expect(byId('yasutoshi-nishimura').type).toBe('person');
  });

  it('generates countries, with Japan’s demonym', () => {
    const jpn = byId('country-jpn');
    expect(jpn).toMatchObject({ type: 'country', name: 'Japan', descriptionSource: 'world-countries' });
    expect(jpn.aliases).toContainEqual({ text: 'Japanese', kind: 'demonym' });
    expect(jpn.aliases).toContainEqual({ text: '日本', kind: 'name' });
  });

  it('gives the United States "US" and "U.S." as acronyms', () => {
    const usa = byId('country-usa');
    expect(usa.name).toBe('United States');
    expect(usa.aliases).toContainEqual({ text: 'US', kind: 'acronym' });
    expect(usa.aliases).toContainEqual({ text: 'U.S.', kind: 'acronym' });
    expect(usa.aliases).toContainEqual({ text: 'America' });
  });

  it('drops two-letter codes other than US and UK', () => {
    expect(byId('country-jpn').aliases?.map((a) => a.text)).not.toContain('JP');
    expect(byId('country-gbr').aliases?.map((a) => a.text)).toContain('UK');
  });

  it('has unique ids and only relation targets that exist', () => {
    const ids = result.entities.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeGreaterThan(200);
    const known = new Set(ids);
    const dangling = result.entities.flatMap((e) => (e.relations ?? []).map((r) => r.target).filter((t) => !known.has(t)));
    expect(dangling).toEqual([]);
  });

  it('lists the generated aliases it dropped as ambiguous, one per entity and text', () => {
    expect(result.dropped.length).toBeGreaterThan(0);
    for (const d of result.dropped) expect(d).toMatch(/^country-[a-z]{3}: .+/);
    expect(byId('country-jpn').aliases?.map((a) => `country-jpn: ${a.text}`).filter((s) => result.dropped.includes(s))).toEqual([]);
  });
});
