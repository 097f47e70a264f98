import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { notesKeptText } from '../../../components/TrackedNameStatus';
import { TrackedNames } from '../../../components/TrackedNames';
import { parseTrackForm, trackName, type TrackForm } from '../../../notebook/customEntities';
import type { BackstoryDB, CustomEntity } from '../../../notebook/db';
import { addNote } from '../../../notebook/notes';
import { dumpDb, freshDb, input, T0 } from '../notebook/support';
import { axeViolations, renderWithDb } from './support';

const EDITED_AT = T0 + 3_600_000;
let db: BackstoryDB;
let ledger: CustomEntity;
let refreshed: number;

async function track(form: Partial<TrackForm>, id: string): Promise<CustomEntity> {
  const parsed = parseTrackForm({ name: '', aliases: '', description: '', note: '', ...form });
  if (!parsed.ok) throw new Error(parsed.error);
  const saved = await trackName(db, parsed.value, { pageUrl: '', pageTitle: '', quote: '' }, () => T0, () => id);
  if (!saved.ok) throw new Error(saved.error);
  return saved.value;
}

beforeEach(async () => {
  db = freshDb();
  refreshed = 0;
  ledger = await track({ name: 'Meridian Ledger', aliases: 'The Ledger\nML', description: 'The demo pages’ newspaper.' }, 'c-ledger');
  await track({ name: 'Hanako Tanabe' }, 'c-tanabe');
  await addNote(db, input({ entityId: 'c-ledger', text: 'Owns the demo pages' }), () => T0, () => 'n-1');
  await addNote(db, input({ entityId: 'c-ledger', text: 'Second' }), () => T0 + 1, () => 'n-2');
});

afterEach(async () => {
  await db.delete();
});

const renderList = () => renderWithDb(db, <TrackedNames now={() => EDITED_AT} onChanged={async () => { refreshed++; }} />);

test('lists each tracked name A to Z with its other names and description; passes axe', async () => {
  const { container } = renderList();
  await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(2));
  expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['Hanako Tanabe', 'Meridian Ledger']);
  const item = screen.getByRole('heading', { name: 'Meridian Ledger' }).closest('li')!;
  expect(item.textContent).toContain('Also: The Ledger, ML');
  expect(item.textContent).toContain('The demo pages’ newspaper.');
  expect(await axeViolations(container)).toEqual([]);
});

test('Edit checks the form as the track window does; a refused edit changes nothing; a saved one refreshes pages and returns focus', async () => {
  const { container } = renderList();
  fireEvent.click(await screen.findByRole('button', { name: 'Edit tracked name: Meridian Ledger' }));
  const form = screen.getByRole('form', { name: 'Edit tracked name: Meridian Ledger' });
  const name = within(form).getByLabelText('Name') as HTMLInputElement;
  expect(document.activeElement).toBe(name);
  expect((within(form).getByLabelText('Other names, one per line') as HTMLTextAreaElement).value).toBe('The Ledger\nML');
  expect(await axeViolations(container)).toEqual([]);
  const before = await dumpDb(db);

  fireEvent.input(within(form).getByLabelText('Other names, one per line'), { target: { value: 'The Ledger\n-' } });
  fireEvent.click(within(form).getByRole('button', { name: 'Save' }));
  expect((await within(form).findByRole('alert')).textContent).toBe('The other name "-" needs at least two characters.');
  fireEvent.input(within(form).getByLabelText('Other names, one per line'), { target: { value: 'The Ledger' } });
  fireEvent.input(name, { target: { value: 'hanako TANABE' } });
  fireEvent.click(within(form).getByRole('button', { name: 'Save' }));
  await waitFor(() => expect(within(form).getByRole('alert').textContent).toBe('You already track "Hanako Tanabe".'));
  expect(await dumpDb(db)).toEqual(before);
  expect(refreshed).toBe(0);

  fireEvent.input(name, { target: { value: '  The  Meridian Ledger ' } });
  fireEvent.input(within(form).getByLabelText('Description'), { target: { value: 'Publisher of the demo pages.' } });
  fireEvent.click(within(form).getByRole('button', { name: 'Save' }));
  const edit = await screen.findByRole('button', { name: 'Edit tracked name: The Meridian Ledger' });
  await waitFor(() => expect(document.activeElement).toBe(edit));
  expect(await db.customEntities.get('c-ledger')).toEqual({ ...ledger, name: 'The Meridian Ledger', aliases: ['The Ledger'], description: 'Publisher of the demo pages.', updatedAt: EDITED_AT });
  expect(refreshed).toBe(1);
});

test('Escape cancels an edit and changes nothing', async () => {
  renderList();
  fireEvent.click(await screen.findByRole('button', { name: 'Edit tracked name: Hanako Tanabe' }));
  fireEvent.input(screen.getByLabelText('Name'), { target: { value: 'Someone else' } });
  fireEvent.keyDown(screen.getByLabelText('Name'), { key: 'Escape' });
  expect(screen.queryByRole('form')).toBeNull();
  expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Edit tracked name: Hanako Tanabe' }));
  expect((await db.customEntities.get('c-tanabe'))?.name).toBe('Hanako Tanabe');
  expect(refreshed).toBe(0);
});

test('Delete says what happens to the notes and offers Undo, which restores the identical entity with its notes', async () => {
  const { container } = renderList();
  const before = await dumpDb(db);
  fireEvent.click(await screen.findByRole('button', { name: 'Delete tracked name: Meridian Ledger' }));
  const status = screen.getByRole('status');
  await waitFor(() => expect(status.textContent).toBe('Deleted “Meridian Ledger”. Pages no longer mark it. Its 2 notes stay in your notebook, on no entity. Undo'));
  await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(1));
  expect(document.activeElement).toBe(within(status).getByRole('button', { name: 'Undo' }));
  expect(await db.customEntities.get('c-ledger')).toBeUndefined();
  expect((await db.notes.toArray()).map((n) => [n.id, n.entityId])).toEqual([['n-1', null], ['n-2', null]]);
  await waitFor(() => expect(refreshed).toBe(1));
  expect(await axeViolations(container)).toEqual([]);

  fireEvent.click(within(status).getByRole('button', { name: 'Undo' }));
  await waitFor(() => expect(status.textContent).toBe('Tracking “Meridian Ledger” again.'));
  const edit = await screen.findByRole('button', { name: 'Edit tracked name: Meridian Ledger' });
  await waitFor(() => expect(document.activeElement).toBe(edit));
  expect(await dumpDb(db)).toEqual(before);
  expect(refreshed).toBe(2);
});

test('with no tracked names it says how to track one', async () => {
  await db.customEntities.clear();
  renderList();
  expect((await screen.findByText(/None yet/)).textContent).toContain('right-click, and choose “Track … with Backstory”');
});

test('the delete message counts the notes it kept', () => {
  expect([0, 1, 3].map(notesKeptText)).toEqual(['', ' Its note stays in your notebook, on no entity.', ' Its 3 notes stay in your notebook, on no entity.']);
});
