import type { AliasKind } from '../factbase/types';
import type { IndexEntry, MarkType } from './markTypes';
import { caseMatches, inTickerContext } from './caseRules';
import { tokenize } from './tokenize';

/** One way a span of text may name an entity. */
export interface Candidate {
  entity: number;
  kind: AliasKind;
  requires?: readonly string[];
}

/** A span that matched one or more aliases, before page-level rules decide. */
export interface RawMatch {
  start: number;
  end: number;
  candidates: Candidate[];
}

interface AliasRef extends Candidate {
  tokens: string[];
}

interface TrieNode {
  next: Map<string, TrieNode>;
  accepts: AliasRef[];
}

const newNode = (): TrieNode => ({ next: new Map(), accepts: [] });

/**
 * A trie over normalised tokens. Matching walks it from each token, so the cost is the text's
 * length times the longest alias (in tokens), whatever the number of names.
 */
export class Matcher {
  readonly entries: readonly IndexEntry[];
  /** Entity ids by entry index, built once rather than on every pass. */
  readonly ids: readonly string[];
  private readonly root = newNode();

  constructor(entries: readonly IndexEntry[]) {
    this.entries = entries;
    this.ids = entries.map((e) => e.id);
    entries.forEach((entry, entity) => {
      for (const alias of entry.aliases) {
        const tokens = tokenize(alias.text);
        if (tokens.length === 0) continue;
        let node = this.root;
        for (const t of tokens) {
          let child = node.next.get(t.key);
          if (!child) node.next.set(t.key, (child = newNode()));
          node = child;
        }
        const ref: AliasRef = { entity, kind: alias.kind ?? 'name', tokens: tokens.map((t) => t.raw) };
        if (alias.requires?.length) ref.requires = alias.requires;
        node.accepts.push(ref);
      }
    });
  }

  entityType(index: number): MarkType {
    return this.entries[index]!.type;
  }

  /** Leftmost-longest matches on token boundaries. */
  match(text: string): RawMatch[] {
    const tokens = tokenize(text);
    const out: RawMatch[] = [];
    for (let i = 0; i < tokens.length; ) {
      let best: { end: number; candidates: Candidate[] } | null = null;
      let node: TrieNode | undefined = this.root;
      for (let j = i; j < tokens.length; j++) {
        node = node.next.get(tokens[j]!.key);
        if (!node) break;
        if (node.accepts.length === 0) continue;
        const candidates = node.accepts.filter(
          (a) => caseMatches(a.kind, a.tokens, tokens, i) && (a.kind !== 'ticker' || inTickerContext(tokens, i, j + 1)),
        );
        if (candidates.length > 0) {
          best = { end: j, candidates: candidates.map(({ entity, kind, requires }) => (requires ? { entity, kind, requires } : { entity, kind })) };
        }
      }
      if (best) {
        out.push({ start: tokens[i]!.start, end: tokens[best.end]!.end, candidates: dedupe(best.candidates) });
        i = best.end + 1;
      } else {
        i++;
      }
    }
    return out;
  }
}

/** One candidate per entity, keeping the strongest kind (a full name beats a short form). */
function dedupe(candidates: Candidate[]): Candidate[] {
  const byEntity = new Map<number, Candidate>();
  for (const c of candidates) {
    const had = byEntity.get(c.entity);
    if (!had || (had.kind === 'short' && c.kind !== 'short') || (had.requires && !c.requires)) byEntity.set(c.entity, c);
  }
  return [...byEntity.values()];
}
