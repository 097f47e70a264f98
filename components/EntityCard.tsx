import type { ComponentChildren } from 'preact';
import type { Entity } from '../factbase/types';
import type { FactLookup } from '../factbase/lookup';
import { undatedFacts } from '../factbase/timeline';
import { FactsAsOf } from './FactsAsOf';
import { RelationList } from './RelationList';
import { SourceList } from './SourceList';

/** Props for EntityCard. */
export interface EntityCardProps {
  entity: Entity;
  lookup: FactLookup;
  day: string | null;
  pageEntityIds?: readonly string[];
  onOpenRelated?: (id: string) => void;
  /** The reader's own part (notes), rendered below the public facts. */
  children?: ComponentChildren;
  /** Buttons beside the name (the hover card's "Open card" and "Close"). */
  actions?: ComponentChildren;
}

const TYPE_LABEL: Record<Entity['type'], string> = {
  person: 'Person', company: 'Company', government: 'Government body', organization: 'Organization',
  media: 'News organization', place: 'Place', country: 'Country or territory', program: 'Programme', event: 'Event',
};

/** An entity's card: public facts as of a day, then whatever the caller adds. */
export function EntityCard({ entity, lookup, day, pageEntityIds, onOpenRelated, children, actions }: EntityCardProps) {
  const undated = undatedFacts(entity).slice(0, 4);
  return (
    <div class="entity-card">
      <header>
        {/* Focusable from script only: a card opened from the keyboard puts focus here. */}
        <h2 id="card-title" tabIndex={-1}>{entity.name}</h2>
        <span class={`type type-${entity.type}`}>{TYPE_LABEL[entity.type]}</span>
        {actions && <span class="card-actions">{actions}</span>}
      </header>
      <p class="description">{entity.description}</p>
      <FactsAsOf entity={entity} lookup={lookup} day={day} />
      {undated.length > 0 && (
        <dl class="facts">
          {undated.map((f) => <div key={f.label}><dt>{f.label}</dt><dd>{f.value}</dd></div>)}
        </dl>
      )}
      <RelationList entity={entity} lookup={lookup} pageEntityIds={pageEntityIds} onOpen={onOpenRelated} />
      <SourceList entity={entity} />
      {children}
    </div>
  );
}
