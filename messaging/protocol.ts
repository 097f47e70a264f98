/** Every message Backstory sends, in one map: name -> params and result. */
import type { StepDirection } from '../reader/mentionStep';
import type { ReaderSettings } from '../reader/readerSettings';
import type { SpotBatch } from '../spotter/spotter';

export interface PageEntitySummary {
  entityId: string;
  name: string;
  type: string;
  count: number;
}

export interface PageSummary {
  url: string;
  title: string;
  articleDate: string | null;
  entities: PageEntitySummary[];
  /** False when the reader paused Backstory or switched it off for this site. */
  enabled: boolean;
}

export interface CardShowParams {
  /** Which card frame is meant; random per frame, so frames in other tabs ignore it. */
  nonce: string;
  entityId: string;
  articleDate: string | null;
  quote: string;
  pageUrl: string;
  pageTitle: string;
  /** Entities also on this page, listed first among relations. */
  pageEntityIds: string[];
  /** Opened from the keyboard: the card takes focus. A card opened by hover never does. */
  focus: boolean;
}

/** Where a keyboard step landed: the entity, and the mention's place among the page's marks. */
export interface MentionStep {
  entityId: string;
  index: number;
  count: number;
}

export interface PageAnnotatedParams {
  /** How many distinct entities are marked (the badge). */
  entities: number;
  /** Those entities' ids, for the reader's sightings; the background checks each one. */
  entityIds: string[];
  /** The page's title; the URL is taken from the sender, never from the page. */
  title: string;
}

export interface ProtocolMap {
  /** content script -> its card frame */
  'card/show': { params: CardShowParams; result: { shown: true } };
  /** popup -> content script of a tab */
  'page/summary': { params: Record<string, never>; result: PageSummary };
  /** content script -> background, after each annotation pass */
  'page/annotated': { params: PageAnnotatedParams; result: null };
  /** content script -> background: match page texts against the one shared index */
  'spot/match': { params: { texts: string[] }; result: SpotBatch };
  /** content script -> background: the reader's settings for the sender's own site */
  'reader/settings': { params: Record<string, never>; result: ReaderSettings };
  /** popup or options -> content scripts: settings changed, read them again */
  'reader/refresh': { params: Record<string, never>; result: null };
  /** background -> content script of a tab's top frame: a keyboard command opens the next or previous mention's card */
  'reader/step': { params: { direction: StepDirection }; result: MentionStep | null };
  /** extension pages -> background: the reader's own entities may have changed, rebuild the index */
  'index/refresh': { params: Record<string, never>; result: null };
}

export type MessageName = keyof ProtocolMap;
export type Params<K extends MessageName> = ProtocolMap[K]['params'];
export type ResultOf<K extends MessageName> = ProtocolMap[K]['result'];

/** Errors travel as values, never as thrown exceptions across contexts. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

export interface Envelope<K extends MessageName = MessageName> {
  backstory: 1;
  name: K;
  params: Params<K>;
}

export const envelope = <K extends MessageName>(name: K, params: Params<K>): Envelope<K> => ({ backstory: 1, name, params });
