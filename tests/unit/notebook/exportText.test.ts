import { afterEach, beforeEach, expect, test } from 'vitest';
import { parseTrackForm, trackName } from '../../../notebook/customEntities';
import { deleteTrackedName } from '../../../notebook/customEdit';
import type { BackstoryDB } from '../../../notebook/db';
import { exportText } from '../../../notebook/exportText';
import { addNote } from '../../../notebook/notes';
import { freshDb, input, T0 } from './support';

const entityName = (id: string) => ({ rapidus: 'Rapidus' })[id];
const now = () => T0 + 60_000;
let db: BackstoryDB;

beforeEach(async () => {
  db = freshDb();
  const form = parseTrackForm({ name: 'Meridian Ledger', aliases: 'The Ledger', description: 'A paper.', note: '' });
  if (!form.ok) throw new Error(form.error);
  await trackName(db, form.value, { pageUrl: '', pageTitle: '', quote: '' }, () => T0, () => 'c-3f2a');
  await addNote(db, input({ entityId: 'c-3f2a', text: 'Owns the demo pages', quote: '', tags: [], pageTitle: 'Page A' }), () => T0, () => 'n-1');
  await addNote(db, input({ entityId: 'rapidus', text: 'Chitose fab', quote: '', tags: [], pageTitle: 'Page B' }), () => T0 + 1, () => 'n-2');
});

afterEach(async () => {
  await db.delete();
});

test('Markdown files notes on a tracked name under its name as it is now, never its id', async () => {
  const md = await exportText(db, 'md', entityName, now);
  expect(md).toContain('## [[Meridian Ledger]]\n');
  expect(md.indexOf('[[Meridian Ledger]]')).toBeLessThan(md.indexOf('Owns the demo pages'));
  expect(md).toContain('## [[Rapidus]]\n');
  expect(md).not.toContain('c-3f2a');
  await db.customEntities.update('c-3f2a', { name: 'The Meridian Ledger' });
  expect(await exportText(db, 'md', entityName, now)).toContain('## [[The Meridian Ledger]]\n');
});

test('CSV names a tracked name in its Author column; after a delete, its notes are unfiled in both formats', async () => {
  const rows = (await exportText(db, 'csv', entityName, now)).split('\r\n');
  expect(rows[1]).toMatch(/^Owns the demo pages,Page A,Meridian Ledger,/);
  expect(rows[2]).toMatch(/^Chitose fab,Page B,Rapidus,/);
  await deleteTrackedName(db, 'c-3f2a');
  expect((await exportText(db, 'csv', entityName, now)).split('\r\n')[1]).toMatch(/^Owns the demo pages,Page A,,/);
  expect(await exportText(db, 'md', entityName, now)).toMatch(/## Unfiled\n\n### \[Page A\][^\n]*\n\nOwns the demo pages/);
});

test('JSON stays lossless: it carries the entity itself, by id', async () => {
  const json = JSON.parse(await exportText(db, 'json', entityName, now)) as { customEntities: { id: string; name: string }[]; notes: { entityId: string }[] };
  expect(json.customEntities.map((e) => [e.id, e.name])).toEqual([['c-3f2a', 'Meridian Ledger']]);
  expect(json.notes.map((n) => n.entityId).sort()).toEqual(['c-3f2a', 'rapidus']);
});
