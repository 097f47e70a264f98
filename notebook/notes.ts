import type { BackstoryDB, Note } from './db';

export interface NoteInput {
  entityId: string | null;
  pageUrl: string;
  pageTitle: string;
  quote: string;
  text: string;
  tags: string[];
}

export type Clock = () => number;

/** Saves a new note and returns it. */
export async function addNote(db: BackstoryDB, input: NoteInput, now: Clock, newId: () => string = () => crypto.randomUUID()): Promise<Note> {
  const text = input.text.trim();
  if (!text && !input.quote.trim()) throw new Error('A note needs some text or a quote.');
  const at = now();
  const note: Note = { ...input, text, tags: [...new Set(input.tags.map((t) => t.trim()).filter(Boolean))], id: newId(), createdAt: at, updatedAt: at };
  await db.notes.add(note);
  return note;
}

/** Notes on one entity, latest first. */
export function notesForEntity(db: BackstoryDB, entityId: string): Promise<Note[]> {
  return db.notes.where('entityId').equals(entityId).reverse().sortBy('createdAt');
}

/** Every note, latest first. */
export function allNotes(db: BackstoryDB): Promise<Note[]> {
  return db.notes.orderBy('createdAt').reverse().toArray();
}
