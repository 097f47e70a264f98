import { dayBounds } from './timeline';
import {
  ALIAS_KINDS, ENTITY_TYPES, RELATION_TYPES,
  type Entity, type Source,
} from './types';

/** One problem in one entity file; `file` and `entry` make the build error actionable. */
export interface FactError {
  file: string;
  entry: string;
  message: string;
}

const DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export function isPartialDate(value: unknown): value is string {
  if (typeof value !== 'string' || !DATE.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number);
  // "2023-02-30" has the right shape but is no day at all.
  return d === undefined || new Date(Date.UTC(y!, m! - 1, d)).getUTCDate() === d;
}

function isHttpUrl(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/** Checks one entity on its own (shape, dates, sources); cross-entity checks are in validateAll. */
export function validateEntity(file: string, raw: unknown): FactError[] {
  const errors: FactError[] = [];
  const fail = (entry: string, message: string) => errors.push({ file, entry, message });
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    fail('(root)', 'an entity file holds one JSON object');
    return errors;
  }
  const e = raw as Partial<Entity>;
  if (typeof e.id !== 'string' || !ID.test(e.id)) fail('id', `"${String(e.id)}" is not a kebab-case id`);
  if (!ENTITY_TYPES.includes(e.type as never)) fail('type', `unknown type "${String(e.type)}"`);
  if (typeof e.name !== 'string' || !e.name.trim()) fail('name', 'missing canonical name');
  if (typeof e.description !== 'string' || !e.description.trim()) fail('description', 'missing description');

  const sources = (e.sources ?? {}) as Record<string, Partial<Source>>;
  if (typeof sources !== 'object' || Object.keys(sources).length === 0) fail('sources', 'no sources');
  for (const [key, s] of Object.entries(sources)) {
    if (!isHttpUrl(s.url)) fail(`sources.${key}.url`, 'needs an http(s) address');
    if (typeof s.title !== 'string' || !s.title.trim()) fail(`sources.${key}.title`, 'needs a title');
    if (!isPartialDate(s.checked)) fail(`sources.${key}.checked`, 'needs the date it was checked');
    if (s.published !== undefined && !isPartialDate(s.published)) fail(`sources.${key}.published`, 'is not a date');
  }
  const needSource = (entry: string, key: unknown) => {
    if (typeof key !== 'string' || !Object.hasOwn(sources, key)) fail(entry, `has no source (names "${String(key)}")`);
  };
  needSource('description', e.descriptionSource);

  const checkSpan = (entry: string, start: unknown, end: unknown, required: boolean) => {
    if (start === undefined ? required : !isPartialDate(start)) fail(`${entry}.start`, `"${String(start)}" is not a date`);
    if (end !== undefined && !isPartialDate(end)) fail(`${entry}.end`, `"${String(end)}" is not a date`);
    // Partial dates are ranges: "2023-06-15" to "2023-06" is a consistent span.
    if (isPartialDate(start) && isPartialDate(end) && dayBounds(start).first > dayBounds(end).last) {
      fail(entry, `starts (${start}) after it ends (${end})`);
    }
  };
  (e.aliases ?? []).forEach((a, i) => {
    if (typeof a?.text !== 'string' || !a.text.trim()) fail(`aliases[${i}]`, 'empty alias');
    if (a?.kind !== undefined && !ALIAS_KINDS.includes(a.kind)) fail(`aliases[${i}]`, `unknown kind "${a.kind}"`);
    if (a?.requires !== undefined && (!Array.isArray(a.requires) || !a.requires.every((r) => typeof r === 'string'))) {
      fail(`aliases[${i}].requires`, 'must be a list of entity ids');
    }
  });
  (e.roles ?? []).forEach((r, i) => {
    if (typeof r?.title !== 'string' || !r.title.trim()) fail(`roles[${i}]`, 'needs a title');
    checkSpan(`roles[${i}]`, r?.start, r?.end, true);
    needSource(`roles[${i}]`, r?.source);
    if (r?.endSource !== undefined) needSource(`roles[${i}].endSource`, r.endSource);
    if (r?.currentSource !== undefined) {
      needSource(`roles[${i}].currentSource`, r.currentSource);
      // Its one job is to date the evidence that the role is still held: an undated page cannot.
      if (Object.hasOwn(sources, r.currentSource) && sources[r.currentSource]?.published === undefined) {
        fail(`roles[${i}].currentSource`, 'names a source without a published date, which cannot say when the role was still held');
      }
      // "Still in office" and an end date contradict each other.
      if (r.end !== undefined) fail(`roles[${i}].currentSource`, 'only an open role (no end) can have one');
    }
  });
  (e.facts ?? []).forEach((f, i) => {
    if (typeof f?.label !== 'string' || typeof f?.value !== 'string') fail(`facts[${i}]`, 'needs a label and a value');
    checkSpan(`facts[${i}]`, f?.start, f?.end, false);
    needSource(`facts[${i}]`, f?.source);
  });
  (e.relations ?? []).forEach((r, i) => {
    if (!RELATION_TYPES.includes(r?.type)) fail(`relations[${i}]`, `unknown relation "${String(r?.type)}"`);
    checkSpan(`relations[${i}]`, r?.start, r?.end, false);
    needSource(`relations[${i}]`, r?.source);
  });
  return errors;
}

/** Normalised key under which two aliases collide. */
export function aliasKey(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** When two aliases compete for the same text: acronyms and tickers are case-exact, tickers apart. */
export function collisionKey(alias: { text: string; kind?: string }): string {
  const exact = alias.kind === 'acronym' || alias.kind === 'ticker';
  return `${exact ? alias.text : aliasKey(alias.text)}|${alias.kind === 'ticker' ? 't' : ''}`;
}

/** Cross-entity checks: duplicate ids, dangling references, aliases shared without a rule. */
export function validateAll(items: { file: string; entity: Entity }[]): FactError[] {
  const errors: FactError[] = [];
  const byId = new Map<string, string>();
  for (const { file, entity } of items) {
    const seen = byId.get(entity.id);
    if (seen) errors.push({ file, entry: 'id', message: `duplicate id "${entity.id}" (also in ${seen})` });
    else byId.set(entity.id, file);
  }
  const owners = new Map<string, { id: string; file: string; ruled: boolean }[]>();
  for (const { file, entity } of items) {
    const check = (entry: string, target: string | undefined) => {
      if (target !== undefined && !byId.has(target)) {
        errors.push({ file, entry, message: `points at unknown entity "${target}"` });
      }
    };
    entity.roles?.forEach((r, i) => check(`roles[${i}].org`, r.org));
    entity.relations?.forEach((r, i) => check(`relations[${i}].target`, r.target));
    const aliases = [{ text: entity.name } as { text: string; kind?: string; requires?: string[] }, ...(entity.aliases ?? [])];
    aliases.forEach((a, i) => {
      const entry = i === 0 ? 'name' : `aliases[${i - 1}]`;
      if (Array.isArray(a.requires)) a.requires.forEach((t, j) => check(`${entry}.requires[${j}]`, t));
      // A short form only links after its own full name, so it is ruled by construction.
      const ruled = Boolean(a.requires?.length) || a.kind === 'short';
      const key = collisionKey(a);
      const others = owners.get(key) ?? [];
      const clash = ruled ? undefined : others.find((o) => o.id !== entity.id && !o.ruled);
      if (clash) {
        errors.push({ file, entry, message: `alias "${a.text}" is also used by "${clash.id}" (${clash.file}) without a disambiguation rule` });
      }
      others.push({ id: entity.id, file, ruled });
      owners.set(key, others);
    });
  }
  return errors;
}
