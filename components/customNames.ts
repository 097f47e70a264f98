import type { PageSummary } from '../messaging/protocol';

/** A page's summary with the reader's own entities named: the content script knows only their ids. */
export function withCustomNames(summary: PageSummary, names: ReadonlyMap<string, string>): PageSummary {
  if (!summary.entities.some((e) => names.has(e.entityId))) return summary;
  return { ...summary, entities: summary.entities.map((e) => ({ ...e, name: names.get(e.entityId) ?? e.name })) };
}
