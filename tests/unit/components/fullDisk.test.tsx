import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import axe from 'axe-core';
import type { ComponentChildren } from 'preact';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { EntityNotes } from '../../../components/EntityNotes';
import { ImportForm } from '../../../components/ImportForm';
import { ReaderOptions } from '../../../components/ReaderOptions';
import { SiteSwitch } from '../../../components/SiteSwitch';
import { BackstoryDB } from '../../../notebook/db';
import { exportNotebook } from '../../../notebook/exportJson';
import { DbContext } from '../../../notebook/hooks';
import { fillDiskAfter } from '../notebook/fullDisk';
import { fillNotebook } from '../notebook/generate';
import { dumpDb, T0 } from '../notebook/support';

let db: BackstoryDB;
let restoreDisk: () => void = () => undefined;

beforeEach(async () => {
  db = new BackstoryDB(`full-${crypto.randomUUID()}`);
  await db.settings.put({ key: 'paused', value: false });
});

afterEach(async () => {
  restoreDisk();
  await db.delete();
});

const show = (ui: ComponentChildren) => render(<DbContext.Provider value={db}>{ui}</DbContext.Provider>);
const noAxeViolations = async (container: Element) =>
  expect((await axe.run(container, { rules: { 'color-contrast': { enabled: false } } })).violations).toEqual([]);
const FULL = /no storage space left for Backstory .* Nothing was changed; free some disk space and try again\./;

test('a note typed on a full disk stays in the form, with a message that says why it was not saved', async () => {
  const view = show(<EntityNotes entityId="rapidus" page={{ url: 'https://a.example/', title: 'A', quote: '' }} now={() => T0} />);
  restoreDisk = await fillDiskAfter(db, 0);
  fireEvent.input(screen.getByPlaceholderText('Your note'), { target: { value: 'keep me' } });
  fireEvent.submit(screen.getByRole('form', { name: 'Add note' }));
  await waitFor(() => expect(within(screen.getByRole('form', { name: 'Add note' })).getByRole('status').textContent).toMatch(FULL));
  expect(within(screen.getByRole('form', { name: 'Add note' })).getByRole('status').textContent).toMatch(/^The note was not saved: /);
  expect((screen.getByPlaceholderText('Your note') as HTMLTextAreaElement).value).toBe('keep me');
  expect(await db.notes.count()).toBe(0);
  await noAxeViolations(view.container);
});

test('a switch on a full disk says so and flips back to what is stored', async () => {
  const view = show(<SiteSwitch hostname="example.com" now={() => T0} onChanged={async () => undefined} />);
  const toggle = await screen.findByRole('switch', { name: /Mark names on example\.com/ });
  expect((toggle as HTMLInputElement).checked).toBe(true);
  restoreDisk = await fillDiskAfter(db, 0);
  fireEvent.click(toggle);
  await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(FULL));
  expect((toggle as HTMLInputElement).checked).toBe(true);
  expect(await db.siteSettings.count()).toBe(0);
  await noAxeViolations(view.container);
});

test('the reading options on a full disk say so, keep the stored value, and clear the message once a write works', async () => {
  show(<ReaderOptions onChanged={async () => undefined} />);
  const pause = await screen.findByRole('switch', { name: 'Pause Backstory on every site' });
  restoreDisk = await fillDiskAfter(db, 0);
  fireEvent.click(pause);
  await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/^The setting was not changed: .*no storage space left/));
  expect((pause as HTMLInputElement).checked).toBe(false);
  // The same message again: the click unticks the box at once, and the refusal must tick it back.
  const people = screen.getByRole('checkbox', { name: 'People' }) as HTMLInputElement;
  fireEvent.click(people);
  expect(people.checked).toBe(false);
  await waitFor(() => expect(people.checked).toBe(true));
  expect(screen.getByRole('alert').textContent).toMatch(FULL);
  expect(await db.settings.get('disabledTypes')).toBeUndefined();
  restoreDisk();
  fireEvent.click(pause);
  await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  expect(await db.settings.get('paused')).toEqual({ key: 'paused', value: true });
});

test('an import on a full disk is refused whole, with one message', async () => {
  const source = new BackstoryDB(`source-${crypto.randomUUID()}`);
  await fillNotebook(source, 200, 4);
  const file = new File([JSON.stringify(await exportNotebook(source, () => T0))], 'notes.json', { type: 'application/json' });
  await source.delete();
  const view = show(<ImportForm />);
  const before = await dumpDb(db);
  restoreDisk = await fillDiskAfter(db, 150);
  const input = screen.getByLabelText('Import a Backstory export (JSON)') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
  await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/^The notebook was not imported: /));
  expect(screen.getByRole('alert').textContent).toMatch(FULL);
  expect(await dumpDb(db)).toEqual(before);
  await noAxeViolations(view.container);
});
