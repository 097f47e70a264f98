import { useMemo, useState } from 'preact/hooks';
import type { FactLookup } from '../factbase/lookup';
import type { CustomEntity, Note } from '../notebook/db';
import type { EntityName } from '../notebook/exportMarkdown';
import { createEntitySearch, createEntitySearchSliced, mergeHits, toEntityDoc, trackedEntityDoc } from '../search/entitySearch';
import { createNoteSearchSliced } from '../search/noteSearch';
import { CUSTOM_TYPE } from '../spotter/markTypes';
import { useAfterFirstPaint } from './useAfterFirstPaint';
import { useSlicedIndex } from './useSlicedIndex';

/** Props for SearchBox. */
export interface SearchBoxProps {
  /** Undefined while the fact base loads: notes and tracked names are searched meanwhile. */
  lookup: FactLookup | undefined;
  /** Undefined while the notebook is read. */
  notes: readonly Note[] | undefined;
  /** The names the reader tracks (undefined while loading). */
  tracked: readonly CustomEntity[] | undefined;
  /** Names the entity a note is on. */
  entityName: EntityName;
  /** Opens an entity's full card. */
  onOpen: (entityId: string) => void;
}

type Hit = { kind: 'entity'; id: string; label: string; detail: string } | { kind: 'note'; id: string; label: string; detail: string; entityId: string | null };

/** Fuzzy search over every entity, every name the reader tracks and every note, driven by arrow keys and Enter. */
export function SearchBox({ lookup, notes, tracked, entityName, onOpen }: SearchBoxProps) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  // The indexes are built after the first paint, a slice at a time: a popup opens at once and
  // takes keys however large the notebook is; until they are, a query is answered by the indexes
  // built before (after a note is saved, say), or by a word that more may follow.
  const painted = useAfterFirstPaint();
  const entityDocs = useMemo(() => lookup?.all().map(toEntityDoc), [lookup]);
  const entities = useSlicedIndex(entityDocs, createEntitySearchSliced, painted);
  const noteIndex = useSlicedIndex(notes, createNoteSearchSliced, painted);
  // The reader's own names get a small index of their own, so a change to them never rebuilds the fact base's.
  const searchTracked = useMemo(() => createEntitySearch((tracked ?? []).map(trackedEntityDoc)), [tracked]);
  const failed = entities.error ?? noteIndex.error;
  const reading = !failed && (!entities.current || !noteIndex.current);
  const hits: Hit[] = useMemo(() => query.trim().length < 2 ? [] : [
    ...mergeHits([searchTracked(query, 8), entities.index?.(query, 8) ?? []], 8).map(({ doc }): Hit => ({
      kind: 'entity', id: doc.id, label: doc.name, detail: doc.type === CUSTOM_TYPE ? 'tracked by you' : doc.type,
    })),
    ...(noteIndex.index?.(query, 5) ?? []).map((n): Hit => ({
      kind: 'note', id: n.id, label: n.text || n.quote, entityId: n.entityId,
      detail: n.entityId ? `note on ${entityName(n.entityId) ?? n.entityId}` : 'note',
    })),
  ], [query, searchTracked, entities.index, noteIndex.index, entityName]);
  const choose = (hit: Hit | undefined) => {
    const id = hit?.kind === 'entity' ? hit.id : hit?.entityId;
    if (id) onOpen(id);
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown') { e.preventDefault(); setActive((i) => Math.min(i + 1, hits.length - 1)); }
    else if (e.key === 'ArrowUp') { e.preventDefault(); setActive((i) => Math.max(i - 1, 0)); }
    else if (e.key === 'Enter') { e.preventDefault(); choose(hits[active]); }
  };
  const optionId = (i: number) => `search-hit-${i}`;
  return (
    <div class="search">
      <input type="search" placeholder="Search people, companies, notes…" aria-label="Search entities and notes"
        role="combobox" aria-expanded={hits.length > 0} aria-controls="search-results" aria-autocomplete="list"
        aria-activedescendant={hits.length ? optionId(active) : undefined} value={query}
        onInput={(e) => { setQuery(e.currentTarget.value); setActive(0); }} onKeyDown={onKey} />
      {query.trim().length >= 2 && reading && <p class="muted" role="status">Still reading your notes and the fact base; more may follow.</p>}
      {failed && <p class="error" role="alert">Search could not read everything ({failed}); close and reopen the popup to try again.</p>}
      {query.trim().length >= 2 && !reading && hits.length === 0 && <p class="muted">Nothing found for “{query.trim()}”.</p>}
      <ul id="search-results" role="listbox" aria-label="Search results" class="search-results">
        {hits.map((h, i) => (
          <li key={`${h.kind}-${h.id}`} id={optionId(i)} role="option" aria-selected={i === active}
            class={i === active ? 'active' : undefined} onClick={() => choose(h)}>
            <span class="hit-label">{h.label}</span> <span class="muted">{h.detail}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
