import type { BackstoryDB, CustomEntity } from './db';
import { addNote, type Clock } from './notes';
import { err, ok, type Result } from './result';

/** What the "Track this name" form sends, as typed. */
export interface TrackForm {
  name: string;
  /** Other names, one per line. */
  aliases: string;
  description: string;
  /** An optional first note on the new entity. */
  note: string;
}

export interface TrackInput {
  name: string;
  aliases: string[];
  description: string;
  note: string;
}

/** Where the name was selected: the note's page and quote. */
export interface TrackSource {
  pageUrl: string;
  pageTitle: string;
  quote: string;
}

const MAX_NAME = 100;
const MAX_ALIASES = 20;
const MAX_DESCRIPTION = 1_000;
const MAX_NOTE = 10_000;
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
const hasWord = (text: string) => /[\p{L}\p{N}]/u.test(text);

/** What is wrong with a tracked name, or null: the track window and the import apply the same rule. */
export function checkName(name: string, what: string): string | null {
  if (name.length < 2) return `${what} needs at least two characters.`;
  if (name.length > MAX_NAME) return `${what} is longer than ${MAX_NAME} characters.`;
  if (!hasWord(name)) return `${what} needs a letter or a digit.`;
  return null;
}

/** Checks the form; one clear message for the first problem. Names match as typed (case counts). */
export function parseTrackForm(form: TrackForm): Result<TrackInput> {
  const name = oneLine(form.name);
  const nameProblem = checkName(name, 'The name');
  if (nameProblem) return err(nameProblem);
  const aliases = [...new Set(form.aliases.split('\n').map(oneLine).filter((a) => a && a !== name))];
  if (aliases.length > MAX_ALIASES) return err(`At most ${MAX_ALIASES} other names, please.`);
  for (const alias of aliases) {
    const problem = checkName(alias, `The other name "${alias.slice(0, 40)}"`);
    if (problem) return err(problem);
  }
  const description = form.description.trim();
  if (description.length > MAX_DESCRIPTION) return err(`The description is longer than ${MAX_DESCRIPTION} characters.`);
  const note = form.note.trim();
  if (note.length > MAX_NOTE) return err(`The note is longer than ${MAX_NOTE} characters.`);
  return ok({ name, aliases, description, note });
}

/**
 * Saves a new custom entity, and its first note if there is one, in one transaction. A name the
 * reader already tracks (in any case) is refused and nothing is saved.
 */
export async function trackName(
  db: BackstoryDB, input: TrackInput, source: TrackSource, now: Clock, newId: () => string = () => crypto.randomUUID(),
): Promise<Result<CustomEntity>> {
  return db.transaction('rw', db.customEntities, db.notes, async () => {
    const same = await db.customEntities.where('name').equalsIgnoreCase(input.name).first();
    if (same) return err(`You already track "${same.name}".`);
    const at = now();
    const entity: CustomEntity = { id: newId(), name: input.name, aliases: input.aliases, description: input.description, createdAt: at, updatedAt: at };
    await db.customEntities.add(entity);
    if (input.note) {
      await addNote(db, { entityId: entity.id, pageUrl: source.pageUrl, pageTitle: source.pageTitle, quote: source.quote, text: input.note, tags: [] }, () => at, newId);
    }
    return ok(entity);
  });
}

export function listCustomEntities(db: BackstoryDB): Promise<CustomEntity[]> {
  return db.customEntities.toArray();
}
