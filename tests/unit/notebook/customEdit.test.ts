import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseTrackForm, trackName, type TrackForm } from '../../../notebook/customEntities';
import { deleteTrackedName, restoreTrackedName, updateTrackedName } from '../../../notebook/customEdit';
import { customIndexSync } from '../../../notebook/customSync';
import type { BackstoryDB, CustomEntity } from '../../../notebook/db';
import { addNote } from '../../../notebook/notes';
import { recordSightings } from '../../../notebook/sightings';
import { SharedIndex } from '../../../spotter/sharedIndex';
import { ENTRIES } from '../spotter/fixtures';
import { dumpDb, freshDb, input, T0 } from './support';

const LATER = T0 + 3_600_000;
const source = { pageUrl: 'https://news.example/a', pageTitle: 'A', quote: 'Hanako Tanabe' };
const checked = (form: Partial<TrackForm>) => {
  const r = parseTrackForm({ name: 'Hanako Tanabe', aliases: '', description: '', note: '', ...form });
  if (!r.ok) throw new Error(r.error);
  return r.value;
};

let db: BackstoryDB;
let hanako: CustomEntity;

beforeEach(async () => {
  db = freshDb();
  const saved = await trackName(db, checked({ aliases: 'Tanabe-san', description: 'Spokesperson.', note: 'First note' }), source, () => T0, () => `c-${Math.random()}`);
  if (!saved.ok) throw new Error(saved.error);
  hanako = saved.value;
  await trackName(db, checked({ name: 'Kenji Mori' }), source, () => T0, () => 'c-mori');
  await addNote(db, input({ entityId: hanako.id, text: 'Second note', tags: ['briefings'] }), () => T0 + 1, () => 'n-2');
  await addNote(db, input({ entityId: 'rapidus', text: 'Not hers' }), () => T0 + 2, () => 'n-3');
  await recordSightings(db, { pageUrl: 'https://news.example/a', pageTitle: 'A', entityIds: [hanako.id, 'c-mori'], day: '2024-03-01' });
});

afterEach(async () => {
  await db.delete();
});

describe('updateTrackedName', () => {
  it('changes the name, other names and description, keeps the id and creation time, and bumps updatedAt', async () => {
    const saved = await updateTrackedName(db, hanako.id, { name: 'H. Tanabe', aliases: ['Hanako Tanabe'], description: '' }, () => LATER);
    const expected = { ...hanako, name: 'H. Tanabe', aliases: ['Hanako Tanabe'], description: '', updatedAt: LATER };
    expect(saved).toEqual({ ok: true, value: expected });
    expect(await db.customEntities.get(hanako.id)).toEqual(expected);
  });

  it('may change only the case of its own name, but refuses another tracked name and changes nothing', async () => {
    expect((await updateTrackedName(db, hanako.id, { name: 'HANAKO TANABE', aliases: [], description: '' }, () => LATER)).ok).toBe(true);
    const before = await dumpDb(db);
    expect(await updateTrackedName(db, hanako.id, { name: 'kenji mori', aliases: [], description: '' }, () => LATER)).toEqual({ ok: false, error: 'You already track "Kenji Mori".' });
    expect(await updateTrackedName(db, 'gone', { name: 'Somebody', aliases: [], description: '' }, () => LATER)).toEqual({ ok: false, error: 'This name is no longer tracked.' });
    expect(await dumpDb(db)).toEqual(before);
  });

  it('a changed other name reaches the background index under a new epoch; a description alone does not', async () => {
    const index = new SharedIndex(ENTRIES);
    const sync = customIndexSync(db, index);
    await sync();
    expect(index.spot(['Tanabe-san said']).entities).not.toEqual({});
    await updateTrackedName(db, hanako.id, { name: 'Hanako Tanabe', aliases: ['Tanabe-san'], description: 'Changed.' }, () => LATER);
    expect(await sync()).toBe(false);
    await updateTrackedName(db, hanako.id, { name: 'Hanako Tanabe', aliases: ['Ms Tanabe'], description: 'Changed.' }, () => LATER);
    expect(await sync()).toBe(true);
    expect(index.spot(['Tanabe-san said']).entities).toEqual({});
    expect(Object.values(index.spot(['Ms Tanabe said']).entities)).toEqual([{ id: hanako.id, type: 'custom', name: '' }]);
  });
});

describe('deleteTrackedName and restoreTrackedName', () => {
  it('deleting keeps its notes, on no entity and otherwise untouched, and takes its sightings; Undo gives back the identical notebook', async () => {
    const before = await dumpDb(db);
    const notesBefore = await db.notes.where('entityId').equals(hanako.id).sortBy('id');
    const deleted = await deleteTrackedName(db, hanako.id);
    if (!deleted.ok) throw new Error(deleted.error);
    expect(deleted.value.entity).toEqual(hanako);
    expect(deleted.value.noteIds.sort()).toEqual(notesBefore.map((n) => n.id));
    expect(await db.customEntities.get(hanako.id)).toBeUndefined();
    const kept = await db.notes.bulkGet(notesBefore.map((n) => n.id));
    expect(kept).toEqual(notesBefore.map((n) => ({ ...n, entityId: null })));
    expect((await db.notes.get('n-3'))?.entityId).toBe('rapidus');
    expect((await db.sightings.toArray()).map((s) => s.entityId)).toEqual(['c-mori']);

    expect(await restoreTrackedName(db, deleted.value)).toEqual({ ok: true, value: hanako });
    expect(await dumpDb(db)).toEqual(before);
  });

  it('Undo leaves a note the reader filed elsewhere or deleted meanwhile as it is', async () => {
    const deleted = await deleteTrackedName(db, hanako.id);
    if (!deleted.ok) throw new Error(deleted.error);
    await db.notes.update('n-2', { entityId: 'rapidus' });
    const [firstId] = deleted.value.noteIds.filter((id) => id !== 'n-2');
    await db.notes.delete(firstId!);
    expect((await restoreTrackedName(db, deleted.value)).ok).toBe(true);
    expect((await db.notes.get('n-2'))?.entityId).toBe('rapidus');
    expect(await db.notes.get(firstId!)).toBeUndefined();
  });

  it('Undo is refused, changing nothing, when the name was tracked again meanwhile; a second delete finds nothing', async () => {
    const deleted = await deleteTrackedName(db, hanako.id);
    if (!deleted.ok) throw new Error(deleted.error);
    expect(await deleteTrackedName(db, hanako.id)).toEqual({ ok: false, error: 'This name is no longer tracked.' });
    await trackName(db, checked({ name: 'hanako tanabe' }), source, () => LATER, () => 'c-again');
    const before = await dumpDb(db);
    expect(await restoreTrackedName(db, deleted.value)).toEqual({ ok: false, error: 'You track "hanako tanabe" again already; nothing was restored.' });
    expect(await dumpDb(db)).toEqual(before);
  });
});
