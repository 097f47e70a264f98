import type { Note } from '../notebook/db';
import { prng } from './synthetic';

const WORDS = ['the', 'ministry', 'said', 'on', 'Thursday', 'that', 'exports', 'of', 'advanced', 'chips', 'would', 'face', 'new',
  'limits', 'while', 'officials', 'in', 'both', 'capitals', 'met', 'to', 'discuss', 'supply', 'chains', 'subsidies', 'fab',
  'timeline', 'hearing', 'budget', 'tariff', 'election', 'minister', 'agency', 'court', 'ruling', 'deal', 'investment'];
const TAGS = ['chips', 'japan', 'export-controls', 'follow-up', 'policy', 'energy', 'eu', 'us', 'china', 'trade', 'quote', 'todo'];

/**
 * `count` notes shaped like a heavy reader's: a sentence or two of text, a quoted line naming an
 * entity, two tags, spread over three years and 200 sites. Deterministic for a seed.
 */
export function benchNotes(count: number, entities: readonly { id: string; name: string }[], seed = 3): Note[] {
  const rand = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const sentence = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const start = Date.UTC(2023, 0, 1);
  return Array.from({ length: count }, (_, i) => {
    const entity = rand() < 0.85 ? pick(entities) : null;
    const createdAt = start + Math.floor(rand() * 3 * 365 * 86_400_000);
    return {
      id: `bench-${i}`,
      entityId: entity?.id ?? null,
      pageUrl: `https://news${i % 200}.example/${2023 + (i % 3)}/story-${i}`,
      pageTitle: `${entity?.name ?? 'Markets'}: ${sentence(6)}`,
      quote: rand() < 0.7 ? `${entity?.name ?? 'Officials'} ${sentence(14 + Math.floor(rand() * 20))}.` : '',
      text: `${sentence(8 + Math.floor(rand() * 25))}.`,
      tags: [...new Set([pick(TAGS), pick(TAGS)])],
      createdAt,
      updatedAt: createdAt + Math.floor(rand() * 86_400_000),
    };
  });
}
