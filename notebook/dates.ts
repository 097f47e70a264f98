// Exported dates use exactly the form Date#toISOString writes, so an export read back and written
// again is byte-identical. The pattern alone would let 2023-02-30 through; the round trip does not.
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function toInstant(ms: number): string {
  return new Date(ms).toISOString();
}

/** Epoch milliseconds for a valid `2023-01-06T09:30:00.000Z`, or null. */
export function parseInstant(text: string): number | null {
  if (!INSTANT.test(text)) return null;
  const ms = Date.parse(text);
  return Number.isFinite(ms) && toInstant(ms) === text ? ms : null;
}

/** Whether `text` is a real calendar day written `YYYY-MM-DD`. */
export function isCalendarDay(text: string): boolean {
  if (!DAY.test(text)) return false;
  const ms = Date.parse(`${text}T00:00:00.000Z`);
  return Number.isFinite(ms) && toInstant(ms).slice(0, 10) === text;
}

/** The reader's local calendar day for an instant: a sighting belongs to the day they read. */
export function localDay(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(d.getFullYear()).padStart(4, '0')}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
