import { bundledLookup } from '../factbase/bundled';
import { ENTITY_FUSE_OPTIONS, toEntityDoc } from '../search/entitySearch';
import { NOTE_FUSE_OPTIONS } from '../search/noteSearch';
import { benchNotebookPages, summarize, type NotebookTimings } from './notebook';
import { benchNotes } from './notebookData';
import { benchSearch, type SearchRow } from './searchEngines';

export const NOTEBOOK_TARGETS = { popupFirstRenderMs: 150, keystrokeMs: 30, exportMs: 1000 } as const;

export interface NotebookSection {
  pages: NotebookTimings;
  search: SearchRow[];
  /** Measured over target: at most 1 meets the target (medians; p95 for keystrokes). */
  ratios: Record<string, number>;
}

/** 10,000 notes and the full fact base: the popup, search and export in Chromium, and the search engines side by side. */
export async function benchNotebookSection(root: string, noteCount = 10_000): Promise<NotebookSection> {
  const entities = bundledLookup.all();
  const notes = benchNotes(noteCount, entities);
  const search = [
    ...benchSearch(`${noteCount.toLocaleString('en-US')} notes`, notes, NOTE_FUSE_OPTIONS, 5),
    ...benchSearch('fact base', entities.map(toEntityDoc), ENTITY_FUSE_OPTIONS, 8),
  ];
  const pages = await benchNotebookPages(root, notes);
  const engine = (corpus: string, name: SearchRow['engine']) => search.find((r) => r.corpus.includes(corpus) && r.engine === name)!;
  const fuseOverOurs = (corpus: string) => engine(corpus, 'fuse (raw list)').medianMs / engine(corpus, 'backstory (word index + fuse)').medianMs;
  return {
    pages,
    search,
    ratios: {
      popupFirstRenderOverTarget: summarize(pages.popupFirstRenderMs).median / NOTEBOOK_TARGETS.popupFirstRenderMs,
      keystrokeOverTarget: summarize(pages.keystrokeMs).median / NOTEBOOK_TARGETS.keystrokeMs,
      keystrokeP95OverTarget: summarize(pages.keystrokeMs).p95 / NOTEBOOK_TARGETS.keystrokeMs,
      exportJsonOverTarget: summarize(pages.exportMs.json).median / NOTEBOOK_TARGETS.exportMs,
      exportMarkdownOverTarget: summarize(pages.exportMs.md).median / NOTEBOOK_TARGETS.exportMs,
      exportCsvOverTarget: summarize(pages.exportMs.csv).median / NOTEBOOK_TARGETS.exportMs,
      noteSearchFuseOverOurs: fuseOverOurs('notes'),
      entitySearchFuseOverOurs: fuseOverOurs('fact base'),
    },
  };
}

/** The section as tables, the way bench/run.ts prints the others. */
export function printNotebookSection(s: NotebookSection): void {
  const ms = (xs: number[]) => { const m = summarize(xs); return `${m.median.toFixed(0)} (p95 ${m.p95.toFixed(0)}, max ${m.max.toFixed(0)})`; };
  console.log(`\nNotebook with ${s.pages.notes.toLocaleString('en-US')} notes and the full fact base, built extension in Chromium (ms: median, p95, max)`);
  console.table([
    { measure: 'popup first render (navigation start to notes list)', ms: ms(s.pages.popupFirstRenderMs), 'target ms': NOTEBOOK_TARGETS.popupFirstRenderMs },
    { measure: 'search keystroke (input to results)', ms: ms(s.pages.keystrokeMs), 'target ms': NOTEBOOK_TARGETS.keystrokeMs },
    { measure: 'export all notes, JSON (click to file handed to the browser)', ms: ms(s.pages.exportMs.json), 'target ms': NOTEBOOK_TARGETS.exportMs },
    { measure: 'export all notes, Markdown', ms: ms(s.pages.exportMs.md), 'target ms': NOTEBOOK_TARGETS.exportMs },
    { measure: 'export all notes, CSV', ms: ms(s.pages.exportMs.csv), 'target ms': NOTEBOOK_TARGETS.exportMs },
  ]);
  console.log('\nSearch engines side by side in Node, same records and keystrokes (ms per keystroke)');
  console.table(s.search.map((r) => ({
    corpus: r.corpus, engine: r.engine, 'build ms': r.buildMs.toFixed(0), 'median ms': r.medianMs.toFixed(2), 'p95 ms': r.p95Ms.toFixed(2),
    'top-5 agreement with Fuse': `${(r.top5Agreement * 100).toFixed(0)}%`,
    'top 5 scored as well as Fuse\'s 5th': `${(r.top5AsGood * 100).toFixed(0)}%`,
  })));
  for (const [k, v] of Object.entries(s.ratios)) console.log(`${k}: ${v.toFixed(2)}×`);
}
