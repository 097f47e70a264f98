import type { EntityType } from '../factbase/types';
import type { Matcher } from '../spotter/matcher';
import { resolveMentions, type PlacedMatch } from '../spotter/resolve';
import type { Slicer } from './slicer';
import { locate, type TextBlock } from './textBlocks';

/** A piece of one Text node covered by a mention. */
export interface Piece {
  node: Text;
  start: number;
  end: number;
}

/** An entity mention on the page: public fact-base data only. */
export interface Mention {
  entityId: string;
  type: EntityType;
  name: string;
  range: Range;
  pieces: Piece[];
}

interface BlockMatch extends PlacedMatch {
  block: TextBlock;
}

/** Matches every block, then applies the page-level rules across all of them. */
export async function findMentions(
  doc: Document,
  blocks: readonly TextBlock[],
  matcher: Matcher,
  slicer?: Slicer,
): Promise<Mention[]> {
  const placed: BlockMatch[] = [];
  for (let order = 0; order < blocks.length; order++) {
    const block = blocks[order]!;
    for (const m of matcher.match(block.text)) placed.push({ ...m, order, block });
    await slicer?.tick();
  }
  return resolveMentions(placed, matcher.ids).map(({ match, entity }) => {
    const { block } = match as BlockMatch;
    const entry = matcher.entries[entity]!;
    return { entityId: entry.id, type: entry.type, name: entry.name, ...toRange(doc, block, match.start, match.end) };
  });
}

function toRange(doc: Document, block: TextBlock, start: number, end: number): { range: Range; pieces: Piece[] } {
  const from = locate(block, start, false);
  const to = locate(block, end, true);
  const range = doc.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  const pieces: Piece[] = [];
  let inside = false;
  for (const seg of block.segments) {
    if (seg.node === from.node) inside = true;
    if (!inside) continue;
    pieces.push({
      node: seg.node,
      start: seg.node === from.node ? from.offset : 0,
      end: seg.node === to.node ? to.offset : seg.node.data.length,
    });
    if (seg.node === to.node) break;
  }
  return { range, pieces };
}
