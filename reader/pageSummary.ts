import type { Mention } from '../page/mentions';
import type { PageSummary } from '../messaging/protocol';

/** Counts mentions per entity, in order of first appearance. */
export function summarize(mentions: readonly Mention[], doc: Document, articleDate: string | null, enabled = true): PageSummary {
  const byId = new Map<string, { entityId: string; name: string; type: string; count: number }>();
  for (const m of mentions) {
    const row = byId.get(m.entityId);
    if (row) row.count++;
    else byId.set(m.entityId, { entityId: m.entityId, name: m.name, type: m.type, count: 1 });
  }
  return { url: doc.location?.href ?? '', title: doc.title, articleDate, entities: [...byId.values()], enabled };
}
