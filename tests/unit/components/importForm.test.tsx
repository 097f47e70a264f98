import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { ImportForm } from '../../../components/ImportForm';
import { importFileHere, type ImportFile } from '../../../notebook/importFile';
import { UNKNOWN_ANSWER } from '../../../notebook/importInWorker';
import { parseTrackForm, trackName } from '../../../notebook/customEntities';
import type { BackstoryDB } from '../../../notebook/db';
import { exportNotebook } from '../../../notebook/exportJson';
import { freshDb, T0 } from '../notebook/support';
import { axeViolations, renderWithDb } from './support';

let source: BackstoryDB;
let target: BackstoryDB;
let file: string;

beforeEach(async () => {
  source = freshDb();
  target = freshDb();
  const form = parseTrackForm({ name: 'Meridian Ledger', aliases: '', description: '', note: 'Owns the demo pages' });
  if (!form.ok) throw new Error(form.error);
  await trackName(source, form.value, { pageUrl: 'https://news.example/a', pageTitle: '', quote: '' }, () => T0);
  file = JSON.stringify(await exportNotebook(source, () => T0));
});

afterEach(async () => {
  await Promise.all([source.delete(), target.delete()]);
});

/** Chooses a file in the form's file input, as a reader would. */
function choose(text: string) {
  const input = screen.getByLabelText('Import a Backstory export (JSON)') as HTMLInputElement;
  Object.defineProperty(input, 'files', { configurable: true, value: [new File([text], 'backup.json', { type: 'application/json' })] });
  fireEvent.change(input);
}

test('an import that adds tracked names has open pages re-mark; one that adds nothing, or fails, does not; passes axe', async () => {
  let refreshed = 0;
  const { container } = renderWithDb(target, <ImportForm onImported={async () => { refreshed++; }} />);
  expect(await axeViolations(container)).toEqual([]);
  choose(file);
  await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Imported 2 records; 0 were already in your notebook.'));
  expect((await target.customEntities.toArray()).map((e) => e.name)).toEqual(['Meridian Ledger']);
  expect(refreshed).toBe(1);

  choose(file);
  await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Imported 0 records; 2 were already in your notebook.'));
  choose(file.slice(0, 40));
  await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('This file is not valid JSON: it may be truncated or damaged. Nothing was imported.'));
  expect(refreshed).toBe(1);
});

test('counts read as the reader writes them: thousands separated, one record singular', async () => {
  const counts: ImportFile = async () => ({ ok: true, value: { added: 100_000, skipped: 1 } });
  renderWithDb(target, <ImportForm importFile={counts} />);
  choose(file);
  await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Imported 100,000 records; 1 was already in your notebook.'));
});

test('while a file is imported the form says so and takes no second file', async () => {
  let finish: () => void = () => undefined;
  const slow: ImportFile = (db, file, maxBytes) => new Promise((resolve) => {
    finish = () => void importFileHere(db, file, maxBytes).then(resolve);
  });
  renderWithDb(target, <ImportForm importFile={slow} />);
  choose(file);
  await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Importing [\d.]+ (bytes|KB)…$/));
  expect((screen.getByLabelText('Import a Backstory export (JSON)') as HTMLInputElement).disabled).toBe(true);
  finish();
  await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Imported 2 records; 0 were already in your notebook.'));
  expect((screen.getByLabelText('Import a Backstory export (JSON)') as HTMLInputElement).disabled).toBe(false);
});

test('an import that throws instead of answering says so and frees the form for the next file', async () => {
  const broken: ImportFile = async () => { throw new Error('the worker could not start'); };
  renderWithDb(target, <ImportForm importFile={broken} />);
  choose(file);
  await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('The import failed and nothing was imported (the worker could not start).'));
  expect((screen.getByLabelText('Import a Backstory export (JSON)') as HTMLInputElement).disabled).toBe(false);
});

test('an answer the form cannot vouch for keeps its own advice, without a contradicting sentence', async () => {
  const unsure: ImportFile = async () => ({ ok: false, error: UNKNOWN_ANSWER });
  renderWithDb(target, <ImportForm importFile={unsure} />);
  choose(file);
  await waitFor(() => expect(screen.getByRole('alert').textContent).toBe(UNKNOWN_ANSWER));
});
