import { describe, expect, it } from 'vitest';
import type { Note } from '../../../notebook/db';
import { noteFacets } from '../../../notebook/noteFacets';
import { filterNotes } from '../../../notebook/notes';
import { noteMatchesText } from '../../../notebook/noteText';
import { formatTagInput, parseTagInput } from '../../../notebook/tags';
import { input, T0 } from './support';

const note = (id: string, patch: Partial<Note> = {}): Note => ({ ...input(), id, createdAt: T0, updatedAt: T0, ...patch });

describe('tag input', () => {
  it('splits on spaces, or on commas when there is one, and normalises', () => {
    expect(parseTagInput(' chips  Japan chips ')).toEqual(['chips', 'Japan']);
    expect(parseTagInput('supply chain, chips,, CHIPS ')).toEqual(['supply chain', 'chips']);
    expect(parseTagInput('   ')).toEqual([]);
  });

  it('gives back the same tags after formatting, with or without spaces inside tags', () => {
    for (const tags of [[], ['chips'], ['chips', 'japan'], ['supply chain', 'chips'], ['Ünïcode', 'NATO']]) {
      expect(parseTagInput(formatTagInput(tags))).toEqual(tags);
    }
    expect(formatTagInput(['a', 'b'])).toBe('a b');
    expect(formatTagInput(['a b', 'c'])).toBe('a b, c');
  });
});

describe('noteMatchesText', () => {
  const n = note('n', { text: 'Ask Sánchez about the fab', quote: 'Rapidus said', pageTitle: 'Chips in Hokkaido', tags: ['NATO'] });

  it('needs every word, anywhere in text, quote, title or tags, folding case and accents', () => {
    expect(noteMatchesText(n, 'sanchez FAB')).toBe(true);
    expect(noteMatchesText(n, 'rapidus hokkaido nato')).toBe(true);
    expect(noteMatchesText(n, 'sanchez tokyo')).toBe(false);
    expect(noteMatchesText(n, '  ')).toBe(true);
  });

  it('filters through filterNotes with the other filters', () => {
    const list = [n, note('m', { text: 'Other fab', tags: [] })];
    expect(filterNotes(list, { text: 'fab', sort: 'newest' }).map((x) => x.id)).toEqual(['n', 'm']);
    expect(filterNotes(list, { text: 'fab', tag: 'nato', sort: 'newest' }).map((x) => x.id)).toEqual(['n']);
    expect(filterNotes(list, { text: 'missing', sort: 'newest' })).toEqual([]);
  });
});

describe('noteFacets', () => {
  it('offers each entity, tag and site some note has, and says whether a note has no entity', () => {
    const facets = noteFacets([
      note('a', { entityId: 'rapidus', tags: ['chips', 'Japan'], pageUrl: 'https://www.reuters.com/a' }),
      note('b', { entityId: null, tags: ['CHIPS', 'alpha'], pageUrl: 'https://reuters.com/b' }),
      note('c', { entityId: 'rapidus', tags: [], pageUrl: 'https://asia.nikkei.com/c' }),
      note('d', { entityId: 'gina-raimondo', tags: [], pageUrl: '' }),
    ]);
    expect(facets).toEqual({
      entityIds: ['rapidus', 'gina-raimondo'],
      hasUnlinked: true,
      tags: ['alpha', 'chips', 'Japan'],
      sites: ['asia.nikkei.com', 'reuters.com'],
    });
    expect(noteFacets([note('x')]).hasUnlinked).toBe(false);
  });
});
