import Fuse from 'fuse.js';
import { describe, expect, it } from 'vitest';
import { benchNotes } from '../../../bench/notebookData';
import { createPrefilteredSearch, createPrefilteredSearchSliced } from '../../../search/prefilteredSearch';
import { createNoteSearch, NOTE_FUSE_OPTIONS } from '../../../search/noteSearch';
import type { Note } from '../../../notebook/db';

const entities = [
  { id: 'gina-raimondo', name: 'Gina Raimondo' }, { id: 'rapidus', name: 'Rapidus' }, { id: 'yasutoshi-nishimura', name: 'Yasutoshi Nishimura' },
  ...Array.from({ length: 300 }, (_, i) => ({ id: `e${i}`, name: `Entity Number${i}` })),
];
const notes = benchNotes(3000, entities, 5);

describe('createPrefilteredSearch', () => {
  it('finds what Fuse over the whole list finds for typed words, typos included, in the same order', () => {
    const fuse = new Fuse(notes, NOTE_FUSE_OPTIONS);
    const ours = createPrefilteredSearch(notes, NOTE_FUSE_OPTIONS);
    for (const q of ['raimondo', 'Raimundo', 'rapdus', 'nishimra', 'Rapidus']) {
      const expected = fuse.search(q, { limit: 5 });
      expect(expected.length, q).toBeGreaterThan(0);
      expect(ours(q, 5).map((r) => r.item.id), q).toEqual(expected.map((r) => r.item.id));
      expect(ours(q, 5).map((r) => r.refIndex), q).toEqual(expected.map((r) => r.refIndex));
    }
  });

  it('with hundreds of notes tied on a common word, keeps the ones Fuse puts first among the candidates', () => {
    // 3,000 notes share a 37-word vocabulary, so "subsidies" is in more than 100 of them (the
    // candidate cap): the candidates must be picked by Fuse's own score, not by position.
    const strong: Note = { ...notes[0]!, id: 'strong', text: 'Subsidies.', tags: ['subsidies'], quote: '', pageTitle: 'Subsidies' };
    const docs = [...notes, strong];
    const expected = new Fuse(docs, NOTE_FUSE_OPTIONS).search('subsidies', { limit: 5 });
    expect(docs.filter((n) => /subsidies/i.test(`${n.text} ${n.quote}`)).length).toBeGreaterThan(100);
    expect(expected[0]!.item.id).toBe('strong');
    const ours = createPrefilteredSearch(docs, NOTE_FUSE_OPTIONS)('subsidies', 5);
    expect(ours.map((r) => r.item.id)).toEqual(expected.map((r) => r.item.id));
  });

  it('matches each word of a query, in any field, and finds nothing for nonsense or no words', () => {
    const marked: Note = { ...notes[0]!, id: 'marked', text: 'Ask about the Chitose cleanroom schedule', tags: ['hokkaido'] };
    const search = createPrefilteredSearch([...notes, marked], NOTE_FUSE_OPTIONS);
    expect(search('cleanroom', 5)[0]?.item.id).toBe('marked');
    expect(search('clenroom', 5)[0]?.item.id).toBe('marked');
    expect(search('hokkaido', 5)[0]?.item.id).toBe('marked');
    expect(search('qqqzzzxxv', 5)).toEqual([]);
    expect(search(' ,.; ', 5)).toEqual([]);
  });

  it('keeps a query word of two or three letters exact, as Fuse does', () => {
    const search = createPrefilteredSearch([{ t: 'tsmc fab' }, { t: 'tmsc typo' }], { keys: ['t'], threshold: 0.34, ignoreLocation: true, includeScore: true });
    expect(search('fab', 5).map((r) => r.refIndex)).toEqual([0]);
    expect(search('fb', 5)).toEqual([]);
  });

  it('ranks at most its candidate limit, preferring a match in a heavier field', () => {
    const docs = [...Array.from({ length: 50 }, (_, i) => ({ name: `Other ${i}`, body: 'japan japan' })), { name: 'Japan', body: 'a country' }];
    const search = createPrefilteredSearch(docs, { keys: [{ name: 'name', weight: 3 }, { name: 'body', weight: 0.5 }], threshold: 0.34, ignoreLocation: true, includeScore: true }, 10);
    const hits = search('japan', 20);
    expect(hits.length).toBe(10);
    expect(hits[0]!.item.name).toBe('Japan');
  });
});

describe('createNoteSearch over 3,000 notes', () => {
  it('answers a keystroke without scanning every note', () => {
    const search = createNoteSearch(notes);
    const start = performance.now();
    for (const q of ['ra', 'rai', 'raim', 'raimo', 'raimon', 'raimond', 'raimondo']) search(q, 5);
    // Fuse over the whole list takes tens of milliseconds per keystroke here; generous for a loaded machine.
    expect((performance.now() - start) / 7).toBeLessThan(100);
    expect(search('raimondo', 5).every((n) => `${n.quote} ${n.pageTitle}`.includes('Raimondo'))).toBe(true);
  });

  it('built a slice at a time, answers exactly as built at once; aborted, it stops and gives nothing', async () => {
    let pauses = 0;
    const pause = async () => { pauses++; };
    const sliced = await createPrefilteredSearchSliced(notes, NOTE_FUSE_OPTIONS, pause);
    const whole = createPrefilteredSearch(notes, NOTE_FUSE_OPTIONS);
    // 3,000 notes in steps of 64: dozens of chances to yield to the page.
    expect(pauses).toBeGreaterThanOrEqual(Math.floor(3000 / 64));
    for (const q of ['raimondo', 'rapdus', 'chips export', 'su']) {
      expect(sliced!(q, 5).map((r) => r.refIndex), q).toEqual(whole(q, 5).map((r) => r.refIndex));
    }
    const controller = new AbortController();
    let seen = 0;
    const aborted = await createPrefilteredSearchSliced(notes, NOTE_FUSE_OPTIONS, async () => { if (++seen === 5) controller.abort(); }, controller.signal);
    expect(aborted).toBeNull();
    expect(seen).toBe(5);
  });
});
