import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bundledSpotterIndex } from '../../../spotter/bundledIndex';
import { Matcher, type RawMatch } from '../../../spotter/matcher';
import { ENTRIES, matcher as small } from './fixtures';

const bundled = new Matcher(bundledSpotterIndex);

// Pieces that sit where the matcher's rules live: names, whitespace, bidi marks, apostrophes,
// hyphens, ticker context, CJK runs, and a surrogate pair cut in half.
const NAMES = [
  ...new Set([...ENTRIES, ...bundledSpotterIndex.slice(0, 200)].flatMap((e) => e.aliases.map((a) => a.text))),
  'اليابان', 'ישראל', '岸田文雄', '日本', 'GINA RAIMONDO', 'gina raimondo', 'Conor O’Meara', 'Sakhalin‑2',
];
// Words of multi-word names, so a name is often cut between two blocks.
const NAME_WORDS = [...new Set(NAMES.flatMap((n) => n.split(' ')))];
const SEPARATORS = [' ', '  ', '\n', '\t', '\u00a0', '\u2028', '\u200f', '\u200e', '\u2066', '\u2069', '\u200b', '\ufeff'];
const PUNCTUATION = ['(', ')', ':', 'NYSE:', ',', '.', '"', "'", '’', 'ʼ', '-', '‐', '–', '−', '﹣', '/', '…'];
const CJK = ['日', '本', '岸', '田', '文', '雄', 'の', 'は', 'ア', '首相', '、', '。'];
const ODD = ['\ud83d', '\ude00', '😀', '🇯🇵', 'e\u0301', 'İ', 'ß', '\u0000', '\uffff', '\ufffc'];

const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NAMES) },
  { weight: 3, arbitrary: fc.constantFrom(...NAME_WORDS) },
  { weight: 4, arbitrary: fc.constantFrom(...SEPARATORS) },
  { weight: 2, arbitrary: fc.constantFrom(...PUNCTUATION) },
  { weight: 2, arbitrary: fc.constantFrom(...CJK) },
  { weight: 1, arbitrary: fc.constantFrom(...ODD) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
);

/** News-like text built from the pieces above, or any Unicode at all (lone surrogates included). */
const text = fc.oneof(
  fc.array(piece, { maxLength: 40 }).map((parts) => parts.join('')),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 200 }),
);

/**
 * Text in blocks: news-like text (the fixture's multi-word names among it) cut at some of its
 * spaces, so a name often runs from one block into the next.
 */
const FIXTURE_NAMES = ENTRIES.flatMap((e) => e.aliases.map((a) => a.text)).filter((n) => n.includes(' '));
const blocksOf = fc.tuple(
  fc.array(fc.oneof(fc.constantFrom(...FIXTURE_NAMES), piece), { maxLength: 20 }),
  fc.array(fc.nat(), { maxLength: 6 }),
).map(([pieces, picks]) => {
  const joined = pieces.join(' ');
  const spaces = [...joined.matchAll(/ /g)].map((m) => m.index);
  const cuts = spaces.length ? [...new Set(picks.map((p) => spaces[p % spaces.length]!))].sort((x, y) => x - y) : [];
  return [0, ...cuts].map((from, i) => joined.slice(from, cuts[i] ?? joined.length));
});

/** In bounds, in order, not overlapping, never splitting a surrogate pair, each naming a real entry. */
function expectWellFormed(matches: readonly RawMatch[], source: string, m: Matcher): void {
  let end = 0;
  for (const r of matches) {
    expect(Number.isInteger(r.start) && Number.isInteger(r.end)).toBe(true);
    expect(r.start).toBeGreaterThanOrEqual(end);
    expect(r.end).toBeGreaterThan(r.start);
    expect(r.end).toBeLessThanOrEqual(source.length);
    expect(/^[\udc00-\udfff]/.test(source.slice(r.start)) && /[\ud800-\udbff]$/.test(source.slice(0, r.start))).toBe(false);
    expect(r.candidates.length).toBeGreaterThan(0);
    for (const c of r.candidates) expect(m.entries[c.entity]).toBeDefined();
    end = r.end;
  }
}

// A character no alias holds and no rule looks through: a one-character punctuation token.
const BLOCK_SEPARATOR = ' \ufffc ';

describe('Matcher properties (fast-check)', () => {
  for (const [name, m] of [['the fixture index', small], ['the bundled fact base', bundled]] as const) {
    it(`never throws, and its ranges are well formed, with ${name}`, () => {
      fc.assert(fc.property(text, (t) => expectWellFormed(m.match(t), t, m)), { numRuns: 400 });
    });

    // The page is matched one text block at a time (page/textBlocks.ts, page/matchCache.ts), so the
    // property that holds by design is about blocks: matching each block on its own equals matching
    // the blocks joined by a separator no name can cross, with each block's ranges shifted by its
    // offset. (Joined by a plain space it would not hold, and should not: "Gina" ending one
    // paragraph and "Raimondo" starting the next are not a name.)
    it(`finds the same names block by block as in the joined text, with ${name}`, () => {
      fc.assert(fc.property(fc.oneof(blocksOf, fc.array(text, { minLength: 1, maxLength: 4 })), (blocks) => {
        let offset = 0;
        const pieces: RawMatch[] = [];
        for (const block of blocks) {
          for (const r of m.match(block)) pieces.push({ ...r, start: r.start + offset, end: r.end + offset });
          offset += block.length + BLOCK_SEPARATOR.length;
        }
        expect(m.match(blocks.join(BLOCK_SEPARATOR))).toEqual(pieces);
      }), { numRuns: 300 });
    });
  }

  // The tokenizer's regex is global and keeps state between calls: no call may leak into the next.
  it('gives each text the same matches whatever was matched before it', () => {
    fc.assert(fc.property(fc.array(text, { maxLength: 8 }), (texts) => {
      const forward = texts.map((t) => small.match(t));
      const backward = [...texts].reverse().map((t) => small.match(t)).reverse();
      expect(backward).toEqual(forward);
    }), { numRuns: 200 });
  });
});
