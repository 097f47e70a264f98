import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allTables, type BackstoryDB, type CustomEntity, type JsonValue, type Note, type SettingRow, type Sighting, type SiteSetting } from '../../../notebook/db';
import { exportNotebook } from '../../../notebook/exportJson';
import { FORBIDDEN_KEYS } from '../../../notebook/importFields';
import { importNotebookFile } from '../../../notebook/importJson';
import { normaliseTags } from '../../../notebook/tags';
import { fillNotebook } from './generate';
import { freshDb, T0 } from './support';

// Any Unicode, lone surrogates included: JSON carries them as \ud83d escapes.
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 30 }),
);
const key = anyText.filter((s) => s.length > 0);
// Every instant Date#toISOString writes in the four-digit form the export uses (years 0000-9999).
const instant = fc.integer({ min: Date.parse('0000-01-01T00:00:00.000Z'), max: Date.parse('9999-12-31T23:59:59.999Z') });
const day = instant.map((ms) => new Date(ms).toISOString().slice(0, 10));

const hasForbiddenKey = (v: unknown): boolean =>
  typeof v === 'object' && v !== null && Object.entries(v).some(([k, inner]) => FORBIDDEN_KEYS.includes(k) || hasForbiddenKey(inner));

const note: fc.Arbitrary<Note> = fc.record({
  id: key, entityId: fc.option(key, { nil: null }), pageUrl: anyText, pageTitle: anyText, quote: anyText, text: anyText,
  // Tags are normalised whenever a note is written (notebook/notes.ts), so a stored note holds them so.
  tags: fc.array(anyText, { maxLength: 4 }).map(normaliseTags), createdAt: instant, updatedAt: instant,
});
const entity: fc.Arbitrary<CustomEntity> = fc.record({
  id: key, name: key, aliases: fc.array(anyText, { maxLength: 3 }), description: anyText, createdAt: instant, updatedAt: instant,
});
// A tracked name has a letter or digit and two characters at least, and no two share a name: the
// numbered suffix guarantees both, whatever text fast-check chose.
const trackedNames = (list: CustomEntity[]): CustomEntity[] => list.map((e, i) => ({
  ...e, name: `${e.name.slice(0, 90)} n${i}`, aliases: e.aliases.map((a, j) => `${a.slice(0, 90)} a${j}`),
}));
const site: fc.Arbitrary<SiteSetting> = fc.record({ hostname: key, enabled: fc.boolean(), updatedAt: instant });
const sighting: fc.Arbitrary<Sighting> = fc.record({
  entityId: key, pageUrl: key, pageTitle: anyText, day, count: fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
});
// The known settings with their shapes, and settings a newer Backstory may have written (any JSON
// value the importer accepts: it refuses prototype keys, so none can be stored).
const known: fc.Arbitrary<SettingRow[]> = fc.record({
  sightingsEnabled: fc.boolean(), paused: fc.boolean(), firstMentionOnly: fc.boolean(), disabledTypes: fc.array(anyText, { maxLength: 3 }),
}, { requiredKeys: [] }).map((o) => Object.entries(o).map(([k, value]) => ({ key: k, value: value as JsonValue })));
const unknown = fc.record({
  key: key.filter((k) => !['sightingsEnabled', 'paused', 'firstMentionOnly', 'disabledTypes'].includes(k)),
  value: fc.jsonValue({ maxDepth: 3 }).filter((v) => !hasForbiddenKey(v)) as fc.Arbitrary<JsonValue>,
});

const notebook = fc.record({
  notes: fc.uniqueArray(note, { selector: (n) => n.id, maxLength: 8 }),
  customEntities: fc.uniqueArray(entity, { selector: (e) => e.id, maxLength: 4 }).map(trackedNames),
  siteSettings: fc.uniqueArray(site, { selector: (s) => s.hostname, maxLength: 4 }),
  settings: fc.tuple(known, fc.uniqueArray(unknown, { selector: (s) => s.key, maxLength: 3 })).map(([a, b]) => [...a, ...b]),
  sightings: fc.uniqueArray(sighting, { selector: (s) => JSON.stringify([s.entityId, s.pageUrl, s.day]), maxLength: 6 }),
});

const now = () => T0;
const exportText = async (db: BackstoryDB) => JSON.stringify(await exportNotebook(db, now), null, 2);

/** Export, wipe every table, import the file, export again: the two files must be the same bytes. */
async function roundTrip(db: BackstoryDB): Promise<{ first: string; second: string }> {
  const first = await exportText(db);
  await db.transaction('rw', allTables(db), () => Promise.all(allTables(db).map((t) => t.clear())));
  expect(await Promise.all(allTables(db).map((t) => t.count()))).toEqual([0, 0, 0, 0, 0]);
  const imported = await importNotebookFile(db, first);
  expect(imported.ok, imported.ok ? '' : imported.error).toBe(true);
  return { first, second: await exportText(db) };
}

describe('notebook export and import round trip (fast-check)', () => {
  it('any notebook exported, wiped, imported and exported again is identical', async () => {
    await fc.assert(fc.asyncProperty(notebook, async (nb) => {
      const db = freshDb();
      try {
        await db.notes.bulkPut(nb.notes);
        await db.customEntities.bulkPut(nb.customEntities);
        await db.siteSettings.bulkPut(nb.siteSettings);
        await db.settings.bulkPut(nb.settings);
        await db.sightings.bulkPut(nb.sightings);
        const { first, second } = await roundTrip(db);
        expect(second).toBe(first);
      } finally {
        await db.delete();
      }
    }), { numRuns: 60 });
  });

  it("the seeded generator's notebooks (every table, nasty text) survive the round trip too", async () => {
    await fc.assert(fc.asyncProperty(fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.integer({ min: 0, max: 30 }), async (seed, count) => {
      const db = freshDb();
      try {
        await fillNotebook(db, count, seed);
        const { first, second } = await roundTrip(db);
        expect(second).toBe(first);
      } finally {
        await db.delete();
      }
    }), { numRuns: 15 });
  });
});
