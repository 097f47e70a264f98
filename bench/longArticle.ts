import { prng, syntheticText } from './synthetic';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/**
 * A long news page: about `bytes` of prose in `textNodes` text nodes, names spread through it,
 * every few sentences wrapped in inline markup as real articles are.
 */
export function longArticle(names: readonly string[], bytes = 1_000_000, textNodes = 20_000): string {
  const text = syntheticText(names, bytes, 5);
  const rand = prng(3);
  const per = Math.ceil(text.length / textNodes);
  const pieces: string[] = [];
  for (let i = 0; i < text.length; i += per) pieces.push(esc(text.slice(i, i + per)));
  const paragraphs: string[] = [];
  for (let i = 0; i < pieces.length; i += 10) {
    const inner = pieces.slice(i, i + 10).map((p, j) => {
      if (j % 2 === 0) return p;
      const tag = rand() < 0.5 ? 'em' : 'b';
      return `<${tag}>${p}</${tag}>`;
    });
    paragraphs.push(`<p>${inner.join('')}</p>`);
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A very long article</title>
<meta property="article:published_time" content="2023-05-26T09:00:00Z"></head>
<body><header><h1>The long read</h1></header><article>${paragraphs.join('\n')}</article></body></html>`;
}
