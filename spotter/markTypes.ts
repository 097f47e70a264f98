import { ENTITY_TYPES, type Alias, type EntityType } from '../factbase/types';

/** Names the reader tracks themselves are marked as their own kind: the page learns no more. */
export const CUSTOM_TYPE = 'custom';

/** What a marked name may be: a fact-base type, or one of the reader's own names. */
export type MarkType = EntityType | typeof CUSTOM_TYPE;

export const MARK_TYPES: readonly MarkType[] = [...ENTITY_TYPES, CUSTOM_TYPE];

/** One entry of the background's index: the compiled fact base's entries, or the reader's own. */
export interface IndexEntry {
  id: string;
  type: MarkType;
  /** Empty for the reader's own entities, so a content script learns only their id and type. */
  name: string;
  aliases: Alias[];
}
