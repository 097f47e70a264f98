import type { JsonValue } from './db';
import { toInstant } from './dates';
import {
  EXPORT_FORMAT, EXPORT_VERSION, type ExportedCustomEntity, type ExportedNote, type ExportedSetting, type ExportedSighting,
  type ExportedSiteSetting, type NotebookExport,
} from './exportJson';
import { bool, day, describeValue, fail, instant, isPlainObject, keyText, list, noteText, positiveWhole, record, text, textList, textOrNull } from './importFields';
import { checkName } from './customEntities';
import { isKnownSetting, SETTING_CHECKS } from './settings';
import { normaliseTags } from './tags';

export const MAX_NOTES = 200_000;

const NOTE_FIELDS = ['id', 'entityId', 'pageUrl', 'pageTitle', 'quote', 'text', 'tags', 'createdAt', 'updatedAt'] as const;
const V1_FIELDS = ['format', 'version', 'exportedAt', 'notes'] as const;
const V2_FIELDS = [...V1_FIELDS, 'customEntities', 'siteSettings', 'settings', 'sightings'] as const;

/** Dates are checked, then written back in canonical form (identical to the input once checked). */
const date = (value: unknown, path: string) => toInstant(instant(value, path));

function readNote(value: unknown, path: string): ExportedNote {
  const r = record(value, path, NOTE_FIELDS);
  return {
    id: keyText(r.id, `${path}.id`), entityId: textOrNull(r.entityId, `${path}.entityId`),
    pageUrl: text(r.pageUrl, `${path}.pageUrl`), pageTitle: text(r.pageTitle, `${path}.pageTitle`),
    quote: noteText(r.quote, `${path}.quote`), text: noteText(r.text, `${path}.text`),
    tags: normaliseTags(textList(r.tags, `${path}.tags`)),
    createdAt: date(r.createdAt, `${path}.createdAt`), updatedAt: date(r.updatedAt, `${path}.updatedAt`),
  };
}

/** A tracked name is marked on every page: an import may not hold one the track window refuses. */
function trackedName(value: unknown, path: string): string {
  const name = keyText(value, path);
  const problem = checkName(name.replace(/\s+/g, ' ').trim(), path);
  if (problem) fail(problem);
  return name;
}

function readEntity(value: unknown, path: string): ExportedCustomEntity {
  const r = record(value, path, ['id', 'name', 'aliases', 'description', 'createdAt', 'updatedAt']);
  const aliases = textList(r.aliases, `${path}.aliases`);
  aliases.forEach((a, i) => trackedName(a, `${path}.aliases[${i}]`));
  return {
    id: keyText(r.id, `${path}.id`), name: trackedName(r.name, `${path}.name`), aliases,
    description: text(r.description, `${path}.description`),
    createdAt: date(r.createdAt, `${path}.createdAt`), updatedAt: date(r.updatedAt, `${path}.updatedAt`),
  };
}

/** Two tracked names that differ only in case would be one name twice: the track window refuses that too. */
function uniqueNames(entities: ExportedCustomEntity[]): ExportedCustomEntity[] {
  const seen = new Map<string, number>();
  entities.forEach((e, i) => {
    const key = e.name.toLocaleLowerCase();
    const first = seen.get(key);
    if (first !== undefined) fail(`customEntities[${i}].name: "${e.name.slice(0, 40)}" is already tracked by customEntities[${first}].`);
    seen.set(key, i);
  });
  return entities;
}

function readSite(value: unknown, path: string): ExportedSiteSetting {
  const r = record(value, path, ['hostname', 'enabled', 'updatedAt']);
  return { hostname: keyText(r.hostname, `${path}.hostname`), enabled: bool(r.enabled, `${path}.enabled`), updatedAt: date(r.updatedAt, `${path}.updatedAt`) };
}

function readSetting(value: unknown, path: string): ExportedSetting {
  const r = record(value, path, ['key', 'value']);
  const key = keyText(r.key, `${path}.key`);
  // Anything JSON.parse returns is a JSON value; only the settings Backstory knows have a shape.
  if (isKnownSetting(key) && !SETTING_CHECKS[key].check(r.value)) {
    fail(`${path}.value (the "${key}" setting) should be ${SETTING_CHECKS[key].expected}, but it is ${describeValue(r.value)}.`);
  }
  return { key, value: r.value as JsonValue };
}

function readSighting(value: unknown, path: string): ExportedSighting {
  const r = record(value, path, ['entityId', 'pageUrl', 'pageTitle', 'day', 'count']);
  return {
    entityId: keyText(r.entityId, `${path}.entityId`), pageUrl: keyText(r.pageUrl, `${path}.pageUrl`),
    pageTitle: text(r.pageTitle, `${path}.pageTitle`), day: day(r.day, `${path}.day`), count: positiveWhole(r.count, `${path}.count`),
  };
}

function readAll<T>(value: unknown, name: string, read: (item: unknown, path: string) => T): T[] {
  return list(value, name).map((item, i) => read(item, `${name}[${i}]`));
}

/** Checks a parsed file field by field; throws an ImportError naming the first problem. */
export function readExport(raw: unknown): NotebookExport {
  if (!isPlainObject(raw) || raw.format !== EXPORT_FORMAT) fail('This is not a Backstory notebook export.');
  const version = raw.version;
  if (typeof version !== 'number' || !Number.isInteger(version)) fail('This file has no valid format version.');
  if (version > EXPORT_VERSION) {
    fail(`This notebook comes from a newer Backstory (format version ${version}); this one reads versions 1 to ${EXPORT_VERSION}. Update Backstory, then import it again.`);
  }
  if (version < 1) fail(`This notebook's format version (${version}) is not supported.`);
  const top = record(raw, 'The file', version === 1 ? V1_FIELDS : V2_FIELDS);
  const notes = list(top.notes, 'notes');
  if (notes.length > MAX_NOTES) {
    fail(`This file holds ${notes.length.toLocaleString('en-US')} notes; Backstory imports at most ${MAX_NOTES.toLocaleString('en-US')} at a time.`);
  }
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: date(top.exportedAt, 'exportedAt'),
    notes: readAll(notes, 'notes', readNote),
    // A version 1 file held notes only; it reads as a version 2 notebook with nothing else.
    customEntities: version === 1 ? [] : uniqueNames(readAll(top.customEntities, 'customEntities', readEntity)),
    siteSettings: version === 1 ? [] : readAll(top.siteSettings, 'siteSettings', readSite),
    settings: version === 1 ? [] : readAll(top.settings, 'settings', readSetting),
    sightings: version === 1 ? [] : readAll(top.sightings, 'sightings', readSighting),
  };
}
