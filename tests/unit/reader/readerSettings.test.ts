import { describe, expect, it } from 'vitest';
import type { Mention } from '../../../page/mentions';
import { selectMentions, DEFAULT_READER_SETTINGS } from '../../../reader/readerSettings';

const m = (entityId: string, type: Mention['type']) => ({ entityId, type, name: entityId }) as Mention;
const page = [m('rapidus', 'company'), m('country-jpn', 'country'), m('rapidus', 'company'), m('gina-raimondo', 'person'), m('country-jpn', 'country')];
const ids = (ms: Mention[]) => ms.map((x) => x.entityId);

describe('selectMentions', () => {
  it('marks everything by default', () => {
    expect(selectMentions(page, DEFAULT_READER_SETTINGS)).toHaveLength(5);
  });
  it('marks nothing when paused or off for the site', () => {
    expect(selectMentions(page, { ...DEFAULT_READER_SETTINGS, enabled: false })).toEqual([]);
  });
  it('keeps only the first mention of each entity, in page order', () => {
    expect(ids(selectMentions(page, { ...DEFAULT_READER_SETTINGS, firstMentionOnly: true }))).toEqual(['rapidus', 'country-jpn', 'gina-raimondo']);
  });
  it('leaves out the types the reader turned off', () => {
    expect(ids(selectMentions(page, { ...DEFAULT_READER_SETTINGS, disabledTypes: ['country'] }))).toEqual(['rapidus', 'rapidus', 'gina-raimondo']);
  });
});
