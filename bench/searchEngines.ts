import Fuse, { type IFuseOptions } from 'fuse.js';
import { createPrefilteredSearch } from '../search/prefilteredSearch';

export interface SearchRow {
  corpus: string;
  records: number;
  engine: 'fuse (raw list)' | 'backstory (word index + fuse)';
  buildMs: number;
  /** Per keystroke, over the same typed queries. */
  medianMs: number;
  p95Ms: number;
  /** Share of Fuse's top 5 that the engine also returns in its top 5 (Fuse itself: 1). */
  top5Agreement: number;
  /**
   * Share of the engine's top 5 that Fuse scores at least as well as its own 5th result: with
   * thousands of notes tied on a common word, which 5 of the tied ones come first is arbitrary.
   */
  top5AsGood: number;
}

/** Each query typed one letter at a time, as the popup's search box sees it. */
export const TYPED = ['raimondo', 'rapdus', 'nishimra', 'chips export', 'tsmc', 'subsidies', 'hokaido', 'commission'];
export const keystrokes = (words: readonly string[]) => words.flatMap((w) => Array.from({ length: w.length - 1 }, (_, i) => w.slice(0, i + 2)));

/** NaN for no samples, so a section that measured nothing says so instead of a number. */
const quantile = (xs: readonly number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))] ?? NaN;
export const median = (xs: readonly number[]) => quantile(xs, 0.5);
export const p95 = (xs: readonly number[]) => quantile(xs, 0.95);

function time<T>(fn: () => T): [T, number] {
  const start = performance.now();
  const value = fn();
  return [value, performance.now() - start];
}

/** Fuse.js over the whole list against the word-indexed search, on the same records and keystrokes. */
export function benchSearch<T>(corpus: string, docs: readonly T[], options: IFuseOptions<T>, limit: number): SearchRow[] {
  const queries = keystrokes(TYPED);
  const [fuse, fuseBuild] = time(() => new Fuse(docs, options));
  const [ours, oursBuild] = time(() => createPrefilteredSearch(docs, options));
  const fuseTimes: number[] = [];
  const ourTimes: number[] = [];
  let agree = 0;
  let expected = 0;
  let asGood = 0;
  let shown = 0;
  for (const q of queries) {
    const [a, ta] = time(() => fuse.search(q, { limit }));
    const [b, tb] = time(() => ours(q, limit));
    fuseTimes.push(ta);
    ourTimes.push(tb);
    const got = new Set(b.slice(0, 5).map((r) => r.refIndex));
    for (const r of a.slice(0, 5)) { expected++; if (got.has(r.refIndex)) agree++; }
    // A record's Fuse score does not depend on the other records, so ours compare with Fuse's.
    const fifth = a.length >= 5 ? a[4]!.score! : Infinity;
    const found = new Set(a.map((r) => r.refIndex));
    for (const r of b.slice(0, 5)) { shown++; if (r.score! <= fifth + 1e-9 && (fifth < Infinity || found.has(r.refIndex))) asGood++; }
  }
  const row = (engine: SearchRow['engine'], buildMs: number, times: number[], top5Agreement: number, top5AsGood: number): SearchRow =>
    ({ corpus, records: docs.length, engine, buildMs, medianMs: median(times), p95Ms: p95(times), top5Agreement, top5AsGood });
  return [row('fuse (raw list)', fuseBuild, fuseTimes, 1, 1),
    row('backstory (word index + fuse)', oursBuild, ourTimes, expected ? agree / expected : 1, shown ? asGood / shown : 1)];
}
