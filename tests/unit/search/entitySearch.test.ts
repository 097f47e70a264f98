import { describe, expect, it } from 'vitest';
import factBase from '../../../generated/factbase.json';
import type { FactBase } from '../../../factbase/types';
import { createEntitySearch, mergeHits, toEntityDoc, trackedEntityDoc } from '../../../search/entitySearch';

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

describe('names the reader tracks', () => {
  const tracked = createEntitySearch([
    trackedEntityDoc({ id: 'c-1', name: 'Meridian Ledger', aliases: ['The Ledger'], description: 'A fictional newspaper that publishes the demo pages.' }),
    trackedEntityDoc({ id: 'c-2', name: 'Hanako Tanabe', aliases: [], description: 'Spokesperson for the chip consortium.' }),
  ]);
  const merged = (q: string) => mergeHits([tracked(q, 8), search(q, 8)], 8).map((h) => h.doc.id);

  it('are found by name (with a typo), other name and description, as their own kind', () => {
    expect(merged('Meridan Ledger')[0]).toBe('c-1');
    expect(merged('The Ledger')[0]).toBe('c-1');
    expect(merged('consortium')).toContain('c-2');
    expect(tracked('Ledger', 1)[0]?.doc.type).toBe('custom');
  });

  it('share one ranked list with the fact base, best first, without pushing out a better fact-base match', () => {
    expect(merged('Raimundo')[0]).toBe('gina-raimondo');
    expect(merged('Tanabe')[0]).toBe('c-2');
    const hits = mergeHits([tracked('Tanabe', 8), search('Tanabe', 8)], 8);
    expect(hits.map((h) => h.score)).toEqual([...hits.map((h) => h.score)].sort((a, b) => a - b));
    expect(hits.length).toBeLessThanOrEqual(8);
  });
});
