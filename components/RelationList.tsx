import type { Entity, Relation } from '../factbase/types';
import type { FactLookup } from '../factbase/lookup';

/** Props for RelationList. */
export interface RelationListProps {
  entity: Entity;
  lookup: FactLookup;
  /** Entities on the current page come first. */
  pageEntityIds?: readonly string[];
  onOpen?: (id: string) => void;
  limit?: number;
}

const LABELS: Record<Relation['type'], string> = {
  employer: 'Works for', member_of: 'Member of', headquarters: 'Headquarters', partner: 'Partner',
  parent: 'Parent', located_in: 'Located in', leader: 'Led by',
};

/** Key relations to other entities, the ones on this page first. */
export function RelationList({ entity, lookup, pageEntityIds = [], onOpen, limit = 6 }: RelationListProps) {
  const onPage = new Set(pageEntityIds);
  const rels = [...(entity.relations ?? [])]
    .sort((a, b) => Number(onPage.has(b.target)) - Number(onPage.has(a.target)))
    .slice(0, limit);
  if (rels.length === 0) return null;
  return (
    <section aria-label="Relations">
      <ul class="relations">
        {rels.map((r) => {
          const name = lookup.get(r.target)?.name ?? r.target;
          return (
            <li key={r.type + r.target}>
              <span class="muted">{LABELS[r.type]}</span>{' '}
              {onOpen ? <button type="button" class="linklike" onClick={() => onOpen(r.target)}>{name}</button> : name}
              {onPage.has(r.target) && <span class="badge">on this page</span>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
