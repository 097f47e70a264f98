import { isCalendarDay, parseInstant } from './dates';

/** A reason the file cannot be imported, worded for the reader. */
export class ImportError extends Error {}

export function fail(message: string): never {
  throw new ImportError(message);
}

/** Keys that could reach an object's prototype if any later code merged the data naively. */
export const FORBIDDEN_KEYS: readonly string[] = ['__proto__', 'constructor', 'prototype'];

export const MAX_TEXT_BYTES = 1024 * 1024;

export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'boolean') return `${value}`;
  if (typeof value === 'number') return `the number ${value}`;
  return typeof value === 'object' ? 'an object' : typeof value;
}

const wrongType = (path: string, expected: string, value: unknown): never =>
  fail(`${path} should be ${expected}, but it is ${describeValue(value)}.`);

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An object with exactly these fields: a missing or unknown field means the file is not ours. */
export function record(value: unknown, path: string, fields: readonly string[]): Record<string, unknown> {
  if (!isPlainObject(value)) return wrongType(path, 'an object', value);
  for (const field of fields) if (!Object.hasOwn(value, field)) fail(`${path} is missing its "${field}" field.`);
  for (const key of Object.keys(value)) if (!fields.includes(key)) fail(`${path} has an unknown field "${key}".`);
  return value;
}

export function list(value: unknown, path: string): unknown[] {
  return Array.isArray(value) ? value : wrongType(path, 'a list', value);
}

export function text(value: unknown, path: string): string {
  return typeof value === 'string' ? value : wrongType(path, 'text', value);
}

/** Text that serves as a key: IndexedDB accepts "", people never mean it. */
export function keyText(value: unknown, path: string): string {
  const t = text(value, path);
  return t ? t : fail(`${path} should not be empty.`);
}

export function textOrNull(value: unknown, path: string): string | null {
  return value === null ? null : typeof value === 'string' ? value : wrongType(path, 'text or null', value);
}

export function textList(value: unknown, path: string): string[] {
  return list(value, path).map((item, i) => text(item, `${path}[${i}]`));
}

export function bool(value: unknown, path: string): boolean {
  return typeof value === 'boolean' ? value : wrongType(path, 'true or false', value);
}

export function positiveWhole(value: unknown, path: string): number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 1 ? value : wrongType(path, 'a whole number of at least 1', value);
}

export function instant(value: unknown, path: string): number {
  const ms = parseInstant(text(value, path));
  return ms ?? fail(`${path} is not a valid date: ${JSON.stringify(value)} (expected a UTC date like 2023-01-06T09:30:00.000Z).`);
}

export function day(value: unknown, path: string): string {
  const d = text(value, path);
  return isCalendarDay(d) ? d : fail(`${path} is not a valid day: ${JSON.stringify(d)} (expected a day like 2023-01-06).`);
}

/** UTF-8 length, stopping early once past `limit` so a huge string costs no more than the limit. */
export function utf8Length(s: string, limit = Infinity): number {
  let bytes = 0;
  for (let i = 0; i < s.length && bytes <= limit; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** "20 MB", "1.5 MB", "12 KB", "700 bytes": a size as people read it. */
export function formatSize(bytes: number): string {
  const [unit, size] = bytes >= 1024 * 1024 ? ['MB', 1024 * 1024] : bytes >= 1024 ? ['KB', 1024] : ['bytes', 1];
  const value = bytes / (size as number);
  return `${Number.isInteger(value) ? value : value.toFixed(1)} ${unit}`;
}

/** Note text or quote of at most 1 MB (UTF-8), so one pasted book cannot swamp the notebook. */
export function noteText(value: unknown, path: string): string {
  const t = text(value, path);
  // Every UTF-16 unit is at least one UTF-8 byte, so short strings skip the count.
  if (t.length * 3 <= MAX_TEXT_BYTES) return t;
  const bytes = utf8Length(t, MAX_TEXT_BYTES);
  return bytes <= MAX_TEXT_BYTES ? t : fail(`${path} is over 1 MB; Backstory keeps each note's text and quote under 1 MB.`);
}
