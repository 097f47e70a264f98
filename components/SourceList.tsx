import type { Entity } from '../factbase/types';
import { safeHref } from '../factbase/lookup';
import { formatDate } from '../factbase/timeline';

/** Props for SourceList. */
export interface SourceListProps {
  entity: Entity;
}

/** Every source the entity's facts name, as plain http(s) links. */
export function SourceList({ entity }: SourceListProps) {
  const sources = Object.entries(entity.sources);
  return (
    <details class="sources">
      <summary>Sources ({sources.length})</summary>
      <ol>
        {sources.map(([key, s]) => {
          const href = safeHref(s.url);
          return (
            <li key={key}>
              {href ? <a href={href} target="_blank" rel="noopener noreferrer">{s.title}</a> : s.title}
              <span class="muted"> · checked {formatDate(s.checked)}</span>
            </li>
          );
        })}
      </ol>
    </details>
  );
}
