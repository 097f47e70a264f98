import type { Note } from './db';
import { compareText } from './exportJson';
import type { EntityName } from './exportMarkdown';

/** Readwise's CSV import columns, in its order. */
export const READWISE_COLUMNS = ['Highlight', 'Title', 'Author', 'URL', 'Note', 'Location', 'Date'] as const;

/**
 * One CSV field. A spreadsheet runs a cell that starts with = + - @ (or tab / carriage return,
 * per OWASP) as a formula, so such a cell gets a leading apostrophe; then RFC 4180 quoting.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Readwise's `YYYY-MM-DD HH:MM:SS`, in UTC. */
export function readwiseDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19).replace('T', ' ');
}

/** Tags in Readwise's inline form (".tag"); a tag cannot hold spaces there. */
const readwiseTags = (tags: readonly string[]) => tags.map((t) => `.${t.replace(/\s+/g, '-')}`).join(' ');

function row(note: Note, entityName: EntityName): string[] {
  const quote = note.quote.trim();
  // Without a quote the note's text is the highlight, so it is not repeated in the Note column.
  const noteText = quote ? note.text : '';
  const tags = readwiseTags(note.tags);
  return [
    quote || note.text,
    note.pageTitle.trim() || note.pageUrl,
    (note.entityId && entityName(note.entityId)) || '',
    note.pageUrl,
    [noteText, tags].filter(Boolean).join('\n'),
    '',
    readwiseDate(note.createdAt),
  ];
}

/** Notes as a Readwise-importable CSV (RFC 4180, CRLF line ends), oldest first. */
export function exportCsv(notes: readonly Note[], entityName: EntityName): string {
  const sorted = [...notes].sort((a, b) => a.createdAt - b.createdAt || compareText(a.id, b.id));
  const lines = [[...READWISE_COLUMNS], ...sorted.map((n) => row(n, entityName))];
  return lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
