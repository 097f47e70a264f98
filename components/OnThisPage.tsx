import type { PageEntitySummary } from '../messaging/protocol';

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
  return (
    <div class="on-this-page">
      {[...groups].map(([type, list]) => (
        <section key={type} aria-label={type}>
          <h3 class="group">{type}</h3>
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
