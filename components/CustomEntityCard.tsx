import type { ComponentChildren } from 'preact';
import type { CustomEntity } from '../notebook/db';

/** Props for CustomEntityCard. */
export interface CustomEntityCardProps {
  entity: CustomEntity;
  /** The reader's notes (and, in the popup, where it was seen). */
  children?: ComponentChildren;
}

/** The card of a name the reader tracks: their own description and other names, then their notes. */
export function CustomEntityCard({ entity, children }: CustomEntityCardProps) {
  return (
    <div class="entity-card">
      <header>
        <h2 id="card-title">{entity.name}</h2>
        <span class="type type-custom">Tracked by you</span>
      </header>
      {entity.description && <p class="description">{entity.description}</p>}
      {entity.aliases.length > 0 && <p class="muted small">Also: {entity.aliases.join(', ')}</p>}
      {children}
    </div>
  );
}
