import Dexie from 'dexie';
import type { Note } from '../../../notebook/db';
import { nastyText, seeded } from './generate';
import { T0 } from './support';

/**
 * Every schema Backstory has shipped, frozen here on purpose: `SCHEMAS[n - 1]` is version n's full
 * table list. A new `version(n)` in notebook/db.ts must add its entry, or the upgrade test fails.
 */
export const SCHEMAS: readonly Record<string, string>[] = [
  { notes: 'id, entityId, pageUrl, createdAt, updatedAt, *tags' },
  {
    notes: 'id, entityId, pageUrl, createdAt, updatedAt, *tags', customEntities: 'id, name', siteSettings: 'hostname',
    sightings: '[entityId+pageUrl+day], entityId, day', settings: 'key',
  },
];

/** A database exactly as version `n` of Backstory would open it. */
export function frozenDb(name: string, n: number): Dexie {
  const db = new Dexie(name);
  db.version(n).stores(SCHEMAS[n - 1]!);
  return db;
}

const MB = 1024 * 1024;

/**
 * Notes of every shape an old version could have written: with and without entity, quote, text
 * and tags; tags that differ only in case or spacing (version 1 kept them); 1 MB texts; non-URL
 * pages; ids and tags in any script; dates from 1970 to 2100; equal timestamps.
 */
export function notesOfEveryShape(count: number, seed = 11): Note[] {
  const rand = seeded(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const tagPool = ['chips', 'Chips', ' CHIPS ', 'japan', 'Japan', '', '  ', 'NATO', 'nato', 'ünïcode', 'ÜNÏCODE', '日本', 'a,b', '#hash', 'x'.repeat(200)];
  const urls = ['https://www.reuters.com/a?b=1#c', 'http://127.0.0.1:8080/x', 'about:blank', 'file:///tmp/a.html', 'not a url', '', 'javascript:alert(1)'];
  const dates = [0, 1, T0, T0, Date.UTC(2100, 0, 1), Date.UTC(1999, 11, 31, 23, 59, 59, 999)];
  return Array.from({ length: count }, (_, i) => {
    const shape = i % 8;
    const createdAt = pick(dates) + (shape === 0 ? 0 : i);
    return {
      id: shape === 1 ? `note-${i}-日本語-😀` : shape === 2 ? `${i}` : `n-${i}-${Math.floor(rand() * 1e9).toString(36)}`,
      entityId: shape === 3 ? null : pick(['rapidus', 'gina-raimondo', 'custom-1', `entity-${i % 40}`]),
      pageUrl: pick(urls),
      pageTitle: shape === 4 ? '' : nastyText(rand),
      quote: shape === 5 ? '' : i % 500 === 6 ? 'q'.repeat(MB) : nastyText(rand, 4),
      text: shape === 6 ? '' : i % 500 === 0 ? 't'.repeat(MB) : nastyText(rand, 6),
      tags: shape === 7 ? [] : Array.from({ length: Math.floor(rand() * 6) }, () => pick(tagPool)),
      createdAt,
      updatedAt: createdAt + (shape === 0 ? 0 : Math.floor(rand() * 1e7)),
    };
  });
}
