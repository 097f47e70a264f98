import type { BackstoryDB, Note } from './db';
import { readAllNotes } from './noteChunks';
import { textMatcher } from './noteText';
import { guardWrite } from './storageErrors';
import { normaliseTags, sameTag } from './tags';

export { normaliseTags } from './tags';

export interface NoteInput {
  entityId: string | null;
  pageUrl: string;
  pageTitle: string;
  quote: string;
  text: string;
  tags: string[];
}

/**
 * The parts of a note the reader can edit after saving it. `addTags` and `removeTags` change the
 * tags as they are in the database at write time, so two views tagging one note at once both win.
 */
export type NotePatch = Partial<Pick<Note, 'text' | 'tags' | 'quote' | 'entityId'>> & { addTags?: string[]; removeTags?: string[] };

export type Clock = () => number;

const EMPTY_NOTE = 'A note needs some text or a quote.';

/** Saves a new note and returns it. */
export async function addNote(db: BackstoryDB, input: NoteInput, now: Clock, newId: () => string = () => crypto.randomUUID()): Promise<Note> {
  const text = input.text.trim();
  if (!text && !input.quote.trim()) throw new Error(EMPTY_NOTE);
  const at = now();
  const note: Note = { ...input, text, tags: normaliseTags(input.tags), id: newId(), createdAt: at, updatedAt: at };
  await guardWrite('The note was not saved', () => db.notes.add(note));
  return note;
}

/** Applies an edit, bumps `updatedAt` and returns the saved note. */
export async function updateNote(db: BackstoryDB, id: string, patch: NotePatch, now: Clock): Promise<Note> {
  // Read and write in one transaction so an edit in another view cannot be overwritten half-way.
  return guardWrite('The note was not changed', () => db.transaction('rw', db.notes, async () => {
    const current = await db.notes.get(id);
    if (!current) throw new Error('This note no longer exists.');
    const next: Note = {
      ...current,
      ...(patch.text !== undefined && { text: patch.text.trim() }),
      ...(patch.quote !== undefined && { quote: patch.quote }),
      ...(patch.entityId !== undefined && { entityId: patch.entityId }),
      tags: editTags(patch.tags ?? current.tags, patch.addTags ?? [], patch.removeTags ?? []),
      updatedAt: now(),
    };
    if (!next.text && !next.quote.trim()) throw new Error(EMPTY_NOTE);
    await db.notes.put(next);
    return next;
  }));
}

function editTags(tags: readonly string[], add: readonly string[], remove: readonly string[]): string[] {
  return normaliseTags([...tags, ...add].filter((t) => !remove.some((r) => sameTag(r, t))));
}

/** Deletes a note and returns it, so the UI can offer Undo through `restoreNote`. */
export async function deleteNote(db: BackstoryDB, id: string): Promise<Note | undefined> {
  return guardWrite('The note was not deleted', () => db.transaction('rw', db.notes, async () => {
    const note = await db.notes.get(id);
    if (note) await db.notes.delete(id);
    return note;
  }));
}

/** Puts a deleted note back exactly as it was (same id, dates and tags). */
export async function restoreNote(db: BackstoryDB, note: Note): Promise<void> {
  await guardWrite('The note was not restored', () => db.notes.put(note));
}

/** Notes on one entity, latest first. */
export function notesForEntity(db: BackstoryDB, entityId: string): Promise<Note[]> {
  return db.notes.where('entityId').equals(entityId).reverse().sortBy('createdAt');
}

/** Every note, latest first. */
export function allNotes(db: BackstoryDB): Promise<Note[]> {
  return readAllNotes(db);
}

/** The `limit` latest notes, newest first, read through the createdAt index. */
export function recentNotes(db: BackstoryDB, limit: number): Promise<Note[]> {
  return db.notes.orderBy('createdAt').reverse().limit(limit).toArray();
}

/** Entity ids that have at least one note, from the entityId index without reading the notes. */
export async function notedEntityIds(db: BackstoryDB): Promise<Set<string>> {
  const keys = await db.notes.orderBy('entityId').uniqueKeys();
  return new Set(keys.filter((k): k is string => typeof k === 'string' && k !== ''));
}

export interface NoteFilter {
  /** An entity id, or null for notes on no entity; leave out for every note. */
  entityId?: string | null;
  /** Matches case-insensitively, like tags everywhere. */
  tag?: string;
  /** A hostname; `reuters.com` also matches `www.reuters.com`. */
  site?: string;
  /** Words that must all appear in the note's text, quote, page title or tags (case and accents folded). */
  text?: string;
  sort: 'newest' | 'oldest';
}

/** Filters and sorts notes without touching the database (the UI already holds them live). */
export function filterNotes(notes: readonly Note[], filter: NoteFilter): Note[] {
  const site = filter.site?.trim().toLowerCase().replace(/^\.+|\.+$/g, '');
  const tag = filter.tag?.trim();
  const hasWords = filter.text ? textMatcher(filter.text) : () => true;
  const kept = notes.filter(
    (note) =>
      (filter.entityId === undefined || note.entityId === filter.entityId) &&
      (!tag || note.tags.some((t) => sameTag(t, tag))) &&
      (!site || onSite(note.pageUrl, site)) &&
      hasWords(note),
  );
  const direction = filter.sort === 'newest' ? -1 : 1;
  // Ties on the same millisecond fall back to the id, so the order never flickers between renders.
  return kept.sort((a, b) => direction * (a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)));
}

function onSite(pageUrl: string, site: string): boolean {
  const host = hostnameOf(pageUrl);
  return host !== null && (host === site || host.endsWith(`.${site}`));
}

/** The lower-case hostname of a URL, or null when it is not a URL. */
export function hostnameOf(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase() || null;
  } catch {
    return null;
  }
}
