import type { PageEntitySummary } from '../messaging/protocol';
import { CUSTOM_TYPE } from '../spotter/markTypes';

/** A group's heading: the entity type, except the reader's own names, which have a group of their own. */
const groupLabel = (type: string) => (type === CUSTOM_TYPE ? 'Names you track' : type);

/** Props for OnThisPage. */
export interface OnThisPageProps {
  entities: readonly PageEntitySummary[];
  /** Entity ids the reader has notes on. */
  noted: ReadonlySet<string>;
  onOpen: (id: string) => void;
}

/** The entities found on the current tab, grouped by type: the accessible path to every highlight. */
export function OnThisPage({ entities, noted, onOpen }: OnThisPageProps) {
  if (entities.length === 0) return <p class="muted">No known names on this page.</p>;
  const groups = new Map<string, PageEntitySummary[]>();
  for (const e of entities) groups.set(e.type, [...(groups.get(e.type) ?? []), e]);
  // The reader chose to track their own names, so that group leads; the rest keep page order.
  const ordered = [...groups].sort(([a], [b]) => Number(b === CUSTOM_TYPE) - Number(a === CUSTOM_TYPE));
  return (
    <div class="on-this-page">
      {ordered.map(([type, list]) => (
        <section key={type} aria-label={groupLabel(type)}>
          <h3 class={type === CUSTOM_TYPE ? 'group group-custom' : 'group'}>{groupLabel(type)}</h3>
          <ul>
            {list.map((e) => (
              <li key={e.entityId}>
                <button type="button" class="linklike" onClick={() => onOpen(e.entityId)}>{e.name}</button>{' '}
                <span class="muted">×{e.count}</span>
                {noted.has(e.entityId) && <span class="badge" title="You have notes on this">notes</span>}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
