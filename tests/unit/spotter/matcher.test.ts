import { describe, expect, it } from 'vitest';
import { Matcher, type RawMatch } from '../../../spotter/matcher';
import { entry, idx, matcher, seen } from './fixtures';

describe('Matcher: longest match wins', () => {
  it('prefers "Taiwan Strait" over "Taiwan"', () => {
    const text = 'Warships sailed through the Taiwan Strait on Monday.';
    expect(matcher.match(text)).toEqual([
      { start: 28, end: 41, candidates: [{ entity: idx('taiwan-strait'), kind: 'name' }] },
    ]);
    expect(seen('Taiwan said the Taiwan Strait')).toEqual([
      { text: 'Taiwan', ids: ['country-twn'] },
      { text: 'Taiwan Strait', ids: ['taiwan-strait'] },
    ]);
  });

  it('prefers "South China Sea" over "China", and falls back to "China" when the longer name breaks off', () => {
    expect(seen('patrols in the South China Sea')).toEqual([{ text: 'South China Sea', ids: ['south-china-sea'] }]);
    expect(seen('the South China Morning Post')).toEqual([{ text: 'China', ids: ['country-chn'] }]);
  });

  it('prefers "Micron Technology" and "Micron Technology Inc." over "Micron"', () => {
    expect(seen('Micron Technology said')).toEqual([{ text: 'Micron Technology', ids: ['micron-technology'] }]);
    expect(seen('Micron Technology Inc. said')).toEqual([{ text: 'Micron Technology Inc.', ids: ['micron-technology'] }]);
    expect(seen('Micron technology is')).toEqual([{ text: 'Micron', ids: ['micron-technology'] }]);
  });
});

describe('Matcher: token boundaries', () => {
  it('finds nothing inside a longer word', () => {
    expect(matcher.match('Watch CNNJapan tonight')).toEqual([]);
    expect(matcher.match('Japanesque Taiwanese')).toEqual([]);
  });

  it('never reads "Super Micro" as "Micron"', () => {
    expect(matcher.match('Super Micro Computer shares')).toEqual([]);
  });

  it('finds a name next to punctuation', () => {
    expect(seen('"Japan," said CNN.')).toEqual([
      { text: 'Japan', ids: ['country-jpn'] },
      { text: 'CNN', ids: ['cnn'] },
    ]);
  });
});

describe('Matcher: whitespace, apostrophes and hyphens', () => {
  it('matches a name broken by a newline or a non-breaking space', () => {
    expect(matcher.match('Secretary Gina\nRaimondo')).toEqual([
      { start: 10, end: 23, candidates: [{ entity: idx('gina-raimondo'), kind: 'name' }] },
    ]);
    expect(seen('Gina\u00a0Raimondo')).toEqual([{ text: 'Gina\u00a0Raimondo', ids: ['gina-raimondo'] }]);
    expect(seen('Gina \n\t Raimondo')).toEqual([{ text: 'Gina \n\t Raimondo', ids: ['gina-raimondo'] }]);
  });

  it('matches curly and straight apostrophes alike', () => {
    expect(seen('Conor O’Meara')).toEqual([{ text: 'Conor O’Meara', ids: ['conor-omeara'] }]);
    expect(seen("Conor O'Meara")).toEqual([{ text: "Conor O'Meara", ids: ['conor-omeara'] }]);
  });

  it('matches hyphen variants, including the non-breaking hyphen and the en dash', () => {
    expect(seen('Sakhalin-2 LNG')).toEqual([{ text: 'Sakhalin-2', ids: ['sakhalin-2'] }]);
    expect(seen('Sakhalin\u20112 LNG')).toEqual([{ text: 'Sakhalin\u20112', ids: ['sakhalin-2'] }]);
    expect(seen('Sakhalin\u20132 LNG')).toEqual([{ text: 'Sakhalin\u20132', ids: ['sakhalin-2'] }]);
  });

  it('ignores a space inside a hyphenated name only as the alias does', () => {
    expect(seen('Sakhalin - 2')).toEqual([{ text: 'Sakhalin - 2', ids: ['sakhalin-2'] }]);
  });
});

describe('Matcher: possessives', () => {
  it('covers only the name in "Japan’s"', () => {
    expect(matcher.match('Japan’s chip plan')).toEqual([
      { start: 0, end: 5, candidates: [{ entity: idx('country-jpn'), kind: 'name' }] },
    ]);
  });

  it("covers only the short form in \"Nishimura's\"", () => {
    const text = "Minister Nishimura's visit";
    expect(matcher.match(text)).toEqual([
      { start: 9, end: 18, candidates: [{ entity: idx('yasutoshi-nishimura'), kind: 'short' }] },
    ]);
  });
});

describe('Matcher: case policy', () => {
  it('matches the acronym "US" but never the pronoun "us"', () => {
    expect(seen('US officials told us')).toEqual([{ text: 'US', ids: ['country-usa'] }]);
    expect(seen('the U.S. and Japan')).toEqual([
      { text: 'U.S.', ids: ['country-usa'] },
      { text: 'Japan', ids: ['country-jpn'] },
    ]);
  });

  it('matches names in title case and ALL CAPS, not in lower case', () => {
    expect(seen('RAPIDUS WINS SUBSIDY')).toEqual([{ text: 'RAPIDUS', ids: ['rapidus'] }]);
    expect(seen('Rapidus wins')).toEqual([{ text: 'Rapidus', ids: ['rapidus'] }]);
    expect(matcher.match('a rapidus decline')).toEqual([]);
  });

  it('accepts capitalised function words in a headline', () => {
    expect(seen('Ministry Of Economy Backs Chips')).toEqual([{ text: 'Ministry Of Economy', ids: ['meti'] }]);
    expect(matcher.match('the ministry of economy')).toEqual([]);
  });
});

describe('Matcher: tickers', () => {
  it('matches a ticker in parentheses or after an exchange', () => {
    expect(seen('shares of Micron Technology (MU) rose')).toEqual([
      { text: 'Micron Technology', ids: ['micron-technology'] },
      { text: 'MU', ids: ['micron-technology'] },
    ]);
    expect(matcher.match('shares (NYSE: IBM) fell')).toEqual([
      { start: 14, end: 17, candidates: [{ entity: idx('ibm'), kind: 'ticker' }] },
    ]);
    expect(seen('(Nasdaq: MU)')).toEqual([{ text: 'MU', ids: ['micron-technology'] }]);
  });

  it('ignores a bare ticker', () => {
    expect(matcher.match('MU rose while IBM fell')).toEqual([]);
  });
});

describe('Matcher: kinds and candidates', () => {
  it('links a demonym', () => {
    expect(matcher.match('Japanese officials')).toEqual([
      { start: 0, end: 8, candidates: [{ entity: idx('country-jpn'), kind: 'demonym' }] },
    ]);
  });

  it('keeps requires on an ambiguous alias and lists every candidate', () => {
    const [m] = matcher.match('Commerce said');
    expect(m).toEqual({
      start: 0,
      end: 8,
      candidates: [
        { entity: idx('us-department-of-commerce'), kind: 'name', requires: ['country-usa'] },
        { entity: idx('mofcom'), kind: 'name', requires: ['country-chn'] },
      ],
    });
  });

  it('gives one candidate per entity, preferring a full name over a short form', () => {
    const m = new Matcher([entry('x', 'person', 'Smith', [{ text: 'Smith', kind: 'short' }])]);
    expect(m.match('Smith')).toEqual([{ start: 0, end: 5, candidates: [{ entity: 0, kind: 'name' }] }]);
    const n = new Matcher([{ id: 'y', type: 'person', name: 'Smith', aliases: [{ text: 'Smith', kind: 'short' }, { text: 'Smith' }] }]);
    expect(n.match('Smith')).toEqual([{ start: 0, end: 5, candidates: [{ entity: 0, kind: 'name' }] }]);
  });

  it('ignores empty aliases and reports the entity type', () => {
    const m = new Matcher([{ id: 'e', type: 'event', name: 'G7', aliases: [{ text: '  ' }, { text: 'G7', kind: 'acronym' }] }]);
    expect(m.match('the G7 summit')).toEqual([{ start: 4, end: 6, candidates: [{ entity: 0, kind: 'acronym' }] }]);
    expect(m.entityType(0)).toBe('event');
    expect(matcher.entityType(idx('taiwan-strait'))).toBe('place');
  });
});

describe('Matcher: CJK', () => {
  it('finds 日本 and 岸田文雄 inside a run of Japanese text without spaces', () => {
    const text = '日本の岸田文雄首相は東京で会見した';
    expect(matcher.match(text)).toEqual([
      { start: 0, end: 2, candidates: [{ entity: idx('country-jpn'), kind: 'name' }] },
      { start: 3, end: 7, candidates: [{ entity: idx('fumio-kishida'), kind: 'name' }] },
    ]);
  });
});

describe('Matcher: output is well-formed', () => {
  const texts = [
    'Japan’s METI and the U.S. Department of Commerce met in the Taiwan Strait.',
    'RAPIDUS, Micron Technology Inc. (MU) and Japanese firms; Gina\u00a0Raimondo, Raimondo.',
    '日本の岸田文雄首相とSouth China Sea 😀 South China Morning Post',
    'Sakhalin‑2 — Conor O’Meara — Super Micro — CNNJapan — NYSE: IBM',
    '',
  ];

  it.each(texts)('matches %j in order, in bounds and without overlap', (text) => {
    const matches: RawMatch[] = matcher.match(text);
    let lastEnd = 0;
    for (const m of matches) {
      expect(m.start).toBeGreaterThanOrEqual(lastEnd);
      expect(m.end).toBeGreaterThan(m.start);
      expect(m.end).toBeLessThanOrEqual(text.length);
      expect(m.candidates.length).toBeGreaterThan(0);
      expect(new Set(m.candidates.map((c) => c.entity)).size).toBe(m.candidates.length);
      lastEnd = m.end;
    }
    expect(matcher.match(text)).toEqual(matches);
  });

  it('finds the expected spans in a mixed sentence', () => {
    expect(seen(texts[0]!).map((s) => s.text)).toEqual(['Japan', 'METI', 'U.S.', 'Commerce', 'Taiwan Strait']);
  });
});
