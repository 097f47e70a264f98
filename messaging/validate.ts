import type { MessageName, Params } from './protocol';

type Guard<T> = (value: unknown) => value is T;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;
/** Exactly these keys, no more: an extra field (or an own "__proto__") is a forged payload. */
const keysAre = (v: Record<string, unknown>, keys: readonly string[]) =>
  Object.keys(v).length === keys.length && keys.every((k) => Object.hasOwn(v, k));
const isEmpty = (v: unknown): v is Record<string, never> => isRecord(v) && Object.keys(v).length === 0;
const CARD_SHOW_KEYS = ['nonce', 'entityId', 'articleDate', 'quote', 'pageUrl', 'pageTitle', 'pageEntityIds', 'focus'] as const;
const str = (v: unknown, max = 10_000): v is string => typeof v === 'string' && v.length <= max;
/** A batch is about 128k characters; one huge block may exceed it, but not this. */
const MAX_SPOT_CHARS = 16_000_000;
const MAX_SPOT_TEXTS = 100_000;
/** More distinct entities than one page could name: the content script sends at most this many. */
export const MAX_PAGE_ENTITIES = 5_000;
const dateOrNull = (v: unknown) => v === null || (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v));

/** Payload checks for each message: nothing from another context is trusted as typed. */
export const paramGuards: { [K in MessageName]: Guard<Params<K>> } = {
  'card/show': (v): v is Params<'card/show'> =>
    isRecord(v) && keysAre(v, CARD_SHOW_KEYS) && str(v.nonce, 64) && str(v.entityId, 200) && dateOrNull(v.articleDate) && str(v.quote, 5_000) &&
    str(v.pageUrl, 4_000) && str(v.pageTitle, 1_000) && Array.isArray(v.pageEntityIds) &&
    v.pageEntityIds.length <= MAX_PAGE_ENTITIES && v.pageEntityIds.every((id) => str(id, 200)) && typeof v.focus === 'boolean',
  'page/summary': (v): v is Params<'page/summary'> => isEmpty(v),
  'reader/settings': (v): v is Params<'reader/settings'> => isEmpty(v),
  'reader/refresh': (v): v is Params<'reader/refresh'> => isEmpty(v),
  'reader/step': (v): v is Params<'reader/step'> =>
    isRecord(v) && keysAre(v, ['direction']) && (v.direction === 'next' || v.direction === 'previous'),
  'index/refresh': (v): v is Params<'index/refresh'> => isEmpty(v),
  'page/annotated': (v): v is Params<'page/annotated'> =>
    isRecord(v) && keysAre(v, ['entities', 'entityIds', 'title']) && Number.isInteger(v.entities) && (v.entities as number) >= 0 &&
    Array.isArray(v.entityIds) && v.entityIds.length <= MAX_PAGE_ENTITIES && v.entityIds.every((id) => str(id, 200)) && str(v.title, 1_000),
  'spot/match': (v): v is Params<'spot/match'> =>
    isRecord(v) && keysAre(v, ['texts']) && Array.isArray(v.texts) && v.texts.length <= MAX_SPOT_TEXTS &&
    v.texts.every((t) => typeof t === 'string') && (v.texts as string[]).reduce((n, t) => n + t.length, 0) <= MAX_SPOT_CHARS,
};

export function isEnvelope(v: unknown): v is { backstory: 1; name: MessageName; params: unknown } {
  return isRecord(v) && v.backstory === 1 && typeof v.name === 'string' && Object.hasOwn(paramGuards, v.name);
}
