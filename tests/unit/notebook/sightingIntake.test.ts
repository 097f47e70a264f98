import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PageAnnotatedParams } from '../../../messaging/protocol';
import type { BackstoryDB } from '../../../notebook/db';
import { setSetting, setSiteEnabled } from '../../../notebook/settings';
import { cleanTitle, MAX_TITLE, recordVisit, visitFromMessage, type VisitSender } from '../../../notebook/sightingIntake';
import { freshDb, T0 } from './support';

const known = new Set(['rapidus', 'country-jpn']);
const isKnown = (id: string) => known.has(id);
const params = (patch: Partial<PageAnnotatedParams> = {}): PageAnnotatedParams => ({ entities: 2, entityIds: ['rapidus', 'country-jpn'], title: 'Chips  in\nHokkaido ', ...patch });
const top: VisitSender = { url: 'https://news.example/chips#top', frameId: 0, tab: { incognito: false } };

describe('visitFromMessage', () => {
  it('takes the URL from the sender and a cleaned title from the payload', () => {
    const r = visitFromMessage(params(), top, isKnown, T0);
    expect(r).toEqual({ ok: true, value: { pageUrl: 'https://news.example/chips#top', pageTitle: 'Chips in Hokkaido', entityIds: ['rapidus', 'country-jpn'], day: expect.stringMatching(/^2023-01-0[67]$/) } });
  });

  it('refuses the whole message when any id is not in the index', () => {
    expect(visitFromMessage(params({ entityIds: ['rapidus', 'my-secret'] }), top, isKnown, T0)).toEqual({ ok: false, error: 'unknown entity id "my-secret"' });
    expect(visitFromMessage(params({ entityIds: ['__proto__'] }), top, isKnown, T0).ok).toBe(false);
  });

  it('keeps nothing from sub-frames, private windows, non-web URLs or pages without names', () => {
    for (const sender of [
      { ...top, frameId: 3 }, { ...top, frameId: undefined }, { ...top, tab: { incognito: true } },
      { ...top, url: 'file:///home/me/a.html' }, { ...top, url: undefined }, { ...top, url: `https://x.example/${'a'.repeat(4_000)}` },
    ]) {
      expect(visitFromMessage(params(), sender, isKnown, T0), JSON.stringify(sender).slice(0, 80)).toEqual({ ok: true, value: null });
    }
    expect(visitFromMessage(params({ entityIds: [] }), top, isKnown, T0)).toEqual({ ok: true, value: null });
  });

  it('falls back to the site for an empty title', () => {
    const r = visitFromMessage(params({ title: '  ' }), top, isKnown, T0);
    expect(r.ok && r.value?.pageTitle).toBe('news.example');
  });
});

describe('cleanTitle', () => {
  it('caps long titles with an ellipsis', () => {
    const t = cleanTitle('word '.repeat(200));
    expect(t.length).toBe(MAX_TITLE);
    expect(t.endsWith('…')).toBe(true);
    expect(cleanTitle('x'.repeat(MAX_TITLE))).toBe('x'.repeat(MAX_TITLE));
  });
});

describe('recordVisit', () => {
  let db: BackstoryDB;
  beforeEach(() => { db = freshDb(); });
  afterEach(async () => { await db.delete(); });
  const visit = { pageUrl: 'https://news.example/chips', pageTitle: 'Chips', entityIds: ['rapidus', 'country-jpn'], day: '2023-01-06' };

  it('records when sightings and the site are on', async () => {
    expect(await recordVisit(db, visit)).toBe(2);
    expect(await db.sightings.count()).toBe(2);
  });

  it('records nothing with sightings off, Backstory paused, or the site switched off', async () => {
    await setSetting(db, 'sightingsEnabled', false);
    expect(await recordVisit(db, visit)).toBe(0);
    await setSetting(db, 'sightingsEnabled', true);
    await setSetting(db, 'paused', true);
    expect(await recordVisit(db, visit)).toBe(0);
    await setSetting(db, 'paused', false);
    await setSiteEnabled(db, 'NEWS.example', false, () => T0);
    expect(await recordVisit(db, visit)).toBe(0);
    expect(await db.sightings.count()).toBe(0);
  });
});
