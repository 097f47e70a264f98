import { describe, expect, it, test } from 'vitest';
import type { Candidate } from '../../../spotter/matcher';
import { resolveMentions, type PlacedMatch } from '../../../spotter/resolve';
import { IDS, idx, matcher } from './fixtures';

/** Matches each block of a page with the fixture matcher, as findMentions does. */
function place(blocks: readonly string[]): PlacedMatch[] {
  return blocks.flatMap((text, order) => matcher.match(text).map((m) => ({ ...m, order })));
}

/** The page's accepted mentions as "block:text=id", in page order. */
function links(blocks: readonly string[], matches: readonly PlacedMatch[] = place(blocks)): string[] {
  return resolveMentions(matches, (i) => IDS[i]).map(
    ({ match, entity }) => `${match.order}:${blocks[match.order]!.slice(match.start, match.end)}=${IDS[entity]}`,
  );
}

describe('resolveMentions: short forms', () => {
  it('links "Raimondo" only after "Gina Raimondo" appeared in an earlier block', () => {
    expect(links(['Gina Raimondo visited Tokyo.', 'Raimondo met Japan’s minister.'])).toEqual([
      '0:Gina Raimondo=gina-raimondo',
      '1:Raimondo=gina-raimondo',
      '1:Japan=country-jpn',
    ]);
  });

  it('does not link a short form that comes before the full name', () => {
    expect(links(['Raimondo arrived.', 'Commerce Secretary Gina Raimondo said.'])).toEqual([
      '1:Gina Raimondo=gina-raimondo',
    ]);
  });

  it('orders by start within one block', () => {
    expect(links(['Raimondo, or Gina Raimondo, and then Raimondo again'])).toEqual([
      '0:Gina Raimondo=gina-raimondo',
      '0:Raimondo=gina-raimondo',
    ]);
  });

  it('sorts by block order, not by the order matches are given in', () => {
    const blocks = ['Gina Raimondo spoke.', 'Raimondo left.'];
    expect(links(blocks, place(blocks).reverse())).toEqual([
      '0:Gina Raimondo=gina-raimondo',
      '1:Raimondo=gina-raimondo',
    ]);
  });

  it('needs the full name of the same person, not of someone else', () => {
    expect(links(['Yasutoshi Nishimura met Raimondo.'])).toEqual(['0:Yasutoshi Nishimura=yasutoshi-nishimura']);
  });
});

describe('resolveMentions: requires', () => {
  it('links an ambiguous alias when the entity it requires is anchored on the page', () => {
    expect(links(['Commerce issued new rules.', 'The US tightened controls.'])).toEqual([
      '0:Commerce=us-department-of-commerce',
      '1:US=country-usa',
    ]);
    expect(links(['China’s Commerce ministry replied.'])).toEqual(['0:China=country-chn', '0:Commerce=mofcom']);
  });

  it('drops it when nothing it requires is on the page', () => {
    expect(links(['Commerce issued new rules for Japan.'])).toEqual(['0:Japan=country-jpn']);
  });

  it('drops it when both candidates are allowed and neither is anchored', () => {
    expect(links(['The US and China. Commerce said.'])).toEqual(['0:US=country-usa', '0:China=country-chn']);
  });

  it('does not count a required entity that is only named by a short form', () => {
    const matches: PlacedMatch[] = [
      { order: 0, start: 0, end: 3, candidates: [{ entity: idx('country-usa'), kind: 'short' }] },
      { order: 0, start: 4, end: 12, candidates: [{ entity: idx('us-department-of-commerce'), kind: 'name', requires: ['country-usa'] }] },
    ];
    expect(resolveMentions(matches, (i) => IDS[i])).toEqual([]);
  });
});

describe('resolveMentions: ambiguity between candidates', () => {
  it('resolves by co-occurrence: "Austin" is the defence secretary once "Lloyd Austin" was named', () => {
    expect(links(['Lloyd Austin flew to Tokyo.', 'Austin said.'])).toEqual([
      '0:Lloyd Austin=lloyd-austin',
      '1:Austin=lloyd-austin',
    ]);
  });

  it('falls to the only live candidate when the short form is not yet allowed', () => {
    expect(links(['Austin said.'])).toEqual(['0:Austin=austin-texas']);
  });

  it('drops the mention when both candidates are anchored on the page', () => {
    expect(links(['Lloyd Austin visited Austin, Texas.', 'Austin was hot.'])).toEqual([
      '0:Lloyd Austin=lloyd-austin',
      '0:Austin, Texas=austin-texas',
    ]);
  });

  it('drops a two-way tie where neither entity is anchored', () => {
    const candidates: Candidate[] = [
      { entity: idx('country-jpn'), kind: 'name' },
      { entity: idx('country-chn'), kind: 'name' },
    ];
    expect(resolveMentions([{ order: 0, start: 0, end: 4, candidates }], (i) => IDS[i])).toEqual([]);
  });
});

describe('resolveMentions: plain mentions', () => {
  it('links every unambiguous full name, acronym and demonym', () => {
    expect(links(['Japanese officials and METI', 'RAPIDUS'])).toEqual([
      '0:Japanese=country-jpn',
      '0:METI=meti',
      '1:RAPIDUS=rapidus',
    ]);
  });

  it('returns the placed match itself, untouched', () => {
    const matches = place(['Taiwan Strait']);
    const [r] = resolveMentions(matches, (i) => IDS[i]);
    expect(r).toEqual({ match: matches[0], entity: idx('taiwan-strait') });
    expect(r!.match).toBe(matches[0]);
  });

  it('returns nothing for an empty page', () => {
    expect(resolveMentions([], (i) => IDS[i])).toEqual([]);
  });
});

describe('a satisfied requires rule wins a tie', () => {
  test('"Nikkei" beside the Hang Seng is the index; on its own it is the newspaper', () => {
    const ids = ['nikkei-newspaper', 'nikkei-225', 'hang-seng'];
    const nikkei = (order: number): PlacedMatch => ({
      order, start: 0, end: 6,
      candidates: [{ entity: 0, kind: 'name' }, { entity: 1, kind: 'name', requires: ['hang-seng'] }],
    });
    const hangSeng: PlacedMatch = { order: 0, start: 0, end: 9, candidates: [{ entity: 2, kind: 'name' }] };
    expect(resolveMentions([hangSeng, nikkei(1)], (i) => ids[i]).map((r) => ids[r.entity])).toEqual(['hang-seng', 'nikkei-225']);
    expect(resolveMentions([nikkei(0)], (i) => ids[i]).map((r) => ids[r.entity])).toEqual(['nikkei-newspaper']);
  });
});
