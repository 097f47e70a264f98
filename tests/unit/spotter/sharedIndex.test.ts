import { describe, expect, it } from 'vitest';
import { customIndexEntries, entriesDigest } from '../../../spotter/customEntries';
import { SharedIndex } from '../../../spotter/sharedIndex';
import { ENTRIES } from './fixtures';

const acme = { id: 'c-7f3a', name: 'Hanako Tanabe', aliases: ['Tanabe-san'] };
const names = (index: SharedIndex, text: string) => {
  const batch = index.spot([text]);
  return batch.matches[0]!.map((m) => ({ text: text.slice(m.start, m.end), entities: m.candidates.map((c) => batch.entities[c.entity]) }));
};

describe('SharedIndex', () => {
  it('matches the fact base, then the reader’s own names after setCustom, under a new epoch', () => {
    const index = new SharedIndex(ENTRIES);
    const base = index.epoch;
    expect(names(index, 'Hanako Tanabe met Rapidus.').map((n) => n.text)).toEqual(['Rapidus']);
    expect(index.has('c-7f3a')).toBe(false);

    expect(index.setCustom([acme])).toBe(true);
    expect(index.epoch).not.toBe(base);
    expect(index.spot([]).epoch).toBe(index.epoch);
    expect(names(index, 'Hanako Tanabe met Rapidus; Tanabe-san smiled.')).toEqual([
      { text: 'Hanako Tanabe', entities: [{ id: 'c-7f3a', type: 'custom', name: '' }] },
      { text: 'Rapidus', entities: [{ id: 'rapidus', type: 'company', name: 'Rapidus' }] },
      { text: 'Tanabe-san', entities: [{ id: 'c-7f3a', type: 'custom', name: '' }] },
    ]);
    expect(index.has('c-7f3a')).toBe(true);
    expect(index.has('rapidus')).toBe(true);
  });

  it('keeps the epoch (and the built matcher) when nothing changed, in any order; back to the base when emptied', () => {
    const index = new SharedIndex(ENTRIES);
    const base = index.epoch;
    const other = { id: 'c-01', name: 'Blue Finch Capital', aliases: [] };
    index.setCustom([acme, other]);
    const epoch = index.epoch;
    expect(index.setCustom([other, acme])).toBe(false);
    expect(index.epoch).toBe(epoch);
    expect(index.setCustom([other, { ...acme, aliases: ['Tanabe Hanako'] }])).toBe(true);
    expect(index.epoch).not.toBe(epoch);
    expect(index.setCustom([])).toBe(true);
    expect(index.epoch).toBe(base);
    expect(index.has('c-01')).toBe(false);
    expect(names(index, 'Blue Finch Capital')).toEqual([]);
  });

  it('never lets a custom entity take a fact-base id', () => {
    const index = new SharedIndex(ENTRIES);
    expect(index.setCustom([{ id: 'rapidus', name: 'Hanako Tanabe', aliases: [] }])).toBe(false);
    expect(names(index, 'Hanako Tanabe')).toEqual([]);
    expect(names(index, 'Rapidus')[0]!.entities).toEqual([{ id: 'rapidus', type: 'company', name: 'Rapidus' }]);
  });
});

describe('customIndexEntries and entriesDigest', () => {
  it('carry the name only as an alias, and give one digest per set of names', () => {
    const entries = customIndexEntries([acme], () => false);
    expect(entries).toEqual([{ id: 'c-7f3a', type: 'custom', name: '', aliases: [{ text: 'Hanako Tanabe' }, { text: 'Tanabe-san' }] }]);
    expect(entriesDigest(entries)).toBe(entriesDigest(customIndexEntries([{ ...acme }], () => false)));
    expect(entriesDigest(entries)).not.toBe(entriesDigest(customIndexEntries([{ ...acme, name: 'Hanako Tanabé' }], () => false)));
  });
});
