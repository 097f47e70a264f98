import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { EditableNoteList } from '../../../components/EditableNoteList';
import type { BackstoryDB, Note } from '../../../notebook/db';
import { useNotes } from '../../../notebook/hooks';
import { addNote } from '../../../notebook/notes';
import { freshDb, input, T0 } from '../notebook/support';
import { axeViolations, renderWithDb } from './support';

const EDITED_AT = T0 + 3_600_000;

/** The list as the popup shows it: every note, live. */
function LiveList() {
  const { value: notes = [] } = useNotes();
  return <EditableNoteList notes={notes} now={() => EDITED_AT} showPage entityName={(id) => (id === 'rapidus' ? 'Rapidus' : undefined)} />;
}

let db: BackstoryDB;
let first: Note;
let second: Note;

beforeEach(async () => {
  db = freshDb();
  first = await addNote(db, input({ text: 'Check the Chitose fab timeline', entityId: 'rapidus', tags: ['chips', 'hokkaido'] }), () => T0, () => 'n1');
  second = await addNote(db, input({ text: 'Ask about export rules', quote: '', tags: [] }), () => T0 + 1, () => 'n2');
});

afterEach(async () => {
  await db.delete();
});

test('Edit opens the note in place; saving changes its text and tags, keeps its id and creation time, and returns focus', async () => {
  renderWithDb(db, <LiveList />);
  fireEvent.click(await screen.findByRole('button', { name: 'Edit note: Check the Chitose fab timeline' }));
  const form = screen.getByRole('form', { name: 'Edit note' });
  const text = within(form).getByLabelText('Note text') as HTMLTextAreaElement;
  expect(document.activeElement).toBe(text);
  expect((within(form).getByLabelText('Note tags') as HTMLInputElement).value).toBe('chips hokkaido');
  fireEvent.input(text, { target: { value: '  Chitose fab: pilot line April 2025 ' } });
  fireEvent.input(within(form).getByLabelText('Note tags'), { target: { value: 'chips fabs CHIPS' } });
  fireEvent.click(within(form).getByRole('button', { name: 'Save' }));

  await waitFor(() => expect(screen.queryByRole('form', { name: 'Edit note' })).toBeNull());
  expect(await db.notes.get('n1')).toEqual({ ...first, text: 'Chitose fab: pilot line April 2025', tags: ['chips', 'fabs'], updatedAt: EDITED_AT });
  const edit = await screen.findByRole('button', { name: 'Edit note: Chitose fab: pilot line April 2025' });
  await waitFor(() => expect(document.activeElement).toBe(edit));
  const item = edit.closest('li')!;
  expect(item.textContent).toContain('(edited)');
  expect(item.textContent).toContain('#chips #fabs');
  expect(item.textContent).toContain('Rapidus');
});

test('Escape cancels an edit; a note emptied of text and quote is refused with a message and left as it was', async () => {
  renderWithDb(db, <LiveList />);
  fireEvent.click(await screen.findByRole('button', { name: 'Edit note: Ask about export rules' }));
  const text = screen.getByLabelText('Note text');
  fireEvent.input(text, { target: { value: 'discarded draft' } });
  fireEvent.keyDown(text, { key: 'Escape' });
  expect(screen.queryByRole('form', { name: 'Edit note' })).toBeNull();
  expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Edit note: Ask about export rules' }));

  fireEvent.click(screen.getByRole('button', { name: 'Edit note: Ask about export rules' }));
  fireEvent.input(screen.getByLabelText('Note text'), { target: { value: '   ' } });
  fireEvent.keyDown(screen.getByLabelText('Note text'), { key: 'Enter', ctrlKey: true });
  expect((await screen.findByRole('alert')).textContent).toBe('A note needs some text or a quote.');
  expect(screen.getByRole('form', { name: 'Edit note' })).toBeTruthy(); // the draft stays open
  expect(await db.notes.get('n2')).toEqual(second);
});

test('Delete says "Note deleted. Undo" in a status region; Undo puts back the identical note; axe passes', async () => {
  const { container } = renderWithDb(db, <LiveList />);
  const status = screen.getByRole('status');
  expect(status.textContent).toBe('');
  fireEvent.click(await screen.findByRole('button', { name: 'Delete note: Check the Chitose fab timeline' }));

  await waitFor(() => expect(status.textContent).toBe('Note deleted. Undo'));
  const undo = within(status).getByRole('button', { name: 'Undo' });
  await waitFor(() => expect(document.activeElement).toBe(undo)); // the Delete button is gone with its note
  expect(await db.notes.get('n1')).toBeUndefined();
  await waitFor(() => expect(screen.queryByText('Check the Chitose fab timeline')).toBeNull());
  expect(await axeViolations(container)).toEqual([]);

  fireEvent.click(undo);
  await waitFor(() => expect(status.textContent).toBe('Note restored.'));
  expect(await db.notes.get('n1')).toEqual(first);
  const edit = await screen.findByRole('button', { name: 'Edit note: Check the Chitose fab timeline' });
  await waitFor(() => expect(document.activeElement).toBe(edit));
  expect(screen.getAllByRole('listitem').map((li) => li.querySelector('.note-text')?.textContent))
    .toEqual(['Ask about export rules', 'Check the Chitose fab timeline']);
  expect(await axeViolations(container)).toEqual([]);
});

test('the editor passes axe', async () => {
  const { container } = renderWithDb(db, <LiveList />);
  fireEvent.click(await screen.findByRole('button', { name: 'Edit note: Ask about export rules' }));
  expect(await axeViolations(container)).toEqual([]);
});
