import { screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { PopupApp } from '../../../components/PopupApp';
import { createLookup, type FactLookup } from '../../../factbase/lookup';
import type { BackstoryDB } from '../../../notebook/db';
import { addNote } from '../../../notebook/notes';
import { validEntity } from '../factbase/entity';
import { freshDb, input, T0 } from '../notebook/support';
import { renderWithDb } from './support';

const lookup = createLookup({ version: 1, entities: [validEntity()] });
const entityId = validEntity().id;
let db: BackstoryDB;

beforeEach(async () => {
  db = freshDb();
  await addNote(db, input({ entityId: null, text: 'A note on no entity', quote: '' }), () => T0, () => 'n-1');
});
afterEach(async () => { await db.delete(); });

/** A loader that records when the popup asked for the fact base. */
function recordingLoader(log: string[]): () => Promise<FactLookup> {
  return async () => {
    log.push(`load after notes shown: ${document.querySelector('.notes li') !== null}`);
    return lookup;
  };
}

const renderPopup = (load: () => Promise<FactLookup>, initialEntity: string | null = null) => renderWithDb(db,
  <PopupApp lookup={load} loadSummary={async () => ({ ok: false, error: 'no tab' })} now={() => T0}
    refreshPages={async () => undefined} openNotebook={() => undefined} initialEntity={initialEntity} />);

test('the fact base is loaded once, and only after the latest notes are on screen', async () => {
  const log: string[] = [];
  renderPopup(recordingLoader(log));
  await screen.findByText('A note on no entity');
  await waitFor(() => expect(log).toEqual(['load after notes shown: true']));
  // Asked for once: later renders do not load it again.
  await new Promise((r) => setTimeout(r, 50));
  expect(log).toHaveLength(1);
});

test('opened on an entity ("Open card"), the popup loads the fact base at once and shows the card', async () => {
  const log: string[] = [];
  renderPopup(recordingLoader(log), entityId);
  await waitFor(() => expect(log).toEqual(['load after notes shown: false']));
  expect(await screen.findByRole('heading', { level: 2, name: validEntity().name })).toBeTruthy();
});
