import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { withCustomNames } from '../../../components/customNames';
import { parseTrackForm, trackName, type TrackForm } from '../../../notebook/customEntities';
import { customIndexSync } from '../../../notebook/customSync';
import type { BackstoryDB } from '../../../notebook/db';
import { readTrackRequest, trackPageUrl } from '../../../notebook/trackRequest';
import { SharedIndex } from '../../../spotter/sharedIndex';
import { ENTRIES } from '../spotter/fixtures';
import { counterIds, freshDb, T0 } from './support';

const form = (patch: Partial<TrackForm> = {}): TrackForm => ({ name: ' Hanako  Tanabe ', aliases: 'Tanabe-san\n\n Hanako Tanabe \nH. Tanabe', description: ' Spokesperson. ', note: '', ...patch });
const source = { pageUrl: 'https://news.example/a', pageTitle: '', quote: 'Hanako Tanabe' };

describe('parseTrackForm', () => {
  it('trims, keeps one line per name, and drops empty or repeated other names', () => {
    expect(parseTrackForm(form())).toEqual({ ok: true, value: { name: 'Hanako Tanabe', aliases: ['Tanabe-san', 'H. Tanabe'], description: 'Spokesperson.', note: '' } });
  });

  it.each([
    [{ name: ' ' }, 'The name needs at least two characters.'],
    [{ name: '?!' }, 'The name needs a letter or a digit.'],
    [{ name: 'x'.repeat(101) }, 'The name is longer than 100 characters.'],
    [{ aliases: 'ok name\n-' }, 'The other name "-" needs at least two characters.'],
    [{ aliases: Array.from({ length: 21 }, (_, i) => `Name ${i}`).join('\n') }, 'At most 20 other names, please.'],
    [{ description: 'd'.repeat(1_001) }, 'The description is longer than 1000 characters.'],
    [{ note: 'n'.repeat(10_001) }, 'The note is longer than 10000 characters.'],
  ])('refuses %j with one message', (patch, message) => {
    expect(parseTrackForm(form(patch))).toEqual({ ok: false, error: message });
  });
});

describe('trackName', () => {
  let db: BackstoryDB;
  beforeEach(() => { db = freshDb(); });
  afterEach(async () => { await db.delete(); });
  const input = (patch: Partial<TrackForm> = {}) => {
    const r = parseTrackForm(form(patch));
    if (!r.ok) throw new Error(r.error);
    return r.value;
  };

  it('saves the entity and its first note (with the selection as its quote) together', async () => {
    const saved = await trackName(db, input({ note: 'Check her briefing.' }), source, () => T0, counterIds());
    expect(saved).toEqual({ ok: true, value: { id: 'note-1', name: 'Hanako Tanabe', aliases: ['Tanabe-san', 'H. Tanabe'], description: 'Spokesperson.', createdAt: T0, updatedAt: T0 } });
    expect(await db.notes.toArray()).toEqual([
      { id: 'note-2', entityId: 'note-1', pageUrl: source.pageUrl, pageTitle: '', quote: 'Hanako Tanabe', text: 'Check her briefing.', tags: [], createdAt: T0, updatedAt: T0 },
    ]);
  });

  it('refuses a name already tracked, in any case, and saves nothing', async () => {
    await trackName(db, input(), source, () => T0);
    expect(await trackName(db, input({ name: 'HANAKO tanabe', note: 'again' }), source, () => T0)).toEqual({ ok: false, error: 'You already track "Hanako Tanabe".' });
    expect(await db.customEntities.count()).toBe(1);
    expect(await db.notes.count()).toBe(0);
  });

  it('a saved name reaches the background index through the sync, under a new epoch', async () => {
    const index = new SharedIndex(ENTRIES);
    const sync = customIndexSync(db, index);
    expect(await sync()).toBe(false);
    const base = index.epoch;
    await trackName(db, input(), source, () => T0, () => 'c-1');
    expect(await sync()).toBe(true);
    expect(index.epoch).not.toBe(base);
    expect(await sync()).toBe(false);
    expect(index.spot(['Tanabe-san said']).entities).toEqual({ [ENTRIES.length]: { id: 'c-1', type: 'custom', name: '' } });
  });
});

describe('the track page request', () => {
  it('carries the selection and an http(s) page URL only, capped', () => {
    const url = trackPageUrl('chrome-extension://abc/track.html', { selectionText: 'Hanako Tanabe & co?', pageUrl: 'https://news.example/a?b=1#c' });
    expect(readTrackRequest(new URL(url).search)).toEqual({ selection: 'Hanako Tanabe & co?', pageUrl: 'https://news.example/a?b=1#c' });
    const hostile = trackPageUrl('chrome-extension://abc/track.html', { selectionText: 'x'.repeat(5_000), pageUrl: 'javascript:alert(1)' });
    expect(readTrackRequest(new URL(hostile).search)).toEqual({ selection: 'x'.repeat(2_000), pageUrl: '' });
    expect(readTrackRequest('?page=data:text/html,hi')).toEqual({ selection: '', pageUrl: '' });
  });
});

describe('withCustomNames', () => {
  const summary = { url: 'u', title: 't', articleDate: null, enabled: true, entities: [
    { entityId: 'rapidus', name: 'Rapidus', type: 'company', count: 2 },
    { entityId: 'c-1', name: '', type: 'custom', count: 1 },
    { entityId: 'c-gone', name: '', type: 'custom', count: 3 },
  ] };

  it('names the reader’s entities in a page summary, leaving the rest as they are', () => {
    const plain = { ...summary, entities: summary.entities.slice(0, 1) };
    expect(withCustomNames(plain, new Map([['c-1', 'Hanako Tanabe']]))).toBe(plain);
    expect(withCustomNames(summary, new Map([['c-1', 'Hanako Tanabe']])).entities.map((e) => e.name)).toEqual(['Rapidus', 'Hanako Tanabe']);
  });

  it('leaves out a tracked name the database no longer holds (deleted, the page not yet re-marked)', () => {
    expect(withCustomNames(summary, new Map()).entities.map((e) => e.entityId)).toEqual(['rapidus']);
  });
});
