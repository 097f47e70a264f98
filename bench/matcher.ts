import AhoCorasick from 'modern-ahocorasick';
import type { SpotterEntry } from '../factbase/types';
import { Matcher } from '../spotter/matcher';
import { syntheticEntries, syntheticText } from './synthetic';

export interface MatcherRow {
  names: number;
  engine: 'backstory' | 'modern-ahocorasick' | 'regex';
  buildMs: number;
  mbPerSec: number;
  matches: number;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Runs `fn` over `text` until at least `minMs` has passed; returns MB/s and the last result. */
function throughput<T>(text: string, fn: (t: string) => T, minMs = 400): { mbPerSec: number; result: T } {
  let runs = 0;
  let result = fn(text);
  const start = performance.now();
  do { result = fn(text); runs++; } while (performance.now() - start < minMs);
  const seconds = (performance.now() - start) / 1000;
  return { mbPerSec: (text.length * runs) / 1e6 / seconds, result };
}

function timed<T>(fn: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = fn();
  return { ms: performance.now() - start, value };
}

/** The same names and text through each engine. The regex is measured on a slice: it is that slow. */
export function benchMatchers(counts: readonly number[], textBytes = 1_000_000): MatcherRow[] {
  const rows: MatcherRow[] = [];
  for (const count of counts) {
    const entries: SpotterEntry[] = syntheticEntries(count);
    const names = entries.map((e) => e.name);
    const text = syntheticText(names, textBytes);

    const ours = timed(() => new Matcher(entries));
    const a = throughput(text, (t) => ours.value.match(t).length);
    rows.push({ names: count, engine: 'backstory', buildMs: ours.ms, mbPerSec: a.mbPerSec, matches: a.result });

    // Its 'unicode' boundary option runs at about 0.004 MB/s here, so it runs bare (its best case).
    const ac = timed(() => new AhoCorasick(names));
    const b = throughput(text, (t) => ac.value.search(t, { strategy: 'leftmost-longest' }).length);
    rows.push({ names: count, engine: 'modern-ahocorasick', buildMs: ac.ms, mbPerSec: b.mbPerSec, matches: b.result });

    const re = timed(() => new RegExp(`\\b(?:${[...names].sort((x, y) => y.length - x.length).map(escape).join('|')})\\b`, 'g'));
    const slice = text.slice(0, count > 10_000 ? 20_000 : 200_000);
    const c = throughput(slice, (t) => (t.match(re.value) ?? []).length, 200);
    rows.push({ names: count, engine: 'regex', buildMs: re.ms, mbPerSec: c.mbPerSec, matches: Math.round((c.result * text.length) / slice.length) });
  }
  return rows;
}
