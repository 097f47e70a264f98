import { clearHighlights, paintHighlights } from '../page/highlights';
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
  /** The reader's choices (types off, first mention only); false from `active` pauses all marking. */
  select?: (mentions: Mention[]) => Mention[];
  active?: () => boolean;
  /** The first pass waits for this (the reader's settings), so a switched-off site is never marked. */
  ready?: Promise<void>;
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
  const perf = doc.defaultView?.performance ?? performance;
  let running = false;
  let again = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Passes that failed in a row (the background was restarting, say); each retry waits longer.
  let failures = 0;
  // Callers of refresh() waiting for the next pass that starts after their call.
  const waiters: (() => void)[] = [];

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
      paintHighlights(o.registry, mentions);
      o.onPass({ mentions, index: new MentionIndex(mentions), entityIds: [...new Set(mentions.map((m) => m.entityId))] });
      perf.measure('backstory:annotate', { start, end: perf.now(), detail: { mentions: mentions.length, matchedTexts: cache.lastSent, longestSliceMs: slicer.longestSliceMs() } });
      failures = 0;
    } catch {
      // The background did not answer (its service worker was stopped mid-request, or the
      // extension was reloaded): keep the last marks, never throw into the page, and try again a
      // few times, later each time; after that, the next change of the page tries again.
      if (failures < MAX_RETRIES) again = true;
      failures += 1;
    } finally {
      running = false;
      for (const resolve of done) resolve();
      if (again && !o.signal.aborted) { again = false; schedule(); }
    }
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void pass(), (o.debounceMs ?? 300) * 2 ** Math.min(failures, MAX_RETRIES));
  };
  const observer = new MutationObserver((records) => {
    const relevant = records.some((r) =>
      r.type === 'characterData' || ![...r.addedNodes, ...r.removedNodes].every(isOurs));
    if (relevant) schedule();
  });
  observer.observe(doc.documentElement, { childList: true, characterData: true, subtree: true });
  // An updated or disabled extension must not leave its marks behind on open pages.
  o.signal.addEventListener('abort', () => { observer.disconnect(); clearTimeout(timer); clearHighlights(o.registry); }, { once: true });
  void (o.ready ?? Promise.resolve()).then(pass, pass);
  return {
    refresh: () => new Promise<void>((resolve) => {
      waiters.push(resolve);
      void pass();
    }),
  };
}
