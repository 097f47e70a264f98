import { ENTITY_TYPES, type EntityType } from '../factbase/types';
import type { Mention } from './mentions';

export const highlightName = (type: EntityType) => `backstory-${type}`;

/** Paints one Custom Highlight per entity type; the page's DOM is never touched. */
export function paintHighlights(registry: HighlightRegistry, mentions: readonly Mention[]): void {
  for (const type of ENTITY_TYPES) {
    const ranges = mentions.filter((m) => m.type === type).map((m) => m.range);
    if (ranges.length) registry.set(highlightName(type), new Highlight(...ranges));
    else registry.delete(highlightName(type));
  }
}

export function clearHighlights(registry: HighlightRegistry): void {
  for (const type of ENTITY_TYPES) registry.delete(highlightName(type));
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
  let count = 0;
  const paint = () => {
    if (signal.aborted) return;
    const shown: Mention[] = [];
    for (const el of near) shown.push(...(byHolder.get(el) ?? []));
    count = shown.length;
    paintHighlights(registry, shown);
  };
  const observer = new win.IntersectionObserver((entries) => {
    for (const e of entries) {
      if (e.isIntersecting) near.add(e.target);
      else near.delete(e.target);
    }
    paint();
  }, { rootMargin: `${margin} 0px` });
  signal.addEventListener('abort', () => { observer.disconnect(); clearHighlights(registry); }, { once: true });
  return {
    show(mentions) {
      const next = new Map<Element, Mention[]>();
      for (const m of mentions) {
        const el = holderOf(m);
        if (!el) continue;
        const list = next.get(el);
        if (list) list.push(m);
        else next.set(el, [m]);
      }
      for (const el of byHolder.keys()) {
        if (!next.has(el)) { observer.unobserve(el); near.delete(el); }
      }
      for (const el of next.keys()) if (!byHolder.has(el)) observer.observe(el);
      byHolder = next;
      // Holders already near repaint at once; new ones arrive with the observer's first report.
      paint();
    },
    painted: () => count,
  };
}
