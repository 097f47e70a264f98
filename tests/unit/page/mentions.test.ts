import { describe, expect, it } from 'vitest';
import { findMentions, type Mention } from '../../../page/mentions';
import type { Slicer } from '../../../page/slicer';
import { collectBlocks } from '../../../page/textBlocks';
import { MatchCache } from '../../../page/matchCache';
import { localSpotter } from '../../../spotter/spotter';
import { matcher } from '../spotter/fixtures';
import { loadBody } from './html';

async function mentionsIn(body: string, slicer?: Slicer): Promise<{ doc: Document; mentions: Mention[] }> {
  const doc = loadBody(body);
  return { doc, mentions: await findMentions(doc, collectBlocks(doc.body), new MatchCache(localSpotter(matcher)), slicer) };
}

/** What each piece covers, as "text@tag". */
const pieces = (m: Mention): string[] => m.pieces.map((p) => `${p.node.data.slice(p.start, p.end)}@${p.node.parentElement?.tagName}`);

describe('findMentions', () => {
  it('finds a name across inline elements as one mention', async () => {
    const { mentions } = await mentionsIn('<p><b>Gina</b> Raimondo</p>');
    expect(mentions).toHaveLength(1);
    const [m] = mentions;
    expect(m).toMatchObject({ entityId: 'gina-raimondo', type: 'person', name: 'Gina Raimondo' });
    expect(m!.range.toString()).toBe('Gina Raimondo');
    expect(pieces(m!)).toEqual(['Gina@B', ' Raimondo@P']);
    expect(m!.pieces.map((p) => [p.start, p.end])).toEqual([[0, 4], [0, 9]]);
  });

  it('finds a name split inside a word across three nodes', async () => {
    const { mentions } = await mentionsIn('<p>Minister Gina <a href="/x">Rai</a>mondo said</p>');
    expect(mentions.map((m) => m.range.toString())).toEqual(['Gina Raimondo']);
    expect(pieces(mentions[0]!)).toEqual(['Gina @P', 'Rai@A', 'mondo@P']);
    expect(mentions[0]!.pieces.map((p) => [p.start, p.end])).toEqual([[9, 14], [0, 3], [0, 5]]);
  });

  it('covers only the name in a possessive', async () => {
    const { mentions } = await mentionsIn('<p>In <em>Japan’s</em> view</p>');
    expect(mentions.map((m) => [m.entityId, m.range.toString()])).toEqual([['country-jpn', 'Japan']]);
    expect(mentions[0]!.pieces).toHaveLength(1);
    expect(mentions[0]!.pieces[0]).toMatchObject({ start: 0, end: 5 });
  });

  it('does not join separate blocks into one name', async () => {
    const { mentions } = await mentionsIn('<p>Gina</p><p>Raimondo</p>');
    expect(mentions).toEqual([]);
  });

  it('uses <br> as a word break', async () => {
    const { mentions } = await mentionsIn('<p>CNN<br>Japan</p>');
    expect(mentions.map((m) => [m.entityId, m.range.toString()])).toEqual([['cnn', 'CNN'], ['country-jpn', 'Japan']]);
  });

  it('skips script, style, textarea, input, code, editable, aria-hidden and Backstory UI elements', async () => {
    const { mentions } = await mentionsIn([
      '<script>Japan</script><style>/* Japan */</style><textarea>Japan</textarea><input value="Japan">',
      '<p><code>Japan</code></p><div contenteditable="true">Japan</div><div aria-hidden="true">Japan</div>',
      '<backstory-ui><span>Japan</span></backstory-ui>',
      '<p id="prose">Rapidus and Japan</p>',
    ].join(''));
    expect(mentions.map((m) => m.entityId)).toEqual(['rapidus', 'country-jpn']);
    for (const m of mentions) expect(m.pieces[0]!.node.parentElement?.id).toBe('prose');
  });

  it('links a short form in a later block after its full name', async () => {
    const { mentions } = await mentionsIn('<h1>Raimondo visits</h1><p>Gina Raimondo met officials.</p><p>Raimondo <i>said</i>.</p>');
    expect(mentions.map((m) => [m.range.toString(), m.pieces[0]!.node.parentElement?.tagName])).toEqual([
      ['Gina Raimondo', 'P'],
      ['Raimondo', 'P'],
    ]);
  });

  it('keeps ranges in the right nodes when a block has several mentions', async () => {
    const { mentions } = await mentionsIn('<p><a>Micron Technology</a> (<b>MU</b>) and <span>RAPIDUS</span></p>');
    expect(mentions.map((m) => [m.entityId, m.range.toString(), pieces(m).join('|')])).toEqual([
      ['micron-technology', 'Micron Technology', 'Micron Technology@A'],
      ['micron-technology', 'MU', 'MU@B'],
      ['rapidus', 'RAPIDUS', 'RAPIDUS@SPAN'],
    ]);
  });

  it('ticks the slicer after each text looked up, each batch sent and each mention placed', async () => {
    let ticks = 0;
    const slicer: Slicer = { tick: async () => { ticks++; }, wait: (p) => p, longestSliceMs: () => 0 };
    const { mentions } = await mentionsIn('<p>Japan</p><p>China</p><p>none</p>', slicer);
    expect(ticks).toBe(3 + 1 + 2);
    expect(mentions).toHaveLength(2);
  });
});
