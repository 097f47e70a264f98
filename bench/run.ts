import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundledSpotterIndex } from '../spotter/bundledIndex';
import { benchAnnotation } from './annotate';
import { benchMatchers } from './matcher';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** `npm run bench [-- --json]`: every engine measured side by side in one run, as ratios. */
const json = process.argv.includes('--json');
const matcher = benchMatchers([1_000, 100_000]);
const ratio = (names: number, engine: string) => {
  const ours = matcher.find((r) => r.names === names && r.engine === 'backstory')!;
  const other = matcher.find((r) => r.names === names && r.engine === engine)!;
  return ours.mbPerSec / other.mbPerSec;
};
// Needs the built extension (npm run build).
const annotation = await benchAnnotation(root, bundledSpotterIndex);
const ours = annotation.find((r) => r.engine === 'backstory')!;
const markJs = annotation.find((r) => r.engine === 'mark.js')!;
const summary = {
  matcher,
  annotation,
  ratios: {
    markJsTimeOverOurs: markJs.totalMs / ours.totalMs,
    vsAhoCorasick1k: ratio(1_000, 'modern-ahocorasick'),
    vsAhoCorasick100k: ratio(100_000, 'modern-ahocorasick'),
    vsRegex1k: ratio(1_000, 'regex'),
    vsRegex100k: ratio(100_000, 'regex'),
    // Cost should track the text, not the names: throughput at 100k names over that at 1k.
    ours100kOver1k: matcher.find((r) => r.names === 100_000 && r.engine === 'backstory')!.mbPerSec /
      matcher.find((r) => r.names === 1_000 && r.engine === 'backstory')!.mbPerSec,
  },
};
if (json) console.log(JSON.stringify(summary, null, 2));
else {
  console.log('Matcher throughput on ~1 MB of news-like text (MB/s; build time in ms)');
  console.table(matcher.map((r) => ({ names: r.names, engine: r.engine, 'MB/s': r.mbPerSec.toFixed(2), 'build ms': r.buildMs.toFixed(0), matches: r.matches })));
  console.log('\nFull annotation of a ~1 MB, 20k-text-node article in Chromium, same names');
  console.table(annotation.map((r) => ({ engine: r.engine, 'total ms': r.totalMs.toFixed(0), 'longest task ms': r.longestTaskMs.toFixed(0), 'heap MB': r.heapMB.toFixed(1), marks: r.marks })));
  for (const [k, v] of Object.entries(summary.ratios)) console.log(`${k}: ${v.toFixed(2)}×`);
}
