import { MARK_TYPES, type MarkType } from '../spotter/markTypes';
import type { Mention } from './mentions';

export const highlightName = (type: MarkType) => `backstory-${type}`;

/** Paints one Custom Highlight per entity type; the page's DOM is never touched. */
export function paintHighlights(registry: HighlightRegistry, mentions: readonly Mention[]): void {
  for (const type of MARK_TYPES) {
    const ranges = mentions.filter((m) => m.type === type).map((m) => m.range);
    if (ranges.length) registry.set(highlightName(type), new Highlight(...ranges));
    else registry.delete(highlightName(type));
  }
}

export function clearHighlights(registry: HighlightRegistry): void {
  for (const type of MARK_TYPES) registry.delete(highlightName(type));
}

export interface Painter {
  /** The pass's mentions; those near the viewport are painted now, the rest as they come near. */
  show(mentions: readonly Mention[]): void;
  /** How many ranges are painted now. */
  painted(): number;
}

/** Paints every mention at once: for tests and small documents. */
export function paintAll(registry: HighlightRegistry): Painter {
  let count = 0;
  return {
    show(mentions) { count = mentions.length; paintHighlights(registry, mentions); },
    painted: () => count,
  };
}

/** The element whose box holds a mention (a name split across `<b>` is held by their parent). */
const holderOf = (m: Mention): Element | null => {
  const node = m.range.commonAncestorContainer;
  return node.nodeType === 1 ? (node as Element) : node.parentElement;
};

/**
 * Paints only the mentions in elements within `margin` of the viewport. Chromium's rendering cost
 * grows with every range in the registry, on every change (adding 6k ranges in batches costs more
 * than at once), so a long page painted whole blocks the page for well over 50 ms. An
 * IntersectionObserver (which reads layout and changes nothing) keeps the painted set near the
 * reader.
 */
export function createViewportPainter(registry: HighlightRegistry, win: Window & typeof globalThis, signal: AbortSignal, margin = '100%'): Painter {
  let byHolder = new Map<Element, Mention[]>();
  const near = new Set<Element>();
  // An element without a box of its own (display: contents) never intersects: its nearest
  // ancestor with a box stands in for it, remembered across passes.
  const boxOf = new WeakMap<Element, Element>();
  let count = 0;
  const paint = () => {
    if (signal.aborted) return;
    const shown: Mention[] = [];
    for (const el of near) shown.push(...(byHolder.get(el) ?? []));
    count = shown.length;
    paintHighlights(registry, shown);
  };
  const watch = (el: Element, mentions: Mention[], into: Map<Element, Mention[]>) => {
    const list = into.get(el);
    if (list) list.push(...mentions);
    else into.set(el, mentions);
  };
  // The elements the observer watches; the rest of byHolder's keys wait for their batch.
  const watched = new Set<Element>();
  const startWatching = (el: Element) => {
    if (watched.has(el)) return;
    watched.add(el);
    observer.observe(el);
  };
  const stopWatching = (el: Element) => {
    watched.delete(el);
    observer.unobserve(el);
    near.delete(el);
  };
  const observer = new win.IntersectionObserver((entries) => {
    let changed = false;
    for (const e of entries) {
      // A late report about an element a new pass dropped.
      if (!byHolder.has(e.target)) continue;
      const box = e.boundingClientRect;
      const parent = e.target.parentElement;
      if (!e.isIntersecting && box.width === 0 && box.height === 0 && parent) {
        boxOf.set(e.target, parent);
        const stoodFor = byHolder.get(e.target)!;
        byHolder.delete(e.target);
        stopWatching(e.target);
        watch(parent, stoodFor, byHolder);
        startWatching(parent);
        changed = true;
      } else if (e.isIntersecting !== near.has(e.target)) {
        if (e.isIntersecting) near.add(e.target);
        else near.delete(e.target);
        changed = true;
      }
    }
    // Each change of the registry repaints the whole document: reports about far elements
    // (most of them, while a long page is first observed) change nothing painted.
    if (changed) paint();
  }, { rootMargin: `${margin} 0px` });
  // The first computation for a new target costs the page's frame (about 20 ms per 1,500 on a
  // 5 MB page): new holders are observed a batch per frame, so no frame carries them all.
  let unobserved: Element[] = [];
  let frameBooked = false;
  const observeBatch = () => {
    frameBooked = false;
    if (signal.aborted) return;
    for (const el of unobserved.splice(0, OBSERVE_PER_FRAME)) if (byHolder.has(el)) startWatching(el);
    if (unobserved.length) bookFrame();
  };
  const bookFrame = () => {
    if (frameBooked) return;
    frameBooked = true;
    win.requestAnimationFrame(observeBatch);
  };
  signal.addEventListener('abort', () => { observer.disconnect(); watched.clear(); clearHighlights(registry); }, { once: true });
  const holderWithBox = (m: Mention) => {
    let el = holderOf(m);
    for (let up = el && boxOf.get(el); up; up = boxOf.get(up)) el = up;
    return el;
  };
  return {
    show(mentions) {
      const next = new Map<Element, Mention[]>();
      for (const m of mentions) {
        const el = holderWithBox(m);
        if (el) watch(el, [m], next);
      }
      for (const el of watched) if (!next.has(el)) stopWatching(el);
      byHolder = next;
      unobserved = [...next.keys()].filter((el) => !watched.has(el));
      if (!frameBooked) observeBatch();
      // Holders already near repaint at once; new ones arrive with the observer's first report.
      paint();
    },
    painted: () => count,
  };
}

/** How many new elements the viewport painter starts observing per frame. */
export const OBSERVE_PER_FRAME = 200;

/** Up to this many marks, a page is painted whole: cheap enough, and nothing waits for scrolling. */
export const PAINT_WHOLE_UP_TO = 1_500;

/**
 * Paints small pages whole and long ones near the viewport. Frames are always painted whole:
 * they are small, and inside some (sandboxed ones) an IntersectionObserver never reports.
 */
export function createPainter(registry: HighlightRegistry, win: Window & typeof globalThis, signal: AbortSignal): Painter {
  const all = paintAll(registry);
  const viewport = createViewportPainter(registry, win, signal);
  let mode: Painter = all;
  const framed = win !== win.top;
  return {
    show(mentions) {
      const next = framed || mentions.length <= PAINT_WHOLE_UP_TO ? all : viewport;
      if (next !== mode) (next === all ? viewport : all).show([]);
      mode = next;
      mode.show(mentions);
    },
    painted: () => mode.painted(),
  };
}
