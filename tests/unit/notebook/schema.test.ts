import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BackstoryDB } from '../../../notebook/db';
import { exportNotebook, type NotebookExport } from '../../../notebook/exportJson';
import { parseNotebookFile } from '../../../notebook/importJson';
import { BAD_FILES, MB, validExport } from './badFiles';
import { fillNotebook } from './generate';
import { check } from './schemaCheck';
import { freshDb, T0 } from './support';

// The documented schema and the parser must agree: these tests fail when either drifts.
const docs = resolve(process.cwd(), 'docs');
const schema = JSON.parse(readFileSync(resolve(docs, 'notebook.schema.json'), 'utf8')) as Record<string, unknown>;
const defs = schema.$defs as Record<string, { required?: string[]; properties?: Record<string, unknown> }>;
const prose = readFileSync(resolve(docs, 'notebook-format.md'), 'utf8');

let db: BackstoryDB;
let exported: NotebookExport;

beforeEach(async () => {
  db = freshDb();
  await fillNotebook(db, 50, 5);
  exported = JSON.parse(JSON.stringify(await exportNotebook(db, () => T0))) as NotebookExport;
});

afterEach(async () => {
  await db.delete();
});

describe('docs/notebook.schema.json', () => {
  it('accepts an actual export of every table', () => {
    expect(exported.notes.length && exported.customEntities.length && exported.siteSettings.length && exported.settings.length && exported.sightings.length).toBeTruthy();
    expect(check(schema, exported)).toEqual([]);
  });

  it('requires exactly the fields an export writes, record by record', () => {
    const keys = (o: object | undefined) => Object.keys(o ?? {}).sort();
    expect(defs.version2!.required!.slice().sort()).toEqual(keys(exported));
    expect(keys(defs.version2!.properties)).toEqual(keys(exported));
    const records: Array<[string, object | undefined]> = [
      ['note', exported.notes[0]], ['customEntity', exported.customEntities[0]], ['siteSetting', exported.siteSettings[0]],
      ['setting', exported.settings[0]], ['sighting', exported.sightings[0]],
    ];
    for (const [def, record] of records) {
      expect(defs[def]!.required!.slice().sort(), def).toEqual(keys(record));
      expect(keys(defs[def]!.properties), def).toEqual(keys(record));
    }
  });

  it('accepts a version 1 export, as the parser does', () => {
    const v1 = { format: 'backstory-notebook', version: 1, exportedAt: exported.exportedAt, notes: exported.notes };
    expect(check(schema, v1)).toEqual([]);
    expect(parseNotebookFile(JSON.stringify(v1)).ok).toBe(true);
  });

  const accepted: Array<[string, (d: Record<string, unknown>) => void]> = [
    ['a note on no entity, without tags', (d) => Object.assign((d.notes as object[])[0]!, { entityId: null, tags: [] })],
    ['a setting Backstory does not know yet', (d) => (d.settings as object[]).push({ key: 'later', value: [{ a: { b: null } }, 1.5] })],
    ['note text of exactly 1 MB', (d) => Object.assign((d.notes as object[])[0]!, { text: 'a'.repeat(MB) })],
    ['empty tables', (d) => Object.assign(d, { notes: [], customEntities: [], siteSettings: [], settings: [], sightings: [] })],
  ];

  it.each(accepted)('agrees with the parser on accepting %s', (_, change) => {
    const doc = validExport();
    change(doc);
    expect(check(schema, doc)).toEqual([]);
    expect(parseNotebookFile(JSON.stringify(doc)).ok).toBe(true);
  });

  it.each(BAD_FILES.filter((bad) => !bad.fileLevel && !bad.crossRecord))('agrees with the parser on refusing $name', ({ text }) => {
    const doc: unknown = JSON.parse(text()); // no reviver: the schema must catch forbidden keys itself
    expect(parseNotebookFile(text(), 64 * MB).ok).toBe(false);
    expect(check(schema, doc)).not.toEqual([]);
  });
});

describe('schemaCheck', () => {
  it('refuses keywords it does not implement, so no schema rule goes unchecked', () => {
    expect(() => check({ uniqueItems: true }, [])).toThrow('does not know the keyword "uniqueItems"');
  });
});

describe('docs/notebook-format.md', () => {
  it('names every field and table of the format', () => {
    const fields = new Set(Object.values(defs).flatMap((d) => Object.keys(d.properties ?? {})));
    for (const field of fields) expect(prose, field).toContain(`\`${field}\``);
  });

  it('states the limits the parser enforces', () => {
    for (const limit of ['128 MB', '1 MB', '200,000']) expect(prose).toContain(limit);
  });
});
