import type { Mention } from './mentions';

interface CaretPoint {
  node: Node;
  offset: number;
}

type CaretDocument = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

/** The text position under a viewport point, by whichever caret API the browser has. */
export function caretAt(doc: Document, x: number, y: number): CaretPoint | null {
  const d = doc as CaretDocument;
  if (d.caretPositionFromPoint) {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const r = d.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}

const contains = (r: DOMRect, x: number, y: number) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;

/** Our own index of mention ranges by Text node, so a hover never needs the page's DOM changed. */
export class MentionIndex {
  private readonly byNode = new Map<Node, Mention[]>();
  readonly mentions: readonly Mention[];

  constructor(mentions: readonly Mention[]) {
    this.mentions = mentions;
    for (const m of mentions) {
      for (const p of m.pieces) {
        const list = this.byNode.get(p.node);
        if (list) list.push(m);
        else this.byNode.set(p.node, [m]);
      }
    }
  }

  /** The mention under the point, checked against its painted boxes (the caret API snaps to the nearest text). */
  at(doc: Document, x: number, y: number): Mention | null {
    const caret = caretAt(doc, x, y);
    if (!caret) return null;
    const list = this.byNode.get(caret.node);
    if (!list) return null;
    for (const m of list) {
      const piece = m.pieces.find((p) => p.node === caret.node);
      if (!piece || caret.offset < piece.start - 1 || caret.offset > piece.end + 1) continue;
      for (const rect of m.range.getClientRects()) if (contains(rect, x, y)) return m;
    }
    return null;
  }
}
