import type { Candidate, RawMatch } from './matcher';

/** A match placed in page order: `order` sorts blocks, `start` sorts within one. */
export interface PlacedMatch extends RawMatch {
  order: number;
}

/** A mention the page-level rules accepted. */
export interface Resolved {
  match: PlacedMatch;
  entity: number;
}

const isAnchor = (c: Candidate) => c.kind !== 'short' && !c.requires;

/**
 * Applies the rules that need the whole page: short forms only after their full name, ambiguous
 * aliases only beside the entity they require, and ties broken by that evidence, then by what else
 * the page mentions.
 */
export function resolveMentions(matches: readonly PlacedMatch[], idOf: (entity: number) => string | undefined): Resolved[] {
  const sorted = [...matches].sort((a, b) => a.order - b.order || a.start - b.start);
  // Where each entity is first named in full and unambiguously: the anchors of the page.
  const firstFull = new Map<number, number>();
  sorted.forEach((m, position) => {
    if (m.candidates.length === 1 && isAnchor(m.candidates[0]!) && !firstFull.has(m.candidates[0]!.entity)) {
      firstFull.set(m.candidates[0]!.entity, position);
    }
  });
  const mentionedIds = new Set([...firstFull.keys()].map(idOf));
  const out: Resolved[] = [];
  sorted.forEach((match, position) => {
    let alive = match.candidates.filter((c) => {
      if (c.kind === 'short') return (firstFull.get(c.entity) ?? Infinity) < position;
      if (c.requires) return c.requires.some((id) => mentionedIds.has(id));
      return true;
    });
    // Several readings left: a satisfied `requires` is specific evidence ("Nikkei" beside the
    // Hang Seng is the index); otherwise the reading the page names elsewhere wins.
    if (alive.length > 1 && alive.some((c) => c.requires)) alive = alive.filter((c) => c.requires);
    if (alive.length > 1) alive = alive.filter((c) => firstFull.has(c.entity));
    if (alive.length === 1) out.push({ match, entity: alive[0]!.entity });
  });
  return out;
}
