import { describe, expect, it } from 'vitest';
import type { Note } from '../../../notebook/db';
import { exportMarkdown } from '../../../notebook/exportMarkdown';
import { escapeBlock, escapeInline, pageLink } from '../../../notebook/markdownText';
import { generateNotes } from './generate';
import { input, T0 } from './support';

const note = (id: string, patch: Partial<Note> = {}): Note => ({ ...input(), id, createdAt: T0, updatedAt: T0, ...patch });
const names: Record<string, string> = { 'gina-raimondo': 'Gina Raimondo', rapidus: 'Rapidus', weird: 'A [b] | c#d' };
const entityName = (id: string) => names[id];
const EXPORTED = Date.UTC(2024, 1, 29, 12, 0, 0);

describe('exportMarkdown', () => {
  it('writes front matter, then one section per entity by name, then Unfiled', () => {
    const md = exportMarkdown(
      [
        note('1', { entityId: 'rapidus', createdAt: T0 + 2, quote: 'Rapidus will build\nin Chitose', text: 'Watch the fab.\nSecond line.\n\nNew paragraph.', tags: ['chips', 'hokkaido'] }),
        note('2', { entityId: null, quote: '', text: 'A page note', tags: [] }),
        note('3', { entityId: 'gina-raimondo' }),
        note('4', { entityId: 'rapidus', createdAt: T0 + 1, quote: '', text: 'Earlier', tags: [] }),
      ],
      entityName,
      () => EXPORTED,
    );
    expect(md).toBe(
      [
        '---', 'title: "Backstory notebook"', 'exported: "2024-02-29T12:00:00.000Z"', 'count: 4', '---', '',
        '# Backstory notebook', '',
        '## [[Gina Raimondo]]', '',
        '### [US, Japan agree to work together on chips](https://www.reuters.com/technology/example-2023-01-06/)', '',
        '> Commerce Secretary Gina Raimondo said', '',
        'Check her 2023 Tokyo visit.', '',
        'Tags: chips', '',
        'Saved: 2023-01-06', '',
        '## [[Rapidus]]', '',
        '### [US, Japan agree to work together on chips](https://www.reuters.com/technology/example-2023-01-06/)', '',
        'Earlier', '',
        'Saved: 2023-01-06', '',
        '### [US, Japan agree to work together on chips](https://www.reuters.com/technology/example-2023-01-06/)', '',
        '> Rapidus will build\\', '> in Chitose', '',
        'Watch the fab.\\', 'Second line.', '', 'New paragraph.', '',
        'Tags: chips, hokkaido', '',
        'Saved: 2023-01-06', '',
        '## Unfiled', '',
        '### [US, Japan agree to work together on chips](https://www.reuters.com/technology/example-2023-01-06/)', '',
        'A page note', '',
        'Saved: 2023-01-06',
        '',
      ].join('\n'),
    );
  });

  it('keeps notes on an unknown entity under its id, and cleans names for wiki links', () => {
    const md = exportMarkdown([note('1', { entityId: 'gone-entity' }), note('2', { entityId: 'weird' })], entityName, () => EXPORTED);
    expect(md.match(/^## .*$/gm)).toEqual(['## [[A b c d]]', '## [[gone-entity]]']);
  });

  it('keeps its structure whatever the notes hold: headings come only from Backstory', () => {
    const notes = generateNotes(300, 9);
    const md = exportMarkdown(notes, (id) => `Entity ${id}`, () => EXPORTED);
    const entities = new Set(notes.map((n) => n.entityId).filter((id) => id !== null));
    expect(md.match(/^## .*$/gm)).toHaveLength(entities.size + 1);
    expect(md.match(/^### .*$/gm)).toHaveLength(300);
    expect(md.match(/^#{1,6} /gm)).toHaveLength(1 + entities.size + 1 + 300);
    expect(md.match(/^---$/gm)).toHaveLength(2);
    expect(md).not.toMatch(/(?<!\\)<(script|img)/);
    expect(md).not.toMatch(/(?<!\\)\]\(javascript:/); // an escaped "\](" is inert text
    expect(md.startsWith('---\ntitle: "Backstory notebook"\nexported: "2024-02-29T12:00:00.000Z"\ncount: 300\n---\n')).toBe(true);
  });

  it('writes an empty notebook as front matter and a title', () => {
    expect(exportMarkdown([], entityName, () => EXPORTED)).toBe('---\ntitle: "Backstory notebook"\nexported: "2024-02-29T12:00:00.000Z"\ncount: 0\n---\n\n# Backstory notebook\n');
  });
});

describe('Markdown escaping', () => {
  it('escapes Markdown and HTML in titles and links only http(s) pages', () => {
    expect(pageLink('*Big* [news] <b>&</b> `x` | y_z', 'https://a.example/p(1)?q=a b')).toBe(
      '[\\*Big\\* \\[news\\] \\<b\\>\\&\\</b\\> \\`x\\` \\| y\\_z](https://a.example/p%281%29?q=a%20b)',
    );
    expect(pageLink('Click', 'javascript:alert(1)')).toBe('Click');
    expect(pageLink('Local', 'file:///etc/passwd')).toBe('Local');
    expect(pageLink('', 'not a url')).toBe('not a url');
    expect(pageLink('', '')).toBe('Untitled page');
    expect(escapeInline('two\nlines')).toBe('two lines');
  });

  it('stops note lines from starting lists, headings, quotes or code blocks', () => {
    expect(escapeBlock('# not a heading\n- not a list\n+ nor this\n1. nor this\n> nor a quote\n    not code\n===')).toEqual([
      '\\# not a heading\\', '\\- not a list\\', '\\+ nor this\\', '1\\. nor this\\', '\\> nor a quote\\', 'not code\\', '\\===',
    ]);
    expect(escapeBlock('a\n\n\n\nb')).toEqual(['a', '', 'b']);
    expect(escapeBlock('   ')).toEqual([]);
  });
});
