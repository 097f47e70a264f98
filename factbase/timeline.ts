import type { Entity, Fact, Role } from './types';

/** The first and last day a partial date can mean: "2023-12" is 1 to 31 December 2023. */
export function dayBounds(date: string): { first: string; last: string } {
  const [y, m, d] = date.split('-');
  if (d) return { first: date, last: date };
  if (m) {
    const lastDay = new Date(Date.UTC(Number(y), Number(m), 0)).getUTCDate();
    return { first: `${y}-${m}-01`, last: `${y}-${m}-${String(lastDay).padStart(2, '0')}` };
  }
  return { first: `${y}-01-01`, last: `${y}-12-31` };
}

/** Compares partial dates by their earliest possible day ("2023" and "2023-01-01" are equal). */
export function compareDates(a: string, b: string): number {
  return dayBounds(a).first.localeCompare(dayBounds(b).first);
}

type Span = { start?: string; end?: string };

/** Whether a span certainly held on `day` (YYYY-MM-DD). */
export function heldOn(span: Span, day: string): boolean {
  if (span.start && dayBounds(span.start).last > day) return false;
  if (span.end && dayBounds(span.end).first < day) return false;
  return true;
}

export interface AsOf<T> {
  /** What held on the day. */
  then: T[];
  /** What changed after the day: ended since, or began since. */
  since: { item: T; change: 'ended' | 'began'; on: string }[];
}

/** Splits dated items into those that held on `day` and those that changed afterwards. */
export function asOf<T extends Span>(items: readonly T[], day: string): AsOf<T> {
  const then: T[] = [];
  const since: AsOf<T>['since'] = [];
  for (const item of items) {
    if (heldOn(item, day)) {
      then.push(item);
      if (item.end) since.push({ item, change: 'ended', on: item.end });
    } else if (item.start && dayBounds(item.start).first > day) {
      since.push({ item, change: 'began', on: item.start });
    }
  }
  since.sort((a, b) => compareDates(a.on, b.on));
  return { then, since };
}

/**
 * The latest day a dated source shows an open role as held: the publication date of its source or
 * `currentSource` (or its start, if later). Past it, the card says how old its evidence is rather
 * than assert the role still held: a 2018 news report cannot say who holds an office in 2026.
 * Undefined when no source is dated (a reference page describing the present): nothing to compare.
 */
export function lastConfirmed(entity: Entity, role: Role): string | undefined {
  if (role.end) return undefined;
  const published = [entity.sources[role.source]?.published, role.currentSource ? entity.sources[role.currentSource]?.published : undefined]
    .filter((d): d is string => d !== undefined);
  if (published.length === 0) return undefined;
  // A partial date ("2024") vouches only for its first day: the page may be from January.
  return [role.start, ...published].sort((a, b) => compareDates(dayBounds(b).first, dayBounds(a).first))[0];
}

/** Roles that are open (no end): current as far as their sources know. */
export function openRoles(entity: Entity): Role[] {
  return (entity.roles ?? []).filter((r) => !r.end);
}

/** Facts bounded in time, shown "at the time" of an article; the rest are timeless. */
export function datedFacts(entity: Entity): Fact[] {
  return (entity.facts ?? []).filter((f) => f.start || f.end);
}

export function undatedFacts(entity: Entity): Fact[] {
  return (entity.facts ?? []).filter((f) => !f.start && !f.end);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "6 Jan 2023", "Jan 2023" or "2023". */
export function formatDate(date: string): string {
  const [y, m, d] = date.split('-');
  if (!m) return y!;
  const month = MONTHS[Number(m) - 1]!;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}
