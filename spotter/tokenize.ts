/** Splits text into word, CJK-character and punctuation tokens; whitespace only separates. */

export interface Token {
  /** UTF-16 offsets into the original text. */
  start: number;
  end: number;
  /** The surface form with apostrophe and hyphen variants unified (case kept). */
  raw: string;
  /** The lookup key: `raw` in lower case. */
  key: string;
}

// Scripts written without spaces: every character is a token, so 岸田文雄 matches inside a run.
const TOKEN = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]|[[\p{L}\p{N}\p{M}]--[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]]+|[^\s\p{L}\p{N}\p{M}]/gv;
const APOSTROPHES = /[\u2018\u2019\u02BC\u2032\uFF07]/g;
const HYPHENS = /[\u2010\u2011\u2012\u2013\u2212\uFE63\uFF0D]/g;

export function unifyPunctuation(text: string): string {
  return text.replace(APOSTROPHES, "'").replace(HYPHENS, '-');
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    // Apostrophes and hyphens are always one-character tokens: only those need unifying.
    const raw = m[0].length === 1 ? unifyPunctuation(m[0]) : m[0];
    tokens.push({ start: m.index, end: m.index + m[0].length, raw, key: raw.toLowerCase() });
  }
  return tokens;
}
