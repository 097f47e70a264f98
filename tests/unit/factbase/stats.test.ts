import { describe, expect, it } from 'vitest';
import { factStats } from '../../../factbase/stats';
import { validEntity } from './entity';

describe('factStats', () => {
  it('counts entities, aliases, sourced claims and the oldest check', () => {
    const a = validEntity();
    const b = validEntity({ id: 'b', type: 'company', roles: [], relations: [], facts: [{ label: 'x', value: 'y', source: 'missing' }] });
    b.sources = { s: { url: 'https://example.org/', title: 't', checked: '2025-01-02' } };
    expect(factStats([a, b])).toEqual({
      entities: 2,
      entitiesByType: { person: 1, company: 1 },
      aliases: 4,
      facts: 4,
      factsWithSource: 3,
      relations: 1,
      oldestCheck: '2025-01-02',
    });
  });
});
