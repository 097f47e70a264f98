import Fuse, { type FuseResult, type IFuseOptions } from 'fuse.js';
import { topK } from './topK';
import { bigrams, buildWordIndex, tokens, type WordIndex } from './wordIndex';

/**
 * Fuse.js scans every field of every record on each query: over 10,000 notes that is hundreds of
 * milliseconds a keystroke. This puts a word index in front of it. Each query word is matched
 * fuzzily (by Fuse, with the same threshold) against the distinct words of the records, which are
 * few; the records holding those words become the candidates, scored by Fuse's own formula (word
 * score, field weight, field length); and Fuse ranks at most `maxCandidates` of them exactly as it
 * would rank them in the whole list. A record is found if one of its words is within the typo threshold of a query
 * word; what Fuse alone finds only across word boundaries is not.
 */
export interface PrefilteredSearch<T> {
  (query: string, limit: number): FuseResult<T>[];
  /** How many distinct words the index holds. */
  readonly words: number;
}

export function createPrefilteredSearch<T>(docs: readonly T[], options: IFuseOptions<T>, maxCandidates = 100): PrefilteredSearch<T> {
  const build = buildWordIndex(docs, options);
  let step = build.next();
  while (!step.done) step = build.next();
  return searchOver(docs, step.value, options, maxCandidates);
}

/**
 * The same search, its index built a slice at a time: `pause` runs between slices (it yields to the
 * page when the slice used its budget). Null when `signal` aborts first (the records changed).
 */
export async function createPrefilteredSearchSliced<T>(
  docs: readonly T[], options: IFuseOptions<T>, pause: () => Promise<void>, signal?: AbortSignal, maxCandidates = 100,
): Promise<PrefilteredSearch<T> | null> {
  const build = buildWordIndex(docs, options);
  let step = build.next();
  while (!step.done) {
    await pause();
    if (signal?.aborted) return null;
    step = build.next();
  }
  return searchOver(docs, step.value, options, maxCandidates);
}

function searchOver<T>(docs: readonly T[], index: WordIndex, options: IFuseOptions<T>, maxCandidates: number): PrefilteredSearch<T> {
  const { fields: K, exponent, postings, words, pairs } = index;
  const threshold = options.threshold ?? 0.6;

  // Fuse lets no typo through in a word of three letters or fewer, so a substring scan finds the
  // same words. Longer: a word within k typos of the term shares at least (pairs - 2k) of its
  // letter pairs, since one typo breaks at most two pairs; only those words go through Fuse.
  const matchWords = (term: string): { word: string; score: number }[] => {
    if (term.length <= 3) return words.filter((w) => w.includes(term)).map((word) => ({ word, score: word === term ? 0 : 0.001 }));
    const own = [...new Set(bigrams(term))];
    const need = own.length - 2 * Math.floor(threshold * term.length);
    let pool = words;
    if (need > 0) {
      const shared = new Map<number, number>();
      for (const pair of own) for (const w of pairs.get(pair) ?? []) shared.set(w, (shared.get(w) ?? 0) + 1);
      pool = [...shared].filter(([, n]) => n >= need).map(([w]) => words[w]!);
    }
    const fuse = new Fuse(pool, { includeScore: true, ignoreLocation: true, threshold, minMatchCharLength: options.minMatchCharLength ?? 1 });
    return fuse.search(term, { limit: 64 }).map((hit) => ({ word: hit.item, score: hit.score ?? 1 }));
  };

  // Per record, Fuse's own formula over the fields a query word matched in: the product of
  // (word score) ^ (weight x norm). Ranking candidates the way Fuse ranks records keeps the ones
  // it would put first among the few it is given.
  const best = new Float64Array(docs.length * K).fill(1);
  const termScores = (term: string): Map<number, number> => {
    const touched = new Set<number>();
    for (const hit of matchWords(term)) {
      for (const [i, mask] of postings.get(hit.word)!) {
        touched.add(i);
        for (let k = 0; k < K; k++) if (mask & (1 << k) && hit.score < best[i * K + k]!) best[i * K + k] = hit.score;
      }
    }
    const scores = new Map<number, number>();
    for (const i of touched) {
      let score = 1;
      for (let k = 0; k < K; k++) {
        const s = best[i * K + k]!;
        if (s < 1) score *= Math.pow(s === 0 ? Number.EPSILON : s, exponent[i * K + k]!);
        best[i * K + k] = 1;
      }
      scores.set(i, score);
    }
    return scores;
  };

  // Typing "chips export" asks for "chips" at every keystroke: the last few terms' scores are kept.
  const recent = new Map<string, Map<number, number>>();
  const cachedTermScores = (term: string) => {
    let scores = recent.get(term);
    if (!scores) {
      scores = termScores(term);
      if (recent.size >= 8) recent.delete(recent.keys().next().value!);
    } else recent.delete(term);
    recent.set(term, scores);
    return scores;
  };

  const search = (query: string, limit: number): FuseResult<T>[] => {
    const all = [...new Set(tokens(query))];
    // A one-letter word being typed ("chips e") is in nearly every record: it picks no candidates,
    // though Fuse still ranks them by the whole query.
    const terms = all.some((t) => t.length > 1) ? all.filter((t) => t.length > 1) : all;
    if (terms.length === 0) return [];
    // Per record: the sum over query words of its score for each; 1 when a word is missing.
    let rank = cachedTermScores(terms[0]!);
    terms.slice(1).forEach((term, t) => {
      const scores = cachedTermScores(term);
      const sum = new Map<number, number>();
      for (const [i, score] of rank) sum.set(i, score + (scores.get(i) ?? 1));
      for (const [i, score] of scores) if (!rank.has(i)) sum.set(i, t + 1 + score);
      rank = sum;
    });
    const candidates = topK(rank, maxCandidates);
    const fuse = new Fuse(candidates.map((i) => docs[i]!), options);
    return fuse.search(query, { limit }).map((r) => ({ ...r, refIndex: candidates[r.refIndex]! }));
  };
  return Object.assign(search, { words: words.length });
}
