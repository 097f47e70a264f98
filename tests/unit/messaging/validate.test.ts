import { describe, expect, it } from 'vitest';
import type { CardShowParams } from '../../../messaging/protocol';
import { isEnvelope, MAX_PAGE_ENTITIES, paramGuards } from '../../../messaging/validate';

const CARD: CardShowParams = {
  nonce: 'f3a9c2e1-0b7d-4c55-9e0a-2b1c3d4e5f60',
  entityId: 'gina-raimondo',
  articleDate: '2023-01-06',
  quote: 'Commerce Secretary Gina Raimondo said on Friday...',
  pageUrl: 'https://www.reuters.com/technology/example-2023-01-06/',
  pageTitle: 'US, Japan agree to work together on chips',
  pageEntityIds: ['gina-raimondo', 'country-jpn', 'country-usa'],
  focus: false,
};

const card = (patch: Record<string, unknown>): unknown => ({ ...CARD, ...patch });
const without = (key: keyof CardShowParams): unknown => Object.fromEntries(Object.entries(CARD).filter(([k]) => k !== key));

describe("paramGuards['card/show']", () => {
  const guard = paramGuards['card/show'];

  it('accepts well-formed params, with or without an article date', () => {
    expect(guard(CARD)).toBe(true);
    expect(guard(card({ articleDate: null, pageEntityIds: [] }))).toBe(true);
    expect(guard(JSON.parse(JSON.stringify(CARD)))).toBe(true);
  });

  it('rejects each missing field', () => {
    for (const key of Object.keys(CARD) as (keyof CardShowParams)[]) expect(guard(without(key)), key).toBe(false);
  });

  it('rejects wrong-typed fields', () => {
    expect(guard(card({ nonce: 42 }))).toBe(false);
    expect(guard(card({ entityId: null }))).toBe(false);
    expect(guard(card({ articleDate: '6 Jan 2023' }))).toBe(false);
    expect(guard(card({ articleDate: undefined }))).toBe(false);
    expect(guard(card({ quote: ['a'] }))).toBe(false);
    expect(guard(card({ pageEntityIds: 'gina-raimondo' }))).toBe(false);
    expect(guard(card({ pageEntityIds: ['gina-raimondo', 7] }))).toBe(false);
    expect(guard(card({ focus: 'yes' }))).toBe(false);
  });

  it('rejects too-long strings and lists, and accepts them at the limit', () => {
    expect(guard(card({ nonce: 'n'.repeat(64) }))).toBe(true);
    expect(guard(card({ nonce: 'n'.repeat(65) }))).toBe(false);
    expect(guard(card({ entityId: 'e'.repeat(201) }))).toBe(false);
    expect(guard(card({ quote: 'q'.repeat(5_000) }))).toBe(true);
    expect(guard(card({ quote: 'q'.repeat(5_001) }))).toBe(false);
    expect(guard(card({ pageUrl: 'u'.repeat(4_001) }))).toBe(false);
    expect(guard(card({ pageTitle: 't'.repeat(1_001) }))).toBe(false);
    expect(guard(card({ pageEntityIds: ['x'.repeat(201)] }))).toBe(false);
    expect(guard(card({ pageEntityIds: Array.from({ length: 5_001 }, () => 'x') }))).toBe(false);
  });

  it('rejects arrays, null, primitives and objects with another prototype', () => {
    for (const v of [[CARD], null, undefined, 'card', 1, Object.assign(Object.create(null) as object, CARD), Object.assign(new (class Params {})(), CARD)]) {
      expect(guard(v)).toBe(false);
    }
  });

  it('rejects extra fields', () => {
    expect(guard(card({ html: '<img src=x onerror=alert(1)>' }))).toBe(false);
  });

  it('rejects an own __proto__ key parsed from JSON', () => {
    const parsed: unknown = JSON.parse(`{"__proto__": {"isAdmin": true}, ${JSON.stringify(CARD).slice(1)}`);
    expect(Object.keys(parsed as object)).toContain('__proto__');
    expect(guard(parsed)).toBe(false);
  });
});

describe("paramGuards['page/summary']", () => {
  const guard = paramGuards['page/summary'];

  it('accepts only an empty plain object', () => {
    expect(guard({})).toBe(true);
    expect(guard({ tab: 1 })).toBe(false);
    expect(guard([])).toBe(false);
    expect(guard(null)).toBe(false);
    expect(guard(JSON.parse('{"__proto__": {"polluted": true}}'))).toBe(false);
  });
});

describe("paramGuards['page/annotated']", () => {
  const guard = paramGuards['page/annotated'];
  const annotated = (patch: Record<string, unknown> = {}): unknown => ({ entities: 2, entityIds: ['rapidus', 'country-jpn'], title: 'A story', ...patch });

  it('accepts a count, the ids and a title', () => {
    expect(guard(annotated())).toBe(true);
    expect(guard(annotated({ entities: 0, entityIds: [], title: '' }))).toBe(true);
    expect(guard(annotated({ entityIds: Array.from({ length: MAX_PAGE_ENTITIES }, () => 'x'), title: 't'.repeat(1_000) }))).toBe(true);
  });

  it('rejects missing, negative, fractional and non-numeric counts', () => {
    for (const entities of [undefined, -1, 1.5, '3', Number.NaN, Infinity]) {
      expect(guard(annotated({ entities })), String(entities)).toBe(false);
    }
    expect(guard([3])).toBe(false);
    expect(guard({ entities: 3 })).toBe(false);
  });

  it('rejects ids that are not a short list of short strings, and long or missing titles', () => {
    expect(guard(annotated({ entityIds: 'rapidus' }))).toBe(false);
    expect(guard(annotated({ entityIds: ['rapidus', 7] }))).toBe(false);
    expect(guard(annotated({ entityIds: ['x'.repeat(201)] }))).toBe(false);
    expect(guard(annotated({ entityIds: Array.from({ length: MAX_PAGE_ENTITIES + 1 }, () => 'x') }))).toBe(false);
    expect(guard(annotated({ title: 't'.repeat(1_001) }))).toBe(false);
    expect(guard(annotated({ title: null }))).toBe(false);
  });

  it('rejects extra fields (a page URL is never taken from the payload), including an own __proto__ key', () => {
    expect(guard(annotated({ url: 'https://example.org/' }))).toBe(false);
    expect(guard(JSON.parse('{"entities": 3, "entityIds": [], "title": "", "__proto__": {"entities": -1}}'))).toBe(false);
  });
});

describe('messages without params', () => {
  it.each(['page/summary', 'reader/settings', 'reader/refresh', 'index/refresh'] as const)('%s takes only {}', (name) => {
    expect(paramGuards[name]({})).toBe(true);
    expect(paramGuards[name]({ epoch: 'x' })).toBe(false);
    expect(paramGuards[name](null)).toBe(false);
  });
});

describe("paramGuards['reader/step']", () => {
  const guard = paramGuards['reader/step'];

  it('accepts next and previous only, with no other field', () => {
    expect(guard({ direction: 'next' })).toBe(true);
    expect(guard({ direction: 'previous' })).toBe(true);
    for (const v of [{}, { direction: 'up' }, { direction: 1 }, { direction: 'next', entityId: 'x' }, ['next'], null]) {
      expect(guard(v), JSON.stringify(v)).toBe(false);
    }
  });
});

describe('isEnvelope', () => {
  it('accepts an envelope with a known name, whatever its params', () => {
    expect(isEnvelope({ backstory: 1, name: 'card/show', params: CARD })).toBe(true);
    expect(isEnvelope({ backstory: 1, name: 'page/summary', params: {} })).toBe(true);
    expect(isEnvelope({ backstory: 1, name: 'page/annotated', params: { entities: 1 } })).toBe(true);
  });

  it('rejects unknown names, including inherited property names', () => {
    for (const name of ['card/hide', 'notes/add', '__proto__', 'toString', 'constructor', '', 1]) {
      expect(isEnvelope({ backstory: 1, name, params: {} }), String(name)).toBe(false);
    }
  });

  it('rejects a wrong marker and anything that is not a plain object', () => {
    expect(isEnvelope({ backstory: 2, name: 'page/summary', params: {} })).toBe(false);
    expect(isEnvelope({ backstory: '1', name: 'page/summary', params: {} })).toBe(false);
    expect(isEnvelope({ name: 'page/summary', params: {} })).toBe(false);
    expect(isEnvelope([{ backstory: 1, name: 'page/summary', params: {} }])).toBe(false);
    expect(isEnvelope(null)).toBe(false);
    expect(isEnvelope('{"backstory":1}')).toBe(false);
  });
});
