import type { Note } from './db';

/** Folds case and accents, so "sanchez" finds "Sánchez" and "NATO" finds "nato". */
export const foldText = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Whether every word of the query appears in the note's text, quote, page title or tags. */
export function noteMatchesText(note: Note, query: string): boolean {
  const words = foldText(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = foldText([note.text, note.quote, note.pageTitle, ...note.tags].join('\n'));
  return words.every((w) => haystack.includes(w));
}
