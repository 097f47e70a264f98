import type { AliasKind } from '../factbase/types';
import type { Token } from './tokenize';

/** Whether the text's tokens are an acceptable surface form of the alias's tokens. */
export function caseMatches(kind: AliasKind, alias: readonly string[], text: readonly Token[], from: number): boolean {
  for (let i = 0; i < alias.length; i++) {
    const a = alias[i]!;
    const t = text[from + i]!.raw;
    if (t === a) continue;
    if (kind === 'acronym' || kind === 'ticker') return false;
    if (t === a.toUpperCase() && t !== t.toLowerCase()) continue; // an all-caps headline
    // Function words ("of", "and") are capitalised in title-case headlines.
    if (a === a.toLowerCase() && t === a.charAt(0).toUpperCase() + a.slice(1)) continue;
    return false;
  }
  return true;
}

const EXCHANGES = new Set(['NYSE', 'Nasdaq', 'NASDAQ', 'TSE', 'TYO', 'LSE', 'HKEX', 'KRX', 'TWSE', 'Euronext', 'AMS']);

/** Tickers only count in ticker context: "(MU)", "NYSE: IBM", "(Nasdaq: MU)". */
export function inTickerContext(text: readonly Token[], from: number, to: number): boolean {
  const before = text[from - 1]?.raw;
  const after = text[to]?.raw;
  if (before === '(' && after === ')') return true;
  return before === ':' && EXCHANGES.has(text[from - 2]?.raw ?? '');
}
