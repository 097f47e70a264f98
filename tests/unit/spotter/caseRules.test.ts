import { describe, expect, it } from 'vitest';
import type { AliasKind } from '../../../factbase/types';
import { caseMatches, inTickerContext } from '../../../spotter/caseRules';
import { tokenize } from '../../../spotter/tokenize';

/** Whether `text` (all of it) is an acceptable surface form of `alias`. */
function accepts(kind: AliasKind, alias: string, text: string): boolean {
  const a = tokenize(alias).map((t) => t.raw);
  const t = tokenize(text);
  expect(t).toHaveLength(a.length);
  return caseMatches(kind, a, t, 0);
}

/** Whether the tokens of `word` inside `text` stand in ticker context. */
function tickerAt(text: string, word: string): boolean {
  const tokens = tokenize(text);
  const from = tokens.findIndex((t) => t.raw === word);
  expect(from).toBeGreaterThanOrEqual(0);
  return inTickerContext(tokens, from, from + 1);
}

describe('caseMatches', () => {
  it('accepts names as written and in ALL CAPS, never in lower case', () => {
    expect(accepts('name', 'Rapidus', 'Rapidus')).toBe(true);
    expect(accepts('name', 'Rapidus', 'RAPIDUS')).toBe(true);
    expect(accepts('name', 'Rapidus', 'rapidus')).toBe(false);
    expect(accepts('name', 'Gina Raimondo', 'GINA RAIMONDO')).toBe(true);
    expect(accepts('name', 'Gina Raimondo', 'gina raimondo')).toBe(false);
  });

  it('accepts capitalised function words in title-case headlines', () => {
    expect(accepts('name', 'Ministry of Economy', 'Ministry Of Economy')).toBe(true);
    expect(accepts('name', 'Ministry of Economy', 'Ministry of Economy')).toBe(true);
    expect(accepts('name', 'Ministry of Economy', 'ministry of economy')).toBe(false);
    expect(accepts('name', 'Ministry of Economy', 'Ministry oF Economy')).toBe(false);
  });

  it('is case-exact for acronyms: "US" but never "us" or "Us"', () => {
    expect(accepts('acronym', 'US', 'US')).toBe(true);
    expect(accepts('acronym', 'US', 'us')).toBe(false);
    expect(accepts('acronym', 'US', 'Us')).toBe(false);
    expect(accepts('acronym', 'METI', 'Meti')).toBe(false);
  });

  it('is case-exact for tickers', () => {
    expect(accepts('ticker', 'MU', 'MU')).toBe(true);
    expect(accepts('ticker', 'MU', 'Mu')).toBe(false);
  });

  it('applies the name policy to short forms and demonyms', () => {
    expect(accepts('short', 'Raimondo', 'RAIMONDO')).toBe(true);
    expect(accepts('short', 'Raimondo', 'raimondo')).toBe(false);
    expect(accepts('demonym', 'Japanese', 'JAPANESE')).toBe(true);
    expect(accepts('demonym', 'Japanese', 'japanese')).toBe(false);
  });

  it('compares apostrophe and hyphen variants as equal', () => {
    expect(accepts('name', "O'Meara", 'O’Meara')).toBe(true);
    expect(accepts('name', 'Sakhalin-2', 'Sakhalin\u20112')).toBe(true);
  });

  it('checks the tokens from the given offset on', () => {
    const text = tokenize('said Japan today');
    expect(caseMatches('name', ['Japan'], text, 1)).toBe(true);
    expect(caseMatches('name', ['Japan'], text, 0)).toBe(false);
  });
});

describe('inTickerContext', () => {
  it('accepts a ticker in parentheses', () => {
    expect(tickerAt('Micron (MU) rose', 'MU')).toBe(true);
  });

  it('accepts a ticker after a known exchange and a colon', () => {
    expect(tickerAt('shares (NYSE: IBM) fell', 'IBM')).toBe(true);
    expect(tickerAt('Nasdaq: MU', 'MU')).toBe(true);
    expect(tickerAt('TSE:7203', '7203')).toBe(true);
  });

  it('rejects a bare ticker or one after an unknown word and colon', () => {
    expect(tickerAt('MU rose', 'MU')).toBe(false);
    expect(tickerAt('rose MU', 'MU')).toBe(false);
    expect(tickerAt('Note: MU', 'MU')).toBe(false);
    expect(tickerAt('(MU', 'MU')).toBe(false);
    expect(tickerAt('MU)', 'MU')).toBe(false);
  });
});
