import type { Entity, FactBase } from './types';

/** Read-only access to the compiled fact base, by id. */
export interface FactLookup {
  get(id: string): Entity | undefined;
  all(): readonly Entity[];
}

export function createLookup(data: FactBase): FactLookup {
  const byId = new Map(data.entities.map((e) => [e.id, e]));
  return { get: (id) => byId.get(id), all: () => data.entities };
}

/** Safe links only: a fact-base URL that is not http(s) is never rendered as a link. */
export function safeHref(url: string): string | undefined {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}
