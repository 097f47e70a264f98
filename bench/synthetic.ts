import type { SpotterEntry } from '../factbase/types';

/** A small deterministic PRNG, so every run measures the same names and text. */
export function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ['ka', 'ra', 'mo', 'shi', 'ta', 'ne', 'lo', 'vi', 'den', 'mar', 'sol', 'bri', 'an', 'tor', 'zu', 'el', 'pa', 'gu', 'rin', 'os'];

function word(rand: () => number): string {
  const n = 2 + Math.floor(rand() * 2);
  let w = '';
  for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(rand() * SYLLABLES.length)];
  return w.charAt(0).toUpperCase() + w.slice(1);
}

/** `count` distinct two-word person names with a surname short form. */
export function syntheticEntries(count: number, seed = 7): SpotterEntry[] {
  const rand = prng(seed);
  const seen = new Set<string>();
  const out: SpotterEntry[] = [];
  while (out.length < count) {
    const name = `${word(rand)} ${word(rand)}`;
    if (seen.has(name)) continue;
    seen.add(name);
    out.push({ id: `synthetic-${out.length}`, type: 'person', name, aliases: [{ text: name }] });
  }
  return out;
}

const FILLER = ['the', 'ministry', 'said', 'on', 'Thursday', 'that', 'exports', 'of', 'advanced', 'chips', 'would', 'face',
  'new', 'limits', 'while', 'officials', 'in', 'both', 'capitals', 'met', 'to', 'discuss', 'supply', 'chains', 'and', 'us'];

/** About `bytes` of news-like prose in which some of the names appear. */
export function syntheticText(names: readonly string[], bytes: number, seed = 11): string {
  const rand = prng(seed);
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    const sentence: string[] = [];
    for (let i = 0; i < 14; i++) sentence.push(FILLER[Math.floor(rand() * FILLER.length)]!);
    if (rand() < 0.6) sentence.splice(Math.floor(rand() * sentence.length), 0, names[Math.floor(rand() * names.length)]!);
    const s = `${sentence.join(' ')}. `;
    parts.push(s.charAt(0).toUpperCase() + s.slice(1));
    size += s.length;
  }
  return parts.join('');
}
