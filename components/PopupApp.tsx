import { useEffect, useState } from 'preact/hooks';
import type { FactLookup } from '../factbase/lookup';
import type { PageSummary, Result } from '../messaging/protocol';
import { addNote } from '../notebook/notes';
import { useAllNotesWhen, useDb, useNotedEntityIds, useRecentNotes } from '../notebook/hooks';
import { EntityCard } from './EntityCard';
import { EntityNotes } from './EntityNotes';
import { ExportButton } from './ExportButton';
import { NoteForm } from './NoteForm';
import { NoteList } from './NoteList';
import { OnThisPage } from './OnThisPage';
import { SearchBox } from './SearchBox';
import { SiteSwitch } from './SiteSwitch';
import { useAfterFirstPaint } from './useAfterFirstPaint';

const hostOf = (url: string) => { try { return new URL(url).hostname; } catch { return ''; } };

/** Props for PopupApp. */
export interface PopupAppProps {
  lookup: FactLookup;
  loadSummary: () => Promise<Result<PageSummary>>;
  now: () => number;
  /** Asks open pages to read their settings again after a switch changed. */
  refreshPages: () => Promise<void>;
}

/** The toolbar popup: what is on this page, entity cards, and the notebook. */
export function PopupApp({ lookup, loadSummary, now, refreshPages }: PopupAppProps) {
  const db = useDb();
  const [summary, setSummary] = useState<Result<PageSummary> | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const [noteEntity, setNoteEntity] = useState('');
  // The first paint reads only the latest notes; the whole notebook (for search) is read once
  // they are on screen, so its reading does not hold them up.
  const { value: recent } = useRecentNotes(10);
  const { value: notes = [] } = useAllNotesWhen(useAfterFirstPaint() && recent !== undefined);
  const { value: noted = new Set<string>() } = useNotedEntityIds();
  useEffect(() => void loadSummary().then(setSummary), [loadSummary]);
  // After a switch, the page re-reads its settings; then the list shows what is marked now.
  const refresh = async () => {
    await refreshPages();
    setSummary(await loadSummary());
  };
  const page = summary?.ok ? summary.value : null;
  const entity = open ? lookup.get(open) : undefined;

  if (entity) {
    return (
      <main class="popup">
        <button type="button" class="linklike" onClick={() => setOpen(null)}>← Back</button>
        <div role="region" aria-labelledby="card-title">
          <EntityCard entity={entity} lookup={lookup} day={page?.articleDate ?? null}
            pageEntityIds={page?.entities.map((e) => e.entityId)} onOpenRelated={setOpen}>
            <EntityNotes entityId={entity.id} page={{ url: page?.url ?? '', title: page?.title ?? '', quote: '' }} now={now} />
          </EntityCard>
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
      <SearchBox lookup={lookup} notes={notes} onOpen={setOpen} />
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
        <NoteList notes={recent ?? []} showPage />
        <ExportButton now={now} />
      </section>
    </main>
  );
}
