import { useEffect, useState } from 'preact/hooks';
import type { FactLookup } from '../factbase/lookup';
import type { PageSummary, Result } from '../messaging/protocol';
import { addNote } from '../notebook/notes';
import { useAllNotesWhen, useCountedNotes, useDb, useNotedEntityIds, useRecentNotes } from '../notebook/hooks';
import { useCustomEntities, useCustomEntity, useNamesOf } from '../notebook/customHooks';
import { CustomEntityCard } from './CustomEntityCard';
import { withCustomNames } from './customNames';
import { EntityCard } from './EntityCard';
import { EditableNoteList } from './EditableNoteList';
import { EntityNotes } from './EntityNotes';
import { ExportButton } from './ExportButton';
import { NoteForm } from './NoteForm';
import { noteCount } from './NotebookView';
import { OnThisPage } from './OnThisPage';
import { SearchBox } from './SearchBox';
import { SeenIn } from './SeenIn';
import { SiteSwitch } from './SiteSwitch';
import { useAfterFirstPaint } from './useAfterFirstPaint';
import { useEntityName } from './useEntityName';
import { useResolved, type Deferred } from './useResolved';

const hostOf = (url: string) => { try { return new URL(url).hostname; } catch { return ''; } };

/** Props for PopupApp. */
export interface PopupAppProps {
  /** The fact base, or its loader: the popup calls it once its first view is on screen. */
  lookup: Deferred<FactLookup>;
  loadSummary: () => Promise<Result<PageSummary>>;
  now: () => number;
  /** Asks open pages to read their settings again after a switch changed. */
  refreshPages: () => Promise<void>;
  /** Opens the options page, where the whole notebook can be filtered and sorted. */
  openNotebook: () => void;
  /** The entity to show first (the hover card's "Open card"). */
  initialEntity?: string | null;
}

/** The toolbar popup: what is on this page, entity cards, and the notebook. */
export function PopupApp({ lookup: lookupSource, loadSummary, now, refreshPages, openNotebook, initialEntity = null }: PopupAppProps) {
  const db = useDb();
  const [summary, setSummary] = useState<Result<PageSummary> | null>(null);
  const [open, setOpen] = useState<string | null>(initialEntity);
  const [noteEntity, setNoteEntity] = useState('');
  // The first paint reads only the latest notes; the whole notebook (for search) is read once
  // they are on screen, so its reading does not hold them up.
  const { value: recent } = useRecentNotes(10);
  const firstViewShown = useAfterFirstPaint() && recent !== undefined;
  const { value: notes } = useAllNotesWhen(firstViewShown);
  // Parsing the fact base (2 MB of script) holds the thread for ~100 ms: not before the latest
  // notes are on screen, unless the popup opens on an entity's card, which needs it first.
  const lookup = useResolved(lookupSource, firstViewShown || initialEntity !== null);
  const { value: noted = new Set<string>() } = useNotedEntityIds();
  // The count alone is cheap (an index count), so the button need not wait for the whole notebook.
  const { value: total } = useCountedNotes();
  useEffect(() => void loadSummary().then(setSummary), [loadSummary]);
  // After a switch, the page re-reads its settings; then the list shows what is marked now.
  const refresh = async () => {
    await refreshPages();
    setSummary(await loadSummary());
  };
  // One live query of the tracked names serves the page list, note labels and search.
  const tracked = useCustomEntities().value;
  const customNames = useNamesOf(tracked);
  const page = summary?.ok ? withCustomNames(summary.value, customNames) : null;
  const entity = open ? lookup?.get(open) : undefined;
  const custom = useCustomEntity(open && !entity ? open : null);
  const entityName = useEntityName(lookup, customNames);

  if (entity && lookup) {
    return (
      <main class="popup">
        <button type="button" class="linklike" onClick={() => setOpen(null)}>← Back</button>
        <div role="region" aria-labelledby="card-title">
          <EntityCard entity={entity} lookup={lookup} day={page?.articleDate ?? null}
            pageEntityIds={page?.entities.map((e) => e.entityId)} onOpenRelated={setOpen}>
            <EntityNotes entityId={entity.id} page={{ url: page?.url ?? '', title: page?.title ?? '', quote: '' }} now={now} />
            <SeenIn entityId={entity.id} />
          </EntityCard>
        </div>
      </main>
    );
  }
  if (custom) {
    return (
      <main class="popup">
        <button type="button" class="linklike" onClick={() => setOpen(null)}>← Back</button>
        <div role="region" aria-labelledby="card-title">
          <CustomEntityCard entity={custom}>
            <EntityNotes entityId={custom.id} page={{ url: page?.url ?? '', title: page?.title ?? '', quote: '' }} now={now} />
            <SeenIn entityId={custom.id} />
          </CustomEntityCard>
        </div>
      </main>
    );
  }
  const save = async (text: string, tags: string[]) => {
    await addNote(db, { entityId: noteEntity || null, pageUrl: page?.url ?? '', pageTitle: page?.title ?? '', quote: '', text, tags }, now);
  };
  return (
    <main class="popup">
      <h1>Backstory</h1>
      <SearchBox lookup={lookup} notes={notes} tracked={tracked} entityName={entityName} onOpen={setOpen} />
      <section aria-labelledby="on-page-title">
        <h2 id="on-page-title">On this page</h2>
        {!summary && <p class="muted">Reading the page…</p>}
        {summary && !summary.ok && <p class="muted">Backstory is not running on this page.</p>}
        {page && <SiteSwitch hostname={hostOf(page.url)} now={now} onChanged={refresh} />}
        {page && !page.enabled && <p class="muted">Backstory is off here: names are not marked.</p>}
        {page?.enabled && <OnThisPage entities={page.entities} noted={noted} onOpen={setOpen} />}
      </section>
      <section aria-labelledby="new-note-title">
        <h2 id="new-note-title">New note</h2>
        <label class="field">
          About{' '}
          <select name="entity" value={noteEntity} onChange={(e) => setNoteEntity(e.currentTarget.value)}>
            <option value="">(no entity)</option>
            {page?.entities.map((e) => <option key={e.entityId} value={e.entityId}>{e.name}</option>)}
          </select>
        </label>
        <NoteForm onSave={save} label="Save note" />
      </section>
      <section aria-labelledby="notes-title">
        <h2 id="notes-title">Recent notes</h2>
        <EditableNoteList notes={recent ?? []} now={now} showPage entityName={entityName} />
        <button type="button" class="linklike" onClick={openNotebook}>Open the notebook{total === undefined ? '' : ` (${noteCount(total)})`}</button>
        <ExportButton now={now} />
      </section>
    </main>
  );
}
