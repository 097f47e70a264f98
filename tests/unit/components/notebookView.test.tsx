import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { NotebookView } from '../../../components/NotebookView';
import { PopupApp } from '../../../components/PopupApp';
import { createLookup } from '../../../factbase/lookup';
import type { Entity } from '../../../factbase/types';
import type { BackstoryDB } from '../../../notebook/db';
import { addNote } from '../../../notebook/notes';
import { freshDb, input, T0 } from '../notebook/support';
import { axeViolations, renderWithDb } from './support';

const names: Record<string, string> = { rapidus: 'Rapidus', 'gina-raimondo': 'Gina Raimondo' };
const entityName = (id: string) => names[id];
const DAY = 86_400_000;

let db: BackstoryDB;

beforeEach(async () => {
  db = freshDb();
  const notes = [
    { entityId: 'rapidus', text: 'Chitose pilot line', tags: ['chips', 'hokkaido'], pageUrl: 'https://www.reuters.com/a' },
    { entityId: 'gina-raimondo', text: 'Tokyo visit, export rules', tags: ['Chips'], pageUrl: 'https://asia.nikkei.com/b' },
    { entityId: null, text: 'Subsidy totals to compare', tags: ['budget'], pageUrl: 'https://reuters.com/c' },
    { entityId: 'rapidus', text: 'IBM 2 nm partnership', tags: [], pageUrl: 'https://www.nikkei.com/d' },
  ];
  for (const [i, patch] of notes.entries()) {
    await addNote(db, input({ ...patch, quote: '' }), () => T0 + i * DAY, () => `n${i + 1}`);
  }
});

afterEach(async () => {
  await db.delete();
});

const count = () => document.querySelector('.notebook-count')!.textContent;
const shownTexts = () => [...document.querySelectorAll('.notebook .note-text')].map((p) => p.textContent);
const choose = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

test('filters by tag, site, entity and words, sorts by date, and counts what it shows', async () => {
  const { container } = renderWithDb(db, <NotebookView now={() => T0 + 9 * DAY} entityName={entityName} />);
  await waitFor(() => expect(count()).toBe('4 of 4 notes'));
  expect(shownTexts()).toEqual(['IBM 2 nm partnership', 'Subsidy totals to compare', 'Tokyo visit, export rules', 'Chitose pilot line']);
  // Only values some note has are offered; "chips" and "Chips" are one tag (the newest spelling shows).
  expect([...(screen.getByLabelText('Tag') as HTMLSelectElement).options].map((o) => o.text)).toEqual(['All tags', '#budget', '#Chips', '#hokkaido']);
  expect([...(screen.getByLabelText('Site') as HTMLSelectElement).options].map((o) => o.value)).toEqual(['', 'asia.nikkei.com', 'nikkei.com', 'reuters.com']);
  expect([...(screen.getByLabelText('Entity') as HTMLSelectElement).options].map((o) => o.text)).toEqual(['All entities', '(no entity)', 'Gina Raimondo', 'Rapidus']);
  expect(await axeViolations(container)).toEqual([]);

  choose('Tag', 'Chips');
  await waitFor(() => expect(count()).toBe('2 of 4 notes'));
  expect(shownTexts()).toEqual(['Tokyo visit, export rules', 'Chitose pilot line']);
  choose('Sort', 'oldest');
  await waitFor(() => expect(shownTexts()).toEqual(['Chitose pilot line', 'Tokyo visit, export rules']));
  choose('Site', 'reuters.com'); // also www.reuters.com
  await waitFor(() => expect(count()).toBe('1 of 4 notes'));
  choose('Tag', '');
  await waitFor(() => expect(shownTexts()).toEqual(['Chitose pilot line', 'Subsidy totals to compare']));
  choose('Entity', ' none');
  await waitFor(() => expect(shownTexts()).toEqual(['Subsidy totals to compare']));
  choose('Entity', '');
  choose('Site', '');
  fireEvent.input(screen.getByLabelText('Words'), { target: { value: 'PILOT chitose' } });
  await waitFor(() => expect(count()).toBe('1 of 4 notes'));
  fireEvent.input(screen.getByLabelText('Words'), { target: { value: 'nothing like this' } });
  await waitFor(() => expect(screen.getByText('No notes match these filters.')).toBeTruthy());
  expect(count()).toBe('0 of 4 notes');
});

test('an edit in one open view shows at once in another; a filter keeps its tag while its last note is deleted, until Undo', async () => {
  const options = renderWithDb(db, <NotebookView now={() => T0 + 9 * DAY} entityName={entityName} />);
  const popup = renderWithDb(db, <PopupApp lookup={createLookup({ version: 1, entities: [] as Entity[] })} now={() => T0 + 9 * DAY}
    loadSummary={async () => ({ ok: false, error: 'no tab' })} refreshPages={async () => undefined} openNotebook={() => undefined} />);
  const inPopup = within(popup.container as HTMLElement);
  const inOptions = within(options.container as HTMLElement);
  await waitFor(() => expect(inPopup.getAllByRole('listitem')).toHaveLength(4));
  // Each view reads on its own; the notebook's read (in chunks, one transaction) may land later.
  await waitFor(() => expect(inOptions.getAllByRole('listitem')).toHaveLength(4));

  fireEvent.click(inOptions.getByRole('button', { name: 'Edit note: Chitose pilot line' }));
  fireEvent.input(inOptions.getByLabelText('Note text'), { target: { value: 'Chitose pilot line, April 2025' } });
  fireEvent.click(inOptions.getByRole('button', { name: 'Save' }));
  await waitFor(() => expect(inPopup.getByText('Chitose pilot line, April 2025')).toBeTruthy());

  fireEvent.change(inOptions.getByLabelText('Tag'), { target: { value: 'budget' } });
  await waitFor(() => expect(inOptions.getAllByRole('listitem')).toHaveLength(1));
  fireEvent.click(inOptions.getByRole('button', { name: 'Delete note: Subsidy totals to compare' }));
  await waitFor(() => expect(inPopup.queryByText('Subsidy totals to compare')).toBeNull());
  expect((inOptions.getByLabelText('Tag') as HTMLSelectElement).value).toBe('budget');
  await waitFor(() => expect(inOptions.getByText('No notes match these filters.')).toBeTruthy());
  fireEvent.click(inOptions.getByRole('button', { name: 'Undo' }));
  await waitFor(() => expect(inPopup.getByText('Subsidy totals to compare')).toBeTruthy());
  await waitFor(() => expect(inOptions.getAllByRole('listitem')).toHaveLength(1));
});

test('the popup’s recent notes can be edited and deleted, and its button opens the notebook', async () => {
  const openNotebook = vi.fn();
  const { container } = renderWithDb(db, <PopupApp lookup={createLookup({ version: 1, entities: [] as Entity[] })} now={() => T0}
    loadSummary={async () => ({ ok: false, error: 'no tab' })} refreshPages={async () => undefined} openNotebook={openNotebook} />);
  const recent = within(screen.getByRole('region', { name: 'Recent notes' }));
  await waitFor(() => expect(recent.getAllByRole('listitem')).toHaveLength(4));
  expect(recent.getByRole('button', { name: 'Edit note: IBM 2 nm partnership' })).toBeTruthy();
  fireEvent.click(recent.getByRole('button', { name: 'Delete note: IBM 2 nm partnership' }));
  await waitFor(() => expect(recent.getByRole('status').textContent).toBe('Note deleted. Undo'));
  fireEvent.click(await recent.findByRole('button', { name: 'Open the notebook (3 notes)' }));
  expect(openNotebook).toHaveBeenCalledTimes(1);
  expect(await axeViolations(container)).toEqual([]);
});

test('a long notebook draws 100 notes at a time, and counts them all', async () => {
  await db.notes.bulkAdd(Array.from({ length: 226 }, (_, i) => ({ ...input({ text: `bulk ${i}` }), id: `b${i}`, createdAt: T0 - i - 1, updatedAt: T0 - i - 1 })));
  renderWithDb(db, <NotebookView now={() => T0} entityName={entityName} />);
  await waitFor(() => expect(count()).toBe('230 of 230 notes'));
  expect(shownTexts()).toHaveLength(100);
  fireEvent.click(screen.getByRole('button', { name: 'Show 100 more of 130 left' }));
  await waitFor(() => expect(shownTexts()).toHaveLength(200));
  fireEvent.click(screen.getByRole('button', { name: 'Show 30 more of 30 left' }));
  await waitFor(() => expect(shownTexts()).toHaveLength(230));
  expect(screen.queryByRole('button', { name: /^Show/ })).toBeNull();
  expect(shownTexts().at(-1)).toBe('bulk 225'); // the oldest, newest first
});
