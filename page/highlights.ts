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
