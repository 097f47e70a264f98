/** A small valid version 2 export, free of surprises, for mutating into bad files. */
export function validExport(): Record<string, unknown> {
  return {
    format: 'backstory-notebook',
    version: 2,
    exportedAt: '2024-02-29T23:59:59.123Z',
    notes: [
      {
        id: 'n1', entityId: 'rapidus', pageUrl: 'https://news.example/a', pageTitle: 'A', quote: 'Q', text: 'T',
        tags: ['chips'], createdAt: '2023-01-06T09:30:00.000Z', updatedAt: '2023-01-06T09:31:00.000Z',
      },
    ],
    customEntities: [{ id: 'c1', name: 'Acme', aliases: ['ACME'], description: 'D', createdAt: '2023-01-06T09:30:00.000Z', updatedAt: '2023-01-06T09:30:00.000Z' }],
    siteSettings: [{ hostname: 'example.com', enabled: false, updatedAt: '2023-01-06T09:30:00.000Z' }],
    settings: [{ key: 'paused', value: true }, { key: 'custom', value: { any: ['json', 1, null] } }],
    sightings: [{ entityId: 'rapidus', pageUrl: 'https://news.example/a', pageTitle: 'A', day: '2024-03-01', count: 2 }],
  };
}

type Doc = Record<string, unknown> & { notes: Array<Record<string, unknown>> };
const edit = (change: (doc: Doc) => void) => (): string => {
  const doc = validExport() as Doc;
  change(doc);
  return JSON.stringify(doc);
};
const note0 = (doc: Doc) => doc.notes[0]!;
const first = (doc: Doc, table: string) => (doc[table] as Array<Record<string, unknown>>)[0]!;

/** A file the parser must refuse, and the one sentence it must say. */
export interface BadFile {
  name: string;
  text: () => string;
  message: string;
  /** Refused for a reason outside the JSON document (size, syntax), so not the schema's business. */
  fileLevel?: boolean;
  /** Refused for how records relate to each other, which a JSON Schema cannot say. */
  crossRecord?: boolean;
}

export const MB = 1024 * 1024;

export const BAD_FILES: BadFile[] = [
  {
    name: 'a one-character tracked name',
    text: edit((doc) => { first(doc, 'customEntities').name = 'A'; }),
    message: 'customEntities[0].name needs at least two characters.',
  },
  {
    name: 'a tracked name that is only punctuation, as another name',
    text: edit((doc) => { first(doc, 'customEntities').aliases = ['ACME', '--']; }),
    message: 'customEntities[0].aliases[1] needs a letter or a digit.',
  },
  {
    name: 'the same tracked name twice',
    text: edit((doc) => { (doc.customEntities as unknown[]).push({ ...first(doc, 'customEntities'), id: 'c2', name: 'ACME' }); }),
    message: 'customEntities[1].name: "ACME" is already tracked by customEntities[0].',
    crossRecord: true,
  },
  { name: 'empty', text: () => '  \n', message: 'This file is empty.', fileLevel: true },
  { name: 'not JSON', text: () => 'Dear diary,', message: 'This file is not valid JSON: it may be truncated or damaged.', fileLevel: true },
  { name: 'truncated', text: () => JSON.stringify(validExport()).slice(0, 150), message: 'This file is not valid JSON: it may be truncated or damaged.', fileLevel: true },
  { name: 'absurdly nested', text: () => JSON.stringify(validExport()).replace('"value":true', `"value":${'['.repeat(500_000)}${']'.repeat(500_000)}`), message: 'This file is nested too deeply to be a Backstory export.', fileLevel: true },
  { name: 'a list', text: () => '[1, 2]', message: 'This is not a Backstory notebook export.' },
  { name: 'another format', text: edit((d) => (d.format = 'evernote')), message: 'This is not a Backstory notebook export.' },
  { name: 'future version', text: edit((d) => (d.version = 3)), message: 'This notebook comes from a newer Backstory (format version 3); this one reads versions 1 to 2. Update Backstory, then import it again.' },
  { name: 'version as text', text: edit((d) => (d.version = '2')), message: 'This file has no valid format version.' },
  { name: 'version 0', text: edit((d) => (d.version = 0)), message: "This notebook's format version (0) is not supported." },
  { name: 'missing table', text: edit((d) => delete d.sightings), message: 'The file is missing its "sightings" field.' },
  { name: 'unknown top-level field', text: edit((d) => (d.extra = 1)), message: 'The file has an unknown field "extra".' },
  { name: 'notes not a list', text: edit((d) => (d.notes = {} as never)), message: 'notes should be a list, but it is an object.' },
  { name: 'tags as text', text: edit((d) => (note0(d).tags = 'chips')), message: 'notes[0].tags should be a list, but it is text.' },
  { name: 'a number tag', text: edit((d) => (note0(d).tags = ['ok', 7])), message: 'notes[0].tags[1] should be text, but it is the number 7.' },
  { name: 'text as a number', text: edit((d) => (note0(d).text = 42)), message: 'notes[0].text should be text, but it is the number 42.' },
  { name: 'entityId as true', text: edit((d) => (note0(d).entityId = true)), message: 'notes[0].entityId should be text or null, but it is true.' },
  { name: 'empty id', text: edit((d) => (note0(d).id = '')), message: 'notes[0].id should not be empty.' },
  { name: 'note missing a field', text: edit((d) => delete note0(d).quote), message: 'notes[0] is missing its "quote" field.' },
  { name: 'note with an unknown field', text: edit((d) => (note0(d).html = '<b>')), message: 'notes[0] has an unknown field "html".' },
  { name: 'note as null', text: edit((d) => (d.notes[0] = null as never)), message: 'notes[0] should be an object, but it is null.' },
  { name: 'invalid date', text: edit((d) => (note0(d).createdAt = '2023-02-30T09:30:00.000Z')), message: 'notes[0].createdAt is not a valid date: "2023-02-30T09:30:00.000Z" (expected a UTC date like 2023-01-06T09:30:00.000Z).' },
  { name: 'date in words', text: edit((d) => (note0(d).updatedAt = 'yesterday')), message: 'notes[0].updatedAt is not a valid date: "yesterday" (expected a UTC date like 2023-01-06T09:30:00.000Z).' },
  { name: 'date as a number', text: edit((d) => (d.exportedAt = 1700000000000)), message: 'exportedAt should be text, but it is the number 1700000000000.' },
  { name: 'invalid day', text: edit((d) => (first(d, 'sightings').day = '2024-13-01')), message: 'sightings[0].day is not a valid day: "2024-13-01" (expected a day like 2023-01-06).' },
  { name: 'zero count', text: edit((d) => (first(d, 'sightings').count = 0)), message: 'sightings[0].count should be a whole number of at least 1, but it is the number 0.' },
  { name: 'enabled as text', text: edit((d) => (first(d, 'siteSettings').enabled = 'no')), message: 'siteSettings[0].enabled should be true or false, but it is text.' },
  { name: 'known setting of the wrong type', text: edit((d) => (first(d, 'settings').value = 'yes')), message: 'settings[0].value (the "paused" setting) should be true or false, but it is text.' },
  { name: 'aliases as null', text: edit((d) => (first(d, 'customEntities').aliases = null)), message: 'customEntities[0].aliases should be a list, but it is null.' },
  { name: '__proto__ at the top', text: () => JSON.stringify(validExport()).replace('{', '{"__proto__":{"polluted":true},'), message: 'This file contains the key "__proto__", which a Backstory export never holds; it was refused for safety.' },
  { name: '__proto__ in a note', text: () => JSON.stringify(validExport()).replace('"id":"n1"', '"id":"n1","__proto__":{"isAdmin":true}'), message: 'This file contains the key "__proto__", which a Backstory export never holds; it was refused for safety.' },
  { name: 'constructor deep in a setting', text: edit((d) => (first(d, 'settings').value = { a: [{ constructor: { prototype: 1 } }] })), message: 'This file contains the key "prototype", which a Backstory export never holds; it was refused for safety.' },
  { name: 'prototype key', text: edit((d) => (first(d, 'settings').value = { prototype: 1 })), message: 'This file contains the key "prototype", which a Backstory export never holds; it was refused for safety.' },
  { name: 'constructor key', text: () => JSON.stringify(validExport()).replace('"id":"n1"', '"id":"n1","constructor":1'), message: 'This file contains the key "constructor", which a Backstory export never holds; it was refused for safety.' },
  { name: 'note text over 1 MB', text: edit((d) => (note0(d).text = 'a'.repeat(MB + 1))), message: 'notes[0].text is over 1 MB; Backstory keeps each note\'s text and quote under 1 MB.' },
  { name: 'quote over 1 MB in UTF-8', text: edit((d) => (note0(d).quote = 'é'.repeat(MB / 2 + 1))), message: 'notes[0].quote is over 1 MB; Backstory keeps each note\'s text and quote under 1 MB.' },
  { name: 'too many notes', text: edit((d) => (d.notes = new Array(200_001).fill(0))), message: 'This file holds 200,001 notes; Backstory imports at most 200,000 at a time.' },
];
