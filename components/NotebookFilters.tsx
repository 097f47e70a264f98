import { useId } from 'preact/hooks';
import type { NoteFacets } from '../notebook/noteFacets';
import type { NoteFilter } from '../notebook/notes';
import { ChoiceSelect, type Choice } from './ChoiceSelect';

/** Props for NotebookFilters. */
export interface NotebookFiltersProps {
  filter: NoteFilter;
  facets: NoteFacets;
  entityName: (id: string) => string | undefined;
  onChange: (filter: NoteFilter) => void;
}

/** The entity select's value for "notes on no entity"; entity ids are slugs, so it cannot clash. */
const NO_ENTITY = ' none';
const SORTS: Choice[] = [{ value: 'newest', text: 'Newest first' }, { value: 'oldest', text: 'Oldest first' }];

/** Keeps the chosen value offered after its last note went (deleted, perhaps to be undone). */
const withCurrent = (values: readonly string[], current: string | null | undefined): string[] =>
  !current || values.some((v) => v.toLowerCase() === current.toLowerCase()) ? [...values] : [...values, current];

const choices = (values: readonly string[], text: (v: string) => string = (v) => v): Choice[] =>
  values.map((value) => ({ value, text: text(value) }));

/** Filters by words, entity, tag and site, and the date sort; only values some note has are offered. */
export function NotebookFilters({ filter, facets, entityName, onChange }: NotebookFiltersProps) {
  const wordsId = useId();
  const set = (patch: Partial<NoteFilter>) => onChange({ ...filter, ...patch });
  const entities = choices(withCurrent(facets.entityIds, filter.entityId), (id) => entityName(id) ?? id)
    .sort((a, b) => a.text.localeCompare(b.text));
  if (facets.hasUnlinked || filter.entityId === null) entities.unshift({ value: NO_ENTITY, text: '(no entity)' });
  return (
    <div class="notebook-filters" role="group" aria-label="Filter notes">
      <div class="field">
        <label for={wordsId}>Words</label>
        <input id={wordsId} type="search" name="text" value={filter.text ?? ''} onInput={(e) => set({ text: e.currentTarget.value })} />
      </div>
      <ChoiceSelect label="Entity" name="entity" all="All entities" choices={entities}
        value={filter.entityId === undefined ? '' : filter.entityId ?? NO_ENTITY}
        onChange={(v) => set({ entityId: v === '' ? undefined : v === NO_ENTITY ? null : v })} />
      <ChoiceSelect label="Tag" name="tag" all="All tags" choices={choices(withCurrent(facets.tags, filter.tag), (t) => `#${t}`)}
        value={filter.tag ?? ''} onChange={(v) => set({ tag: v || undefined })} />
      <ChoiceSelect label="Site" name="site" all="All sites" choices={choices(withCurrent(facets.sites, filter.site))}
        value={filter.site ?? ''} onChange={(v) => set({ site: v || undefined })} />
      <ChoiceSelect label="Sort" name="sort" choices={SORTS} value={filter.sort}
        onChange={(v) => set({ sort: v === 'oldest' ? 'oldest' : 'newest' })} />
    </div>
  );
}
