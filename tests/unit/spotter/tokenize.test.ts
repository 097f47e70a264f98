import { describe, expect, it } from 'vitest';
import { tokenize, unifyPunctuation, type Token } from '../../../spotter/tokenize';

const raws = (text: string): string[] => tokenize(text).map((t: Token) => t.raw);

describe('tokenize', () => {
  it('splits words and punctuation and keeps UTF-16 offsets into the original text', () => {
    expect(tokenize('Japan’s METI')).toEqual([
      { start: 0, end: 5, raw: 'Japan', key: 'japan' },
      { start: 5, end: 6, raw: "'", key: "'" },
      { start: 6, end: 7, raw: 's', key: 's' },
      { start: 8, end: 12, raw: 'METI', key: 'meti' },
    ]);
  });

  it('treats newlines, tabs and non-breaking spaces as separators only', () => {
    expect(raws('Gina\nRaimondo')).toEqual(['Gina', 'Raimondo']);
    expect(raws('Gina\u00a0Raimondo\t(MU)')).toEqual(['Gina', 'Raimondo', '(', 'MU', ')']);
    expect(tokenize('  \n\u00a0 ')).toEqual([]);
  });

  it('keeps letters, digits and combining marks of one word together', () => {
    expect(raws('Hokkaidō G7 résumé')).toEqual(['Hokkaidō', 'G7', 'résumé']);
    // A decomposed "ō" (o + U+0304) is still one word.
    expect(raws('Hokkaido\u0304 x')).toEqual(['Hokkaido\u0304', 'x']);
  });

  it('makes every Han, Hiragana and Katakana character its own token', () => {
    const tokens = tokenize('日本の岸田文雄首相');
    expect(tokens.map((t) => t.raw)).toEqual(['日', '本', 'の', '岸', '田', '文', '雄', '首', '相']);
    expect(tokens[3]).toEqual({ start: 3, end: 4, raw: '岸', key: '岸' });
    expect(raws('ソニーとTSMC')).toEqual(['ソ', 'ニ', 'ー', 'と', 'TSMC']);
  });

  it('unifies apostrophe and hyphen variants in raw and key, but not in offsets', () => {
    const t = tokenize('O’Meara Sakhalin‑2 Sakhalin–2');
    expect(t.map((x) => x.raw)).toEqual(['O', "'", 'Meara', 'Sakhalin', '-', '2', 'Sakhalin', '-', '2']);
    expect(t[1]).toEqual({ start: 1, end: 2, raw: "'", key: "'" });
    expect(t[4]!.start).toBe(16);
  });

  it('counts offsets in UTF-16 code units across astral characters', () => {
    const t = tokenize('😀 Japan');
    expect(t).toHaveLength(2);
    expect(t[0]).toMatchObject({ start: 0, end: 2 });
    expect(t[1]).toMatchObject({ start: 3, end: 8, raw: 'Japan' });
  });

  it('can be called again after a previous scan (no stale regex state)', () => {
    expect(raws('a b')).toEqual(['a', 'b']);
    expect(raws('c')).toEqual(['c']);
  });
});

describe('unifyPunctuation', () => {
  it('maps curly, modifier and prime apostrophes to a straight one', () => {
    expect(unifyPunctuation('O\u2018M O\u2019M O\u02BCM O\u2032M O\uFF07M')).toBe("O'M O'M O'M O'M O'M");
  });

  it('maps hyphen, non-breaking hyphen, figure dash, en dash and minus to "-"', () => {
    expect(unifyPunctuation('a\u2010b\u2011c\u2012d\u2013e\u2212f\uFE63g\uFF0Dh')).toBe('a-b-c-d-e-f-g-h');
  });

  it('leaves the em dash and other text alone', () => {
    expect(unifyPunctuation('Tokyo \u2014 Japan')).toBe('Tokyo \u2014 Japan');
  });
});
