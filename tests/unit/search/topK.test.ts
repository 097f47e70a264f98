import fc from 'fast-check';
import { expect, it } from 'vitest';
import { topK } from '../../../search/topK';

it('keeps the k lowest scores, best first, lower id first on a tie: the same as sorting all of them', () => {
  fc.assert(fc.property(fc.array(fc.tuple(fc.nat(50), fc.integer({ min: 0, max: 20 }))), fc.nat(12), (pairs, k) => {
    const byId = new Map(pairs.map(([id, s]) => [id, s / 4] as const));
    const sorted = [...byId].sort((a, b) => a[1] - b[1] || a[0] - b[0]).slice(0, k).map(([id]) => id);
    expect(topK(byId, k)).toEqual(sorted);
  }));
  expect(topK(new Map([[3, 0.5], [1, 0.5], [2, 0.1]]), 2)).toEqual([2, 1]);
  expect(topK(new Map(), 5)).toEqual([]);
});
