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
