/** Reads a page's visible prose as blocks of text, remembering which Text node each piece came from. */

export interface Segment {
  node: Text;
  /** Offset of the node's first character in the block's text. */
  start: number;
}

/**
 * A run of prose: its text, and where to find its Text nodes again. Only the first node is kept:
 * holding every node of a 100,000-node page kept that many wrappers alive through each garbage
 * collection, which ran inside our slices (35-90 ms). The few blocks with a match find theirs
 * again with `segmentsOf`.
 */
export interface TextBlock {
  text: string;
  /** The block's first Text node, how many Text nodes it spans, and the root the walk ran in. */
  first: Text;
  count: number;
  root: Node;
}

/** The custom element that hosts Backstory's own UI; never scanned. */
export const UI_HOST_TAG = 'backstory-ui';

const SKIP = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'CODE', 'TEMPLATE',
  'IFRAME', 'OBJECT', 'SVG', 'CANVAS', 'HEAD', 'TITLE', UI_HOST_TAG.toUpperCase(),
]);
// Inline elements do not break a name: <b>Gina</b> Raimondo is one run of text.
const INLINE = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'DATA', 'DFN', 'EM', 'FONT', 'I', 'KBD', 'MARK', 'Q',
  'S', 'SAMP', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR', 'WBR', 'INS', 'DEL',
]);

function skipped(el: Element): boolean {
  return (
    SKIP.has(el.tagName.toUpperCase()) ||
    el.getAttribute('aria-hidden') === 'true' ||
    el.hasAttribute('hidden') ||
    (el.hasAttribute('contenteditable') && el.getAttribute('contenteditable') !== 'false')
  );
}

function blockOf(node: Node): Node | null {
  let el = node.parentNode;
  while (el && el.nodeType === 1 && INLINE.has((el as Element).tagName.toUpperCase())) el = el.parentNode;
  return el;
}

/** Walks `root` in document order and groups its Text nodes into blocks of running prose. */
export function collectBlocks(root: Node): TextBlock[] {
  const walk = walkBlocks(root);
  for (let step = walk.next(); ; step = walk.next()) if (step.done) return step.value;
}

/** The same walk in slices: a 20k-node page is read without one long task. */
export async function collectBlocksSliced(root: Node, tick: () => Promise<void>): Promise<TextBlock[]> {
  const walk = walkBlocks(root);
  for (let step = walk.next(); ; step = walk.next()) {
    if (step.done) return step.value;
    await tick();
  }
}

/** Nodes visited between two chances to yield. */
const NODES_PER_STEP = 128;

function blockWalker(root: Node): TreeWalker {
  const doc = root.ownerDocument ?? (root as Document);
  const NodeFilterConst = doc.defaultView?.NodeFilter ?? NodeFilter;
  return doc.createTreeWalker(root, NodeFilterConst.SHOW_ELEMENT | NodeFilterConst.SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType === 3) return NodeFilterConst.FILTER_ACCEPT;
      const el = node as Element;
      if (skipped(el)) return NodeFilterConst.FILTER_REJECT;
      return el.tagName.toUpperCase() === 'BR' ? NodeFilterConst.FILTER_ACCEPT : NodeFilterConst.FILTER_SKIP;
    },
  });
}

/** A <br> or a whitespace-only Text node: one space in the block, never a block of its own. */
const isSpace = (node: Node) => node.nodeType === 1 || !/\S/.test((node as Text).data);

function* walkBlocks(root: Node): Generator<void, TextBlock[]> {
  const walker = blockWalker(root);
  const blocks: TextBlock[] = [];
  let current: TextBlock | null = null;
  // The block's pieces, joined when it ends: a rope of every piece would outlive the walk.
  let parts: string[] = [];
  let currentBlock: Node | null = null;
  let visited = 0;
  const finish = () => { if (current) current.text = parts.join(''); };
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (++visited % NODES_PER_STEP === 0) yield;
    if (isSpace(node)) {
      if (current) parts.push(' '); // <br> separates words without ending the block
      continue;
    }
    const text = node as Text;
    const block = blockOf(text);
    if (!current || block !== currentBlock) {
      finish();
      current = { text: '', first: text, count: 0, root };
      parts = [];
      blocks.push(current);
      currentBlock = block;
    }
    current.count++;
    parts.push(text.data);
  }
  finish();
  return blocks;
}

const segmentsCache = new WeakMap<TextBlock, Segment[] | null>();

/**
 * The block's Text nodes and their offsets in its text, found again by the same walk from its first
 * node; null if the page changed since the block was read (the next pass reads it anew).
 */
export function segmentsOf(block: TextBlock): Segment[] | null {
  const cached = segmentsCache.get(block);
  if (cached !== undefined) return cached;
  const segments: Segment[] = [];
  if (block.root.contains(block.first)) {
    const walker = blockWalker(block.root);
    walker.currentNode = block.first;
    let at = 0;
    for (let node: Node | null = block.first; node && segments.length < block.count; node = walker.nextNode()) {
      if (isSpace(node)) { at += 1; continue; }
      const data = (node as Text).data;
      if (block.text.slice(at, at + data.length) !== data) break;
      segments.push({ node: node as Text, start: at });
      at += data.length;
    }
  }
  const found = segments.length === block.count ? segments : null;
  segmentsCache.set(block, found);
  return found;
}

/** Finds the Text node and offset for an offset in a block (given its segments); an offset at a node's end stays in that node. */
export function locate(segs: readonly Segment[], offset: number, preferEnd: boolean): { node: Text; offset: number } {
  let lo = 0;
  let hi = segs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const s = segs[mid]!;
    if (s.start < offset || (!preferEnd && s.start === offset)) lo = mid;
    else hi = mid - 1;
  }
  const seg = segs[lo]!;
  return { node: seg.node, offset: Math.min(Math.max(offset - seg.start, 0), seg.node.data.length) };
}
