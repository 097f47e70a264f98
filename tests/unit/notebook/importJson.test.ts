import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES, MAX_NOTES, parseNotebookFile } from '../../../notebook/importJson';
import { BAD_FILES, MB, validExport } from './badFiles';

describe('parseNotebookFile', () => {
  it('reads a valid version 2 export as it is', () => {
    const parsed = parseNotebookFile(JSON.stringify(validExport()));
    expect(parsed).toEqual({ ok: true, value: validExport() });
  });

  it('reads a version 1 export as a version 2 notebook with empty new tables', () => {
    const v1 = { format: 'backstory-notebook', version: 1, exportedAt: '2024-02-29T23:59:59.123Z', notes: validExport().notes };
    expect(parseNotebookFile(JSON.stringify(v1, null, 2))).toEqual({
      ok: true,
      value: { ...v1, version: 2, customEntities: [], siteSettings: [], settings: [], sightings: [] },
    });
  });

  it('refuses a version 1 file carrying version 2 tables', () => {
    const v1 = { ...validExport(), version: 1 };
    expect(parseNotebookFile(JSON.stringify(v1))).toEqual({ ok: false, error: 'The file has an unknown field "customEntities".' });
  });

  it('normalises tags and keeps every text exactly as written, HTML included', () => {
    const doc = validExport();
    const note = (doc.notes as Array<Record<string, unknown>>)[0]!;
    Object.assign(note, { tags: [' Chips', 'chips', ''], text: '  <script>alert(1)</script>\n&amp; ', quote: '<img src=x onerror=alert(1)>' });
    const parsed = parseNotebookFile(JSON.stringify(doc));
    expect(parsed.ok && parsed.value.notes[0]).toMatchObject({ tags: ['Chips'], text: '  <script>alert(1)</script>\n&amp; ', quote: '<img src=x onerror=alert(1)>' });
  });

  it('accepts a byte-order mark, and note text of exactly 1 MB', () => {
    const doc = validExport();
    (doc.notes as Array<Record<string, unknown>>)[0]!.text = 'a'.repeat(MB);
    expect(parseNotebookFile(`\uFEFF${JSON.stringify(doc)}`).ok).toBe(true);
  });

  it.each(BAD_FILES)('refuses $name with one clear message', ({ text, message }) => {
    expect(parseNotebookFile(text(), 64 * MB)).toEqual({ ok: false, error: message });
  });

  it('refuses a file over the size limit before parsing it, counting UTF-8 bytes', () => {
    expect(MAX_FILE_BYTES).toBe(128 * MB);
    expect(MAX_NOTES).toBe(200_000);
    const tooBig = 'x'.repeat(MAX_FILE_BYTES + 1); // not JSON either: size is checked first
    expect(parseNotebookFile(tooBig)).toEqual({ ok: false, error: 'This file is too large to import (over 128 MB).' });
    // Same number of characters, two more bytes: the limit is on UTF-8 bytes, as on disk.
    const doc = JSON.stringify(validExport()).replace('"T"', '"é"');
    expect(doc.length).toBeLessThan(1024);
    const padded = doc + ' '.repeat(1024 - doc.length - 1);
    expect(parseNotebookFile(padded, 1024).ok).toBe(true);
    expect(parseNotebookFile(padded.replace('"é"', '"€"'), 1024)).toEqual({ ok: false, error: 'This file is too large to import (over 1 KB).' });
    expect(parseNotebookFile(padded + ' '.repeat(600), 1536)).toEqual({ ok: false, error: 'This file is too large to import (over 1.5 KB).' });
  });
});
