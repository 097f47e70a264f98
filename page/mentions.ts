import type { MarkType } from '../spotter/markTypes';
import { resolveMentions, type PlacedMatch } from '../spotter/resolve';
import type { MatchCache } from './matchCache';
import type { Slicer } from './slicer';
import { locate, segmentsOf, type Segment, type TextBlock } from './textBlocks';

/** A piece of one Text node covered by a mention. */
export interface Piece {
  node: Text;
  start: number;
  end: number;
}

/** An entity mention on the page: public fact-base data only. */
export interface Mention {
  entityId: string;
  type: MarkType;
  name: string;
  range: Range;
  pieces: Piece[];
}

interface BlockMatch extends PlacedMatch {
  block: TextBlock;
}

/** Matches every block (through the cache), then applies the page-level rules across all of them. */
export async function findMentions(
  doc: Document,
  blocks: readonly TextBlock[],
  cache: MatchCache,
  slicer?: Slicer,
): Promise<Mention[]> {
  const matches = await cache.fill(blocks.map((b) => b.text), slicer);
  const placed: BlockMatch[] = [];
  for (let order = 0; order < blocks.length; order++) {
    const block = blocks[order]!;
    for (const m of matches[order]!) placed.push({ ...m, order, block });
  }
  const mentions: Mention[] = [];
  for (const { match, entity } of resolveMentions(placed, (i) => cache.entities.get(i)?.id)) {
    const { block } = match as BlockMatch;
    const e = cache.entities.get(entity)!;
    // A block changed since it was read has no nodes to point at; the next pass marks it.
    const segments = segmentsOf(block);
    if (segments) mentions.push({ entityId: e.id, type: e.type, name: e.name, ...toRange(doc, segments, match.start, match.end) });
    await slicer?.tick();
  }
  return mentions;
}

function toRange(doc: Document, segments: readonly Segment[], start: number, end: number): { range: Range; pieces: Piece[] } {
  const from = locate(segments, start, false);
  const to = locate(segments, end, true);
  const range = doc.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  const pieces: Piece[] = [];
  let inside = false;
  for (const seg of segments) {
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
