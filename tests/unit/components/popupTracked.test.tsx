import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { PopupApp } from '../../../components/PopupApp';
import { createLookup } from '../../../factbase/lookup';
import type { PageSummary, Result } from '../../../messaging/protocol';
import { parseTrackForm, trackName } from '../../../notebook/customEntities';
import type { BackstoryDB } from '../../../notebook/db';
import { addNote } from '../../../notebook/notes';
import { validEntity } from '../factbase/entity';
import { freshDb, input, T0 } from '../notebook/support';
import { axeViolations, renderWithDb } from './support';

const lookup = createLookup({ version: 1, entities: [validEntity()] });
// What a content script reports: an opaque id and the kind only, never the tracked name itself.
const summary: Result<PageSummary> = { ok: true, value: { url: 'https://news.example/a', title: 'A', articleDate: null, enabled: true, entities: [
  { entityId: 'yasutoshi-nishimura', name: 'Yasutoshi Nishimura', type: 'person', count: 2 },
  { entityId: 'c-ledger', name: '', type: 'custom', count: 3 },
] } };

let db: BackstoryDB;

beforeEach(async () => {
  db = freshDb();
  const form = parseTrackForm({ name: 'Meridian Ledger', aliases: 'The Ledger', description: 'Publisher of the demo pages.', note: '' });
  if (!form.ok) throw new Error(form.error);
  await trackName(db, form.value, { pageUrl: '', pageTitle: '', quote: '' }, () => T0, () => 'c-ledger');
  await addNote(db, input({ entityId: 'c-ledger', text: 'Check who owns it', quote: '' }), () => T0, () => 'n-1');
});

afterEach(async () => {
  await db.delete();
});

const renderPopup = () => renderWithDb(db, <PopupApp lookup={lookup} loadSummary={async () => summary} now={() => T0}
  refreshPages={async () => undefined} openNotebook={() => undefined} />);

test('"On this page" lists tracked names first, in a group of their own, named from the database; passes axe', async () => {
  const { container } = renderPopup();
  const group = await screen.findByRole('region', { name: 'Names you track' });
  await waitFor(() => expect(within(group).getByRole('button', { name: 'Meridian Ledger' })).toBeTruthy());
  expect(group.textContent).toContain('×3');
  await waitFor(() => expect(group.textContent).toContain('notes'));
  expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['Names you track', 'person']);
  // The note form's menu names it too.
  expect([...(screen.getByLabelText('About') as HTMLSelectElement).options].map((o) => o.text)).toContain('Meridian Ledger');
  expect(await axeViolations(container)).toEqual([]);
  fireEvent.click(within(group).getByRole('button', { name: 'Meridian Ledger' }));
  const card = await screen.findByRole('region', { name: 'Meridian Ledger' });
  await waitFor(() => expect(card.textContent).toContain('Check who owns it'));
});

test('search finds a tracked name by name (typos too), other name and description; Enter opens its card', async () => {
  renderPopup();
  const box = screen.getByRole('combobox', { name: 'Search entities and notes' });
  for (const query of ['Meridan Ledger', 'The Ledger', 'publisher']) {
    fireEvent.input(box, { target: { value: query } });
    await waitFor(() => expect(screen.getAllByRole('option')[0]!.textContent).toBe('Meridian Ledger tracked by you'));
  }
  // A note on it is named by the tracked name, not its id.
  fireEvent.input(box, { target: { value: 'who owns' } });
  await waitFor(() => expect(screen.getByRole('option', { name: /Check who owns it/ }).textContent).toContain('note on Meridian Ledger'));
  fireEvent.input(box, { target: { value: 'Ledger' } });
  await waitFor(() => expect(screen.getAllByRole('option')[0]!.textContent).toContain('Meridian Ledger'));
  fireEvent.keyDown(box, { key: 'Enter' });
  const card = await screen.findByRole('region', { name: 'Meridian Ledger' });
  expect(card.textContent).toContain('Publisher of the demo pages.');
  expect(card.textContent).toContain('Tracked by you');
});
