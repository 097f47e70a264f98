import type { BackstoryDB, CustomEntity, Note, Sighting, SiteSetting } from '../../../notebook/db';
import { prng } from '../../../bench/synthetic';
import { T0 } from './support';

/** The bench's seeded generator (mulberry32), so a failing property run can be replayed. */
export const seeded = prng;

// Pieces that break naive CSV, JSON, Markdown or HTML handling.
const NASTY = [
  'plain', 'a, comma', 'say "quoted"', 'line\nbreak', 'crlf\r\nline', '😀 emoji 🇯🇵', '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>', '=SUM(A1:A2)', '-1', '@cmd', '# heading', '> quote', '`code`', '\\back\\slash',
  '日本語テキスト', 'tab\there', '  padded  ', '[link](javascript:alert(1))', '__proto__ text', '\u2028sep',
];

export function nastyText(rand: () => number, parts = 3): string {
  return Array.from({ length: 1 + Math.floor(rand() * parts) }, () => NASTY[Math.floor(rand() * NASTY.length)]).join(' ');
}

export function generateNotes(count: number, seed = 1): Note[] {
  const rand = seeded(seed);
  return Array.from({ length: count }, (_, i) => {
    const createdAt = T0 + Math.floor(rand() * 1e10);
    return {
      id: `gen-${i}-${Math.floor(rand() * 1e9).toString(36)}`,
      entityId: rand() < 0.2 ? null : `entity-${Math.floor(rand() * 30)}`,
      pageUrl: rand() < 0.1 ? `javascript:alert(${i})` : `https://news${i % 7}.example/a/${i}?q=a,b#p${i}`,
      pageTitle: nastyText(rand),
      quote: rand() < 0.3 ? '' : nastyText(rand),
      text: nastyText(rand, 5),
      tags: [...new Set(Array.from({ length: Math.floor(rand() * 3) }, () => `tag${Math.floor(rand() * 10)}`))],
      createdAt,
      updatedAt: createdAt + Math.floor(rand() * 1e6),
    };
  });
}

/** Fills every table of the notebook, for round trips and dumps. */
export async function fillNotebook(db: BackstoryDB, noteCount: number, seed = 1): Promise<void> {
  const rand = seeded(seed + 1);
  const entities: CustomEntity[] = Array.from({ length: 5 }, (_, i) => ({
    // Tracked names are at least two characters with a digit or letter, one name each (import checks it).
    id: `custom-${i}`, name: `${nastyText(rand, 2).trim().slice(0, 80)} ${i}`, aliases: [`Alias ${i}`, `${nastyText(rand, 1).trim().slice(0, 80)} ${i}`],
    description: nastyText(rand), createdAt: T0 + i * 1000, updatedAt: T0 + i * 2000,
  }));
  const sites: SiteSetting[] = ['example.com', 'news.example', 'b.example'].map((hostname, i) => ({ hostname, enabled: i % 2 === 0, updatedAt: T0 + i }));
  const sightings: Sighting[] = Array.from({ length: 40 }, (_, i) => ({
    entityId: `entity-${i % 6}`, pageUrl: `https://news.example/${i % 9}`, pageTitle: nastyText(rand, 1), day: `2024-0${1 + (i % 9)}-1${i % 10}`, count: 1 + (i % 4),
  }));
  await db.notes.bulkPut(generateNotes(noteCount, seed));
  await db.customEntities.bulkPut(entities);
  await db.siteSettings.bulkPut(sites);
  await db.sightings.bulkPut(sightings);
  await db.settings.bulkPut([
    { key: 'sightingsEnabled', value: false },
    { key: 'disabledTypes', value: ['place', 'ticker'] },
    { key: 'futureThing', value: { nested: [1, 'two', null, { deep: true }] } },
  ]);
}
