import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textKey } from '../../../page/textKey';

describe('textKey', () => {
  it('is a safe integer, the same for the same text', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => {
      const k = textKey(s);
      expect(Number.isSafeInteger(k) && k >= 0).toBe(true);
      expect(textKey(s.slice())).toBe(k);
    }));
  });

  it('tells apart 200,000 near-identical texts (one character or one length apart) without a collision', () => {
    const base = 'The minister said on Thursday that exports of advanced chips would face new limits. ';
    const keys = new Set<number>();
    let n = 0;
    for (let i = 0; i < 100_000; i++) {
      keys.add(textKey(`${base}${i}`));
      keys.add(textKey(`${base}${' '.repeat(i % 50)}${i}`.replace(' ', '\u00a0')));
      n += 2;
    }
    expect(keys.size).toBe(n);
    // Order matters, and so does a code unit's high byte.
    expect(textKey('ab')).not.toBe(textKey('ba'));
    expect(textKey('\u0041')).not.toBe(textKey('\u0141'));
    expect(textKey('')).not.toBe(textKey('\u0000'));
  });
});
