import type { PageSummary } from '../messaging/protocol';
import { CUSTOM_TYPE } from '../spotter/markTypes';

/**
 * A page's summary with the reader's own entities named: the content script knows only their ids.
 * A tracked name the database no longer holds (deleted, the page not yet re-marked) is left out.
 */
export function withCustomNames(summary: PageSummary, names: ReadonlyMap<string, string>): PageSummary {
  if (!summary.entities.some((e) => e.type === CUSTOM_TYPE || names.has(e.entityId))) return summary;
  const entities = summary.entities
    .filter((e) => e.type !== CUSTOM_TYPE || names.has(e.entityId))
    .map((e) => (names.has(e.entityId) ? { ...e, name: names.get(e.entityId)! } : e));
  return { ...summary, entities };
}
