import { describe, expect, it } from 'vitest';
import factBase from '../../../generated/factbase.json';
import type { FactBase } from '../../../factbase/types';
import { createEntitySearch, toEntityDoc } from '../../../search/entitySearch';

const entities = (factBase as unknown as FactBase).entities;
const search = createEntitySearch(entities.map(toEntityDoc));
const top = (q: string) => search(q, 5)[0]?.doc.id;

describe('entity search over the whole fact base', () => {
  it('tolerates the typos readers make', () => {
    expect(top('Raimundo')).toBe('gina-raimondo');
    expect(top('rapdus')).toBe('rapidus');
    expect(top('Nishimra')).toBe('yasutoshi-nishimura');
  });

  it('finds entities by alias and acronym', () => {
    expect(top('METI')).toBe('meti');
    expect(top('TSMC')).toBe('tsmc');
  });

  it('ranks a name above a description that merely mentions it', () => {
    expect(top('Japan')).toBe('country-jpn');
  });

  it('returns nothing for one character or for nonsense', () => {
    expect(search('x')).toEqual([]);
    expect(search('qqqzzzxxv')).toEqual([]);
  });
});
