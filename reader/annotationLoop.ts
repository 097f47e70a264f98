import { clearHighlights, createPainter, type Painter } from '../page/highlights';
import { MentionIndex } from '../page/mentionIndex';
import { MatchCache } from '../page/matchCache';
import { findMentions, type Mention } from '../page/mentions';
import { createSlicer } from '../page/slicer';
import { UI_HOST_TAG, collectBlocksSliced } from '../page/textBlocks';
import type { Spotter } from '../spotter/spotter';

export interface AnnotationPass {
  mentions: readonly Mention[];
  index: MentionIndex;
  /** The distinct entities on the page, in order of first mention. */
  entityIds: readonly string[];
}

export interface AnnotateOptions {
  signal: AbortSignal;
  registry: HighlightRegistry;
  onPass: (pass: AnnotationPass) => void;
  /** Mutations are batched for this long before a new pass. */
  debounceMs?: number;
  /** ...but never for longer than this while the page keeps changing. */
  maxWaitMs?: number;
  /** The reader's choices (types off, first mention only); false from `active` pauses all marking. */
  select?: (mentions: Mention[]) => Mention[];
  active?: () => boolean;
  /** The first pass waits for this (the reader's settings), so a switched-off site is never marked. */
  ready?: Promise<void>;
  /** How marks reach the registry; by default a long page paints only what is near the viewport. */
  painter?: Painter;
}

export interface Annotator {
  /** Runs a pass now, e.g. after the reader changed a setting (cached matches make it cheap); resolves when it is painted. */
  refresh(): Promise<void>;
}

const MAX_RETRIES = 4;

const isOurs = (node: Node) => node.nodeName.toLowerCase() === UI_HOST_TAG;

/**
 * Marks the page now, then again whenever its text changes (batched). Each pass is recorded as a
 * `backstory:annotate` User Timing measure.
 */
export function startAnnotating(doc: Document, spotter: Spotter, o: AnnotateOptions): Annotator {
  const cache = new MatchCache(spotter);
  const painter = o.painter ?? createPainter(o.registry, doc.defaultView ?? window, o.signal);
  const perf = doc.defaultView?.performance ?? performance;
  let running = false;
  let again = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Passes that failed in a row (the background was restarting, say); each retry waits longer.
  // Callers of refresh() waiting for the next pass that starts after their call.
  const waiters: (() => void)[] = [];
  let failures = 0;

  const pass = async () => {
    if (running) { again = true; return; }
    running = true;
    const done = waiters.splice(0);
    try {
      const start = perf.now();
      const slicer = createSlicer(() => perf.now());
      const root = doc.body ?? doc.documentElement;
      const active = o.active?.() ?? true;
      const found = root && active ? await findMentions(doc, await collectBlocksSliced(root, () => slicer.tick()), cache, slicer) : [];
      if (o.signal.aborted) return;
      const mentions = o.select ? o.select(found) : found;
      // Painting, indexing and reporting a long page's marks each take a few ms: they get their own slices.
      // After each pause the extension may have been switched off: its marks must stay cleared.
      await slicer.tick();
      if (o.signal.aborted) return;
      painter.show(mentions);
      await slicer.tick();
      const index = new MentionIndex(mentions);
      await slicer.tick();
      if (o.signal.aborted) return;
      o.onPass({ mentions, index, entityIds: [...new Set(mentions.map((m) => m.entityId))] });
      perf.measure('backstory:annotate', { start, end: perf.now(), detail: { mentions: mentions.length, matchedTexts: cache.lastSent, longestSliceMs: slicer.longestSliceMs() } });
      failures = 0;
    } catch (error) {
      // The background did not answer (its service worker was stopped mid-request, or the
      // extension was reloaded): keep the last marks, never throw into the page, leave a trace, and
      // try again a few times, later each time; after that, the next change of the page tries again.
      if (failures < MAX_RETRIES) again = true;
      failures += 1;
      perf.mark('backstory:annotate-failed', { detail: { failures, reason: String(error).slice(0, 200) } });
    } finally {
      running = false;
      for (const resolve of done) resolve();
      if (again && !o.signal.aborted) { again = false; schedule(); }
    }
  };
  // A page that never stops changing (a live blog) would keep pushing a plain debounce back for
  // ever: a pass runs at the latest maxWaitMs after the first change it has not seen yet.
  let pendingSince: number | null = null;
  const schedule = () => {
    clearTimeout(timer);
    const now = perf.now();
    pendingSince ??= now;
    const quiet = (o.debounceMs ?? 300) * 2 ** Math.min(failures, MAX_RETRIES);
    // After a failure the backoff rules; otherwise a busy page waits at most maxWaitMs.
    const wait = failures > 0 ? quiet : Math.max(0, Math.min(quiet, pendingSince + (o.maxWaitMs ?? 1_000) - now));
    timer = setTimeout(() => { pendingSince = null; void pass(); }, wait);
  };
  const observer = new MutationObserver((records) => {
    const relevant = records.some((r) =>
      r.type === 'characterData' || ![...r.addedNodes, ...r.removedNodes].every(isOurs));
    if (relevant) schedule();
  });
  observer.observe(doc.documentElement, { childList: true, characterData: true, subtree: true });
  // An updated or disabled extension must not leave its marks behind on open pages.
  o.signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
    clearHighlights(o.registry);
    for (const resolve of waiters.splice(0)) resolve(); // no pass will come for them
  }, { once: true });
  void (o.ready ?? Promise.resolve()).then(pass, pass);
  return {
    refresh: () => new Promise<void>((resolve) => {
      if (o.signal.aborted) return resolve();
      waiters.push(resolve);
      cache.recheckEpoch();
      void pass();
    }),
  };
}
