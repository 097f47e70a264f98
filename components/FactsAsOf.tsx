import type { Entity, Role } from '../factbase/types';
import { asOf, compareDates, datedFacts, dayBounds, formatDate, lastConfirmed } from '../factbase/timeline';
import type { FactLookup } from '../factbase/lookup';

/** Props for FactsAsOf. */
export interface FactsAsOfProps {
  entity: Entity;
  lookup: FactLookup;
  /** The article's publication day; null shows what holds now and says so. */
  day: string | null;
}

/** A role or a dated fact, as one line on the timeline. */
interface Line {
  key: string;
  text: string;
  role: boolean;
  start?: string;
  end?: string;
  /** For an open role: the latest day a source shows it held. */
  confirmed?: string;
}

function roleLine(role: Role, lookup: FactLookup): string {
  const org = role.org ? lookup.get(role.org)?.name : undefined;
  // "Minister of Economy, Trade and Industry" already names its ministry.
  const core = org?.replace(/^(the )?(Ministry|Department|Office) of (the )?/i, '');
  return org && core && !role.title.includes(core) ? `${role.title} (${org})` : role.title;
}

function timeline(entity: Entity, lookup: FactLookup): Line[] {
  return [
    ...(entity.roles ?? []).map((r) => ({
      key: `r:${r.title}:${r.start}`, text: roleLine(r, lookup), role: true, start: r.start, end: r.end, confirmed: lastConfirmed(entity, r),
    })),
    ...datedFacts(entity).map((f) => ({ key: `f:${f.label}:${f.value}`, text: `${f.label}: ${f.value}`, role: false, start: f.start, end: f.end })),
  ];
}

/** "on 3 Aug 2017", but "in Jan 2025" or "in 2009" when only the month or year is known. */
const when = (date: string) => `${date.length === 10 ? 'on' : 'in'} ${formatDate(date)}`;

/** An open role's evidence, when a source later than its start confirms it. */
const latest = (l: Line) => (l.confirmed && l.start && l.confirmed !== l.start ? `; latest source ${formatDate(l.confirmed)}` : '');

const span = (l: Line) => `${l.start ? formatDate(l.start) : '…'} – ${l.end ? formatDate(l.end) : `no end date in our sources${latest(l)}`}`;

/** Whether the article's day is later than every source on an open role. */
const unconfirmedOn = (l: Line, day: string) => l.confirmed !== undefined && dayBounds(l.confirmed).first < day;

function changeText(line: Line, change: 'ended' | 'began', on: string): string {
  if (line.role) return `${change === 'ended' ? `Left office as ${line.text}` : `Became ${line.text}`} ${when(on)}`;
  // Event facts often carry their date in the value ("launched: 1 April 2025"); say it once.
  const text = change === 'ended' ? `Ended: ${line.text}` : line.text;
  return line.text.includes(on.slice(0, 4)) ? text : `${text} ${when(on)}`;
}

/** The entity's roles and dated facts as they stood on the article's date, and what changed since. */
export function FactsAsOf({ entity, lookup, day }: FactsAsOfProps) {
  const lines = timeline(entity, lookup);
  if (lines.length === 0) return null;
  if (!day) {
    // Open lines are current as far as our sources know; without any, the latest ones.
    const open = lines.filter((l) => !l.end);
    const shown = open.length ? open : [...lines].sort((a, b) => compareDates(b.start ?? '0000', a.start ?? '0000')).slice(0, 3);
    return (
      <section class="asof" aria-label="Roles">
        <p class="asof-label">No article date found; {open.length ? 'current' : 'latest'} in our sources:</p>
        <ul>{shown.map((l) => <li key={l.key}>{l.text} <span class="muted">({span(l)})</span></li>)}</ul>
      </section>
    );
  }
  const { then, since } = asOf(lines, day);
  return (
    <section class="asof" aria-label="At the time">
      <p class="asof-label">At the time ({formatDate(day)}):</p>
      {then.length > 0 && <ul>{then.map((l) => (
        <li key={l.key} class="asof-then">{l.text}{unconfirmedOn(l, day) && (
          <span class="muted"> (from {formatDate(l.start!)}; {l.confirmed === l.start ? 'no later source confirms it' : `our latest source on it is from ${formatDate(l.confirmed!)}`})</span>
        )}</li>
      ))}</ul>}
      {then.length === 0 && lines.some((l) => l.role) && <p class="muted">No office in our sources on that date.</p>}
      {since.length > 0 && (
        <ul class="asof-since" aria-label="Since then">
          {since.map(({ item, change, on }) => (
            <li key={item.key + change}>
              <span class="since-tag">Since then</span> {changeText(item, change, on)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
