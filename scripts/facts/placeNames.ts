import type { Entity } from '../../factbase/types';

/** Accents stripped: English news writes "Bogota" and "Brasilia" as often as the native forms. */
export function foldAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}

/** Whether two place names are one name: case, accents and punctuation aside ("Washington D.C." = "Washington, DC"). */
export function looseKey(text: string): string {
  return foldAccents(text).toLowerCase().replace(/[.,'’]/g, '').replace(/[-\s]+/g, ' ').trim();
}

export function slug(text: string): string {
  return looseKey(text).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/**
 * Who uses each name in the fact base, by loose key: any use counts (a surname's short form, an
 * alias already ruled by `requires`), since a generated name may only be bare where nobody else is.
 */
export class NameOwners {
  private readonly owners = new Map<string, Set<string>>();

  constructor(entities: readonly Entity[] = []) {
    for (const e of entities) this.addEntity(e);
  }

  add(id: string, text: string): void {
    const key = looseKey(text);
    this.owners.set(key, (this.owners.get(key) ?? new Set()).add(id));
  }

  addEntity(e: Entity): void {
    for (const a of [{ text: e.name }, ...(e.aliases ?? [])]) this.add(e.id, a.text);
  }

  /** The other entities that also use this name. */
  others(text: string, self: string): string[] {
    return [...(this.owners.get(looseKey(text)) ?? [])].filter((id) => id !== self);
  }
}

// English puts "the" before plural names and names built on a common noun ("the United Kingdom").
const WITH_THE = /^(United|Republic|Central African|Dominican|British|Isle|Caribbean|Cocos)\b|(Islands|Lands)$|^(Bahamas|Gambia|Netherlands|Philippines|Maldives|Comoros|DR Congo)$/;

/** A country's common name as it reads inside a sentence: "the Bahamas", "Japan". */
export function inSentence(countryName: string): string {
  return WITH_THE.test(countryName) ? `the ${countryName}` : countryName;
}

/** The risky-name lists in data/overrides/places.json: name → why it is ambiguous. */
export interface PlaceRules {
  capitals: Record<string, string>;
  usStates: Record<string, string>;
}
