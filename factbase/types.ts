/** The fact base as written in data/ and compiled into generated/factbase.json. */

export const ENTITY_TYPES = [
  'person', 'company', 'government', 'organization', 'media', 'place', 'country', 'program', 'event',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const ALIAS_KINDS = ['name', 'acronym', 'ticker', 'short', 'demonym'] as const;
export type AliasKind = (typeof ALIAS_KINDS)[number];

export const RELATION_TYPES = [
  'employer', 'member_of', 'headquarters', 'partner', 'parent', 'located_in', 'leader',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export type PartialDate = string;

export interface Alias {
  text: string;
  kind?: AliasKind;
  /** An ambiguous alias links only when one of these entities is mentioned on the same page. */
  requires?: string[];
}

export interface Source {
  url: string;
  title: string;
  published?: PartialDate;
  checked: PartialDate;
}

export interface Role {
  title: string;
  org?: string;
  start: PartialDate;
  end?: PartialDate;
  source: string;
  /** Where the end date comes from, when another page than `source` reports it. */
  endSource?: string;
  /** A later page than `source` that says an open role was still held on its `published` date. */
  currentSource?: string;
}

export interface Fact {
  label: string;
  value: string;
  start?: PartialDate;
  end?: PartialDate;
  source: string;
}

export interface Relation {
  type: RelationType;
  target: string;
  start?: PartialDate;
  end?: PartialDate;
  source: string;
}

export interface Entity {
  id: string;
  type: EntityType;
  name: string;
  description: string;
  descriptionSource: string;
  aliases?: Alias[];
  roles?: Role[];
  facts?: Fact[];
  relations?: Relation[];
  sources: Record<string, Source>;
}

export interface FactBase {
  version: 1;
  entities: Entity[];
}

/** What the content script needs to spot names: public, compact, no facts. */
export interface SpotterEntry {
  id: string;
  type: EntityType;
  name: string;
  aliases: Alias[];
}
