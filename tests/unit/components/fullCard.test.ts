import { describe, expect, it } from 'vitest';
import { entityFromHash, fullCardUrl } from '../../../components/fullCard';
import { createLookup } from '../../../factbase/lookup';
import type { Entity } from '../../../factbase/types';

const ROOT = 'chrome-extension://abcdefghijklmnop/';
const rapidus = { id: 'rapidus', type: 'company', name: 'Rapidus', description: 'A chip maker.', descriptionSource: 's', sources: { s: { url: 'https://www.rapidus.inc/en/', title: 'Rapidus', checked: '2026-01-01' } } } as Entity;
const lookup = createLookup({ version: 1, entities: [rapidus] });

describe('fullCardUrl', () => {
  it('names the entity by its public id in the hash, and the article’s tab when known', () => {
    expect(fullCardUrl(ROOT, 'rapidus', 12)).toBe(`${ROOT}popup.html?tab=12#entity=rapidus`);
    expect(fullCardUrl(ROOT, 'rapidus')).toBe(`${ROOT}popup.html#entity=rapidus`);
    expect(fullCardUrl(ROOT, 'a b&c=d', -1)).toBe(`${ROOT}popup.html#entity=a%20b%26c%3Dd`);
  });
});

describe('entityFromHash', () => {
  it('reads back an id the fact base knows', () => {
    expect(entityFromHash(new URL(fullCardUrl(ROOT, 'rapidus', 3)).hash, lookup)).toBe('rapidus');
  });
  it('ignores unknown ids, other keys and an empty hash', () => {
    expect(entityFromHash('#entity=nobody', lookup)).toBeNull();
    expect(entityFromHash('#id=rapidus', lookup)).toBeNull();
    expect(entityFromHash('', lookup)).toBeNull();
    expect(entityFromHash('#entity=__proto__', lookup)).toBeNull();
  });
});
