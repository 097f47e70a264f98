import type { IFuseOptions } from 'fuse.js';

const WORD = /[\p{L}\p{N}]+/gu;
export const tokens = (text: string) => text.toLowerCase().match(WORD) ?? [];
export const bigrams = (word: string) => Array.from({ length: word.length - 1 }, (_, i) => word.slice(i, i + 2));

type Key = { name: string; weight?: number };

/** Fuse's word separators for its field-length norm (tab to carriage return, space, no-break space). */
const FUSE_SEPARATORS = /[\t\n\v\f\r \u00a0]+/;
/** Fuse's field-length norm, over Fuse's own word count: a word in a short field counts for more than in a long one. */
const fieldNorm = (text: string) => Math.round(1000 / Math.sqrt(Math.max(1, text.split(FUSE_SEPARATORS).filter(Boolean).length))) / 1000;

/** The distinct words of a list of records, where each occurs, and Fuse's weight for each field. */
export interface WordIndex {
  /** How many fields (Fuse keys) a record has. */
  fields: number;
  /** Per record and field: Fuse's exponent for a match there (normalised weight x field norm). */
  exponent: Float64Array;
  /** word -> (record index -> bit mask of the fields it appears in) */
  postings: Map<string, Map<number, number>>;
  words: string[];
  /** Letter pairs -> the words holding them, to skip most of the vocabulary before Bitap runs. */
  pairs: Map<string, number[]>;
}

/** Records between two pauses of a sliced build. */
const STEP = 64;

/**
 * Builds the index, pausing (`yield`) every few records and words: run to the end at once, or a
 * slice at a time so a page stays responsive while 100,000 notes are read.
 */
export function* buildWordIndex<T>(docs: readonly T[], options: IFuseOptions<T>): Generator<void, WordIndex> {
  const keys = (options.keys ?? []).map((k): Key => (typeof k === 'string' ? { name: k } : (k as Key)));
  const totalWeight = keys.reduce((sum, k) => sum + (k.weight ?? 1), 0);
  const K = keys.length;
  const exponent = new Float64Array(docs.length * K);
  const postings = new Map<string, Map<number, number>>();
  for (let i = 0; i < docs.length; i++) {
    keys.forEach((key, k) => {
      const value = (docs[i] as Record<string, unknown>)[key.name];
      for (const text of Array.isArray(value) ? value : [value]) {
        if (typeof text !== 'string') continue;
        exponent[i * K + k] = Math.max(exponent[i * K + k]!, ((key.weight ?? 1) / totalWeight) * fieldNorm(text));
        for (const word of tokens(text)) {
          let docsOf = postings.get(word);
          if (!docsOf) postings.set(word, (docsOf = new Map()));
          docsOf.set(i, (docsOf.get(i) ?? 0) | (1 << k));
        }
      }
    });
    if (i % STEP === STEP - 1) yield;
  }
  const words = [...postings.keys()];
  const pairs = new Map<string, number[]>();
  for (let w = 0; w < words.length; w++) {
    for (const pair of new Set(bigrams(words[w]!))) {
      const list = pairs.get(pair);
      if (list) list.push(w);
      else pairs.set(pair, [w]);
    }
    if (w % (STEP * 8) === STEP * 8 - 1) yield;
  }
  return { fields: K, exponent, postings, words, pairs };
}
