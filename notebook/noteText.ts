import type { Note } from './db';

/** Folds case and accents, so "sanchez" finds "Sánchez" and "NATO" finds "nato". */
export const foldText = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

// Folding is the costly part, and a live list hands over the same note objects on every keystroke.
const folded = new WeakMap<Note, string>();

function foldedText(note: Note): string {
  let text = folded.get(note);
  if (text === undefined) {
    text = foldText([note.text, note.quote, note.pageTitle, ...note.tags].join('\n'));
    folded.set(note, text);
  }
  return text;
}

/** A test of whether every word of the query appears in a note's text, quote, page title or tags. */
export function textMatcher(query: string): (note: Note) => boolean {
  const words = foldText(query).split(/\s+/).filter(Boolean);
  return (note) => words.every((w) => foldedText(note).includes(w));
}

/** Whether every word of the query appears in the note's text, quote, page title or tags. */
export const noteMatchesText = (note: Note, query: string): boolean => textMatcher(query)(note);
