import type { Entity, Role } from '../factbase/types';
import { asOf, formatDate } from '../factbase/timeline';
import type { FactLookup } from '../factbase/lookup';

/** Props for FactsAsOf. */
export interface FactsAsOfProps {
  entity: Entity;
  lookup: FactLookup;
  /** The article's publication day; null shows the latest facts and says so. */
  day: string | null;
}

function roleLine(role: Role, lookup: FactLookup): string {
  const org = role.org ? lookup.get(role.org)?.name : undefined;
  // "Minister of Economy, Trade and Industry" already names its ministry.
  const core = org?.replace(/^(the )?(Ministry|Department|Office) of (the )?/i, '');
  return org && core && !role.title.includes(core) ? `${role.title} (${org})` : role.title;
}

const span = (r: Role) => `${formatDate(r.start)} – ${r.end ? formatDate(r.end) : 'no end date in our sources'}`;

/** The entity's roles as they stood on the article's date, and what has changed since. */
export function FactsAsOf({ entity, lookup, day }: FactsAsOfProps) {
  const roles = entity.roles ?? [];
  if (roles.length === 0) return null;
  if (!day) {
    const latest = [...roles].sort((a, b) => b.start.localeCompare(a.start)).slice(0, 3);
    return (
      <section class="asof" aria-label="Roles">
        <p class="asof-label">No article date found; latest roles in our sources:</p>
        <ul>{latest.map((r) => <li key={r.title + r.start}>{roleLine(r, lookup)} <span class="muted">({span(r)})</span></li>)}</ul>
      </section>
    );
  }
  const { then, since } = asOf(roles, day);
  return (
    <section class="asof" aria-label="At the time">
      <p class="asof-label">At the time ({formatDate(day)}):</p>
      {then.length ? (
        <ul>{then.map((r) => <li key={r.title + r.start} class="asof-then">{roleLine(r, lookup)}</li>)}</ul>
      ) : (
        <p class="muted">No office in our sources on that date.</p>
      )}
      {since.length > 0 && (
        <ul class="asof-since" aria-label="Since then">
          {since.map(({ item, change, on }) => (
            <li key={item.title + on}>
              <span class="since-tag">Since then</span> {change === 'ended' ? 'Left office' : 'Became'}{' '}
              {change === 'began' ? roleLine(item, lookup) : `as ${roleLine(item, lookup)}`} on {formatDate(on)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
