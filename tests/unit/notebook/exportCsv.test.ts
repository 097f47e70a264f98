import { describe, expect, it } from 'vitest';
import type { Note } from '../../../notebook/db';
import { csvCell, exportCsv, readwiseDate } from '../../../notebook/exportCsv';
import { generateNotes } from './generate';
import { input, T0 } from './support';

const note = (id: string, patch: Partial<Note> = {}): Note => ({ ...input(), id, createdAt: T0, updatedAt: T0, ...patch });
const entityName = (id: string) => ({ 'gina-raimondo': 'Gina Raimondo' })[id];

/** A strict RFC 4180 reader, to check the writer from the other side. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    let cell = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quote');
        if (text[i] === '"' && text[i + 1] === '"') {
          cell += '"';
          i += 2;
        } else if (text[i] === '"') break;
        else cell += text[i++];
      }
      i++;
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r') {
        if (text[i] === '"' || text[i] === '\n') throw new Error(`bare ${JSON.stringify(text[i])} at ${i}`);
        cell += text[i++];
      }
    }
    row.push(cell);
    if (text[i] === ',') i++;
    else if (text.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
    } else throw new Error(`unexpected ${JSON.stringify(text[i])} at ${i}`);
  }
  return rows;
}

describe('exportCsv', () => {
  it('writes the Readwise columns and one row per note, oldest first, with CRLF line ends', () => {
    const csv = exportCsv(
      [
        note('b', { createdAt: T0 + 1000, entityId: null, quote: '', text: 'Just a thought', tags: [] }),
        note('a', { tags: ['chips', 'big picture'] }),
      ],
      entityName,
    );
    expect(csv).toBe(
      'Highlight,Title,Author,URL,Note,Location,Date\r\n' +
        'Commerce Secretary Gina Raimondo said,"US, Japan agree to work together on chips",Gina Raimondo,https://www.reuters.com/technology/example-2023-01-06/,"Check her 2023 Tokyo visit.\n.chips .big-picture",,2023-01-06 09:30:00\r\n' +
        'Just a thought,"US, Japan agree to work together on chips",,https://www.reuters.com/technology/example-2023-01-06/,,,2023-01-06 09:30:01\r\n',
    );
  });

  it('quotes fields per RFC 4180 and doubles quotes', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('cr\rhere')).toBe('"cr\rhere"');
    expect(csvCell('')).toBe('');
  });

  it('neutralises spreadsheet formulas with a leading apostrophe', () => {
    expect(['=SUM(A1)', '+1', '-1', '@cmd', '\tx', '\rx'].map(csvCell)).toEqual(["'=SUM(A1)", "'+1", "'-1", "'@cmd", "'\tx", '"\'\rx"']);
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
    expect(csvCell('a=1')).toBe('a=1');
  });

  it('round-trips 500 hostile notes through a strict CSV reader', () => {
    const notes = generateNotes(500, 3);
    const rows = parseCsv(exportCsv(notes, (id) => `Name of ${id}`));
    expect(rows[0]).toEqual(['Highlight', 'Title', 'Author', 'URL', 'Note', 'Location', 'Date']);
    expect(rows).toHaveLength(501);
    for (const cells of rows) expect(cells).toHaveLength(7);
    for (const cell of rows.slice(1).flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    const sorted = [...notes].sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
    const unneutralised = (cell: string) => cell.replace(/^'(?=[=+\-@\t\r])/, '');
    rows.slice(1).forEach((cells, i) => {
      const n = sorted[i]!;
      expect(unneutralised(cells[0]!)).toBe(n.quote.trim() || n.text);
      expect(cells[2]).toBe(n.entityId ? `Name of ${n.entityId}` : '');
      expect(cells[6]).toBe(readwiseDate(n.createdAt));
    });
  });

  it('writes dates as Readwise expects, in UTC', () => {
    expect(readwiseDate(Date.UTC(2024, 1, 29, 23, 5, 9, 999))).toBe('2024-02-29 23:05:09');
  });
});
