import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundledSpotterIndex } from '../spotter/bundledIndex';
import { benchAnnotation } from './annotate';
import { benchMatchers } from './matcher';
import { benchNotebookSection, printNotebookSection } from './notebookSection';
import { benchCardLatency, printCardLatency } from './cardLatency';
import { syntheticEntries } from './synthetic';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** `npm run bench [-- --json]`: every engine measured side by side in one run, as ratios. */
const json = process.argv.includes('--json');
// `--only notebook` runs that section alone (after `npm run build`), for work on the notebook.
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
if (only === 'notebook') {
  const notebook = await benchNotebookSection(root);
  if (json) console.log(JSON.stringify({ notebook }, null, 2));
  else printNotebookSection(notebook);
  process.exit(0);
}
// `--only card` runs the hover card's latency alone (after `npm run build`), for work on the card.
if (only === 'card') {
  const card = await benchCardLatency(root);
  if (json) console.log(JSON.stringify({ card }, null, 2));
  else printCardLatency(card);
  process.exit(0);
}
const matcher = benchMatchers([1_000, 100_000]);
const ratio = (names: number, engine: string) => {
  const ours = matcher.find((r) => r.names === names && r.engine === 'backstory')!;
  const other = matcher.find((r) => r.names === names && r.engine === engine)!;
  return ours.mbPerSec / other.mbPerSec;
};
// mark.js walks the whole page once per name: past this budget its total is extrapolated.
const markJsBudgetMs = 90_000;
// The real extension (npm run build), then a copy whose index adds 100k synthetic names.
const synthetic = syntheticEntries(100_000);
const bigIndex = [...bundledSpotterIndex, ...synthetic];
const benchDir = join(root, 'generated/bench');
mkdirSync(benchDir, { recursive: true });
writeFileSync(join(benchDir, 'spotter-index-100k.json'), JSON.stringify(bigIndex));
execFileSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'ignore', env: { ...process.env, BACKSTORY_SPOTTER_INDEX: join(benchDir, 'spotter-index-100k.json') } });
const annotation = [
  ...(await benchAnnotation(root, { label: 'real', extensionDir: join(root, '.output/chrome-mv3'), index: bundledSpotterIndex, markJsBudgetMs })),
  ...(await benchAnnotation(root, {
    label: 'real+100k', extensionDir: join(root, '.output/bench/chrome-mv3'), index: bigIndex, markJsBudgetMs,
    pageNames: [...bundledSpotterIndex.filter((e) => e.type !== 'country').map((e) => e.name), ...synthetic.slice(0, 20_000).map((e) => e.name)],
  })),
];
const card = await benchCardLatency(root);
const notebook = await benchNotebookSection(root);
const row = (index: string, engine: string) => annotation.find((r) => r.index === index && r.engine === engine)!;
const summary = {
  matcher,
  annotation,
  card,
  notebook,
  ratios: {
    // The card shows within 50 ms of its open time (after the 250 ms hover rest).
    cardOpenMedianOverTarget: card.medianMs / card.targetMs,
    cardOpenWorstOverTarget: card.worstMs / card.targetMs,
    cardFirstHoverColdOverTarget: card.cold.ms / card.targetMs,
    cardFirstHoverMedianOverTarget: card.firstOnPageMedianMs / card.targetMs,
    markJsTimeOverOurs: row('real', 'mark.js').totalMs / row('real', 'backstory').totalMs,
    markJsTimeOverOurs100k: row('real+100k', 'mark.js').totalMs / row('real+100k', 'backstory').totalMs,
    // The tab's heap should not grow with the fact base: the index lives in the background.
    tabHeap100kOverReal: row('real+100k', 'backstory').heapMB / row('real', 'backstory').heapMB,
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
  console.log('\nFull annotation of a ~1 MB, 20k-text-node article in Chromium, same names (tab heap = page isolate, content scripts included)');
  console.table(annotation.map((r) => ({
    index: r.index, names: r.names, engine: r.engine, 'total ms': `${r.totalMs.toFixed(0)}${r.extrapolated ? ' (extrapolated)' : ''}`,
    'longest task ms': r.longestTaskMs.toFixed(0), 'own longest ms': r.ownLongestMs.toFixed(0), 'tab heap MB': r.heapMB.toFixed(1), marks: r.marks,
  })));
  printCardLatency(card);
  for (const [k, v] of Object.entries(summary.ratios)) console.log(`${k}: ${v.toFixed(2)}×`);
  printNotebookSection(notebook);
}
