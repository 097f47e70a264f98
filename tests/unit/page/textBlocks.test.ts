import { describe, expect, it } from 'vitest';
import { collectBlocks, locate, segmentsOf, UI_HOST_TAG, type TextBlock } from '../../../page/textBlocks';
import { loadBody } from './html';

const texts = (body: string): string[] => {
  const doc = loadBody(body);
  return collectBlocks(doc.body).map((b: TextBlock) => b.text);
};

describe('collectBlocks', () => {
  it('joins text across inline elements into one block and records each node', () => {
    const doc = loadBody('<p><b>Gina</b> Raimondo</p>');
    const blocks = collectBlocks(doc.body);
    expect(blocks).toHaveLength(1);
    const [block] = blocks;
    expect(block!.text).toBe('Gina Raimondo');
    const segments = segmentsOf(block!)!;
    expect(segments.map((s) => [s.node.data, s.start])).toEqual([['Gina', 0], [' Raimondo', 4]]);
    expect(segments[0]!.node.parentElement?.tagName).toBe('B');
  });

  it('keeps separate block elements apart', () => {
    expect(texts('<p>Gina</p><p>Raimondo</p>')).toEqual(['Gina', 'Raimondo']);
    expect(texts('<div>Tokyo<p>Kyodo</p>Japan</div>')).toEqual(['Tokyo', 'Kyodo', 'Japan']);
    expect(texts('<ul><li>Japan</li><li>China</li></ul>')).toEqual(['Japan', 'China']);
  });

  it('separates words at a <br> without ending the block', () => {
    expect(texts('<p>CNN<br>Japan</p>')).toEqual(['CNN Japan']);
  });

  it('turns whitespace-only nodes between inline elements into one space', () => {
    expect(texts('<p><i>Taiwan</i>\n<b>Strait</b></p>')).toEqual(['Taiwan Strait']);
  });

  it('skips scripts, styles, form fields, code, editable, hidden and Backstory UI subtrees', () => {
    const body = [
      '<p>Japan</p>',
      '<script>var Japan = 1;</script>',
      '<style>.Japan {}</style>',
      '<noscript>Japan</noscript>',
      '<textarea>Japan</textarea>',
      '<input value="Japan">',
      '<select><option>Japan</option></select>',
      '<p>See <code>Japan</code></p>',
      '<div contenteditable="true"><p>Japan</p></div>',
      '<div contenteditable="">Japan</div>',
      '<div aria-hidden="true"><span>Japan</span></div>',
      '<div hidden>Japan</div>',
      '<template>Japan</template>',
      `<${UI_HOST_TAG}><p>Japan</p></${UI_HOST_TAG}>`,
      '<p>China</p>',
    ].join('');
    expect(texts(body)).toEqual(['Japan', 'See ', 'China']);
  });

  it('scans elements that are explicitly not editable or not hidden', () => {
    expect(texts('<div contenteditable="false">Japan</div><div aria-hidden="false">China</div>')).toEqual(['Japan', 'China']);
  });

  it('returns no blocks for a page without text', () => {
    expect(texts('<div> \n </div>')).toEqual([]);
  });
});

describe('locate', () => {
  const doc = loadBody('<p><b>Gina</b> Raimondo</p>');
  const block = segmentsOf(collectBlocks(doc.body)[0]!)!;
  const [gina, rest] = block.map((s) => s.node);

  it('finds the node and offset of a start', () => {
    expect(locate(block, 0, false)).toEqual({ node: gina, offset: 0 });
    expect(locate(block, 5, false)).toEqual({ node: rest, offset: 1 });
  });

  it('puts an offset on a node boundary in the next node for a start and the previous one for an end', () => {
    expect(locate(block, 4, false)).toEqual({ node: rest, offset: 0 });
    expect(locate(block, 4, true)).toEqual({ node: gina, offset: 4 });
    expect(locate(block, 13, true)).toEqual({ node: rest, offset: 9 });
  });
});

describe('segmentsOf', () => {
  const everySegmentFits = (block: TextBlock) => {
    const segments = segmentsOf(block)!;
    expect(segments).toHaveLength(block.count);
    for (const s of segments) expect(block.text.slice(s.start, s.start + s.node.data.length)).toBe(s.node.data);
  };

  it('finds each block\'s nodes again, past <br>, whitespace-only nodes, skipped elements and nested blocks', () => {
    const doc = loadBody(`<div>Tokyo <b>Kyodo</b>\n<p>CNN<br>Japan <i>and</i>\n<script>Rapidus()</script><em>Rapidus</em></p>Japan <span hidden>x</span><u>again</u></div>`);
    const blocks = collectBlocks(doc.body);
    expect(blocks.map((b) => b.text)).toEqual(['Tokyo Kyodo ', 'CNN Japan and Rapidus', 'Japan again']);
    blocks.forEach(everySegmentFits);
    expect(segmentsOf(blocks[2]!)!.map((s) => s.node.data)).toEqual(['Japan ', 'again']);
  });

  it('says null for a block the page changed or removed since it was read', () => {
    const doc = loadBody('<p>Gina <b>Raimondo</b></p><p>Rapidus</p>');
    const [gina, rapidus] = collectBlocks(doc.body);
    doc.querySelector('b')!.firstChild!.textContent = 'Lutnick';
    expect(segmentsOf(gina!)).toBeNull();
    doc.querySelectorAll('p')[1]!.remove();
    expect(segmentsOf(rapidus!)).toBeNull();
  });
});
