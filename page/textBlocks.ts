/** Reads a page's visible prose as blocks of text, remembering which Text node each piece came from. */

export interface Segment {
  node: Text;
  /** Offset of the node's first character in the block's text. */
  start: number;
}

export interface TextBlock {
  text: string;
  segments: Segment[];
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
const NODES_PER_STEP = 256;

function* walkBlocks(root: Node): Generator<void, TextBlock[]> {
  const doc = root.ownerDocument ?? (root as Document);
  const NodeFilterConst = doc.defaultView?.NodeFilter ?? NodeFilter;
  const walker = doc.createTreeWalker(root, NodeFilterConst.SHOW_ELEMENT | NodeFilterConst.SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType === 3) return NodeFilterConst.FILTER_ACCEPT;
      const el = node as Element;
      if (skipped(el)) return NodeFilterConst.FILTER_REJECT;
      return el.tagName.toUpperCase() === 'BR' ? NodeFilterConst.FILTER_ACCEPT : NodeFilterConst.FILTER_SKIP;
    },
  });
  const blocks: TextBlock[] = [];
  let current: TextBlock | null = null;
  let currentBlock: Node | null = null;
  let visited = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (++visited % NODES_PER_STEP === 0) yield;
    if (node.nodeType === 1) {
      if (current) current.text += ' '; // <br> separates words without ending the block
      continue;
    }
    const text = node as Text;
    if (!/\S/.test(text.data)) {
      if (current) current.text += ' ';
      continue;
    }
    const block = blockOf(text);
    if (!current || block !== currentBlock) {
      current = { text: '', segments: [] };
      blocks.push(current);
      currentBlock = block;
    }
    current.segments.push({ node: text, start: current.text.length });
    current.text += text.data;
  }
  return blocks;
}

/** Finds the Text node and offset for a block offset; an offset at a node's end stays in that node. */
export function locate(block: TextBlock, offset: number, preferEnd: boolean): { node: Text; offset: number } {
  const segs = block.segments;
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
