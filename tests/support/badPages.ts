/** Hostile-by-size and odd-by-format pages, generated in code for tests/e2e/bad-pages.test.ts. */
import { prng } from '../../bench/synthetic';
import { page } from './dynamicPages';

/** Names the fact base knows, spread thinly through the long pages. */
export const NAMES = ['Gina Raimondo', 'Rapidus', 'Micron Technology', 'Hokkaido', 'Japan'];

const FILLER = ['the', 'ministry', 'said', 'on', 'Thursday', 'that', 'exports', 'of', 'advanced', 'chips', 'would', 'face',
  'new', 'limits', 'while', 'officials', 'in', 'both', 'capitals', 'met', 'to', 'discuss', 'supply', 'chains'];

/** A sentence of filler; one in `nameEvery` carries a name, so the page is big without being dense with marks. */
function sentences(rand: () => number, count: number, nameEvery: number, length = 14): string[] {
  return Array.from({ length: count }, () => {
    const words = Array.from({ length }, () => FILLER[Math.floor(rand() * FILLER.length)]!);
    if (rand() < 1 / nameEvery) words.splice(Math.floor(rand() * words.length), 0, NAMES[Math.floor(rand() * NAMES.length)]!);
    const s = words.join(' ');
    return `${s.charAt(0).toUpperCase()}${s.slice(1)}.`;
  });
}

/** About `bytes` of prose in paragraphs of ten sentences (5 MB by default). */
export function bigText(bytes = 5_000_000): string {
  const rand = prng(51);
  const paragraphs: string[] = [];
  let size = 0;
  while (size < bytes) {
    const p = sentences(rand, 10, 40).join(' ');
    paragraphs.push(`<p>${p}</p>`);
    size += p.length;
  }
  return page(paragraphs.join('\n'));
}

/** `count` text nodes: short runs alternating with inline markup, ten runs to a paragraph. */
export function manyTextNodes(count = 100_000): string {
  const rand = prng(52);
  const runs = sentences(rand, count, 60, 3).map((s, i) => (i % 2 ? `<b>${s}</b>` : s));
  const paragraphs: string[] = [];
  for (let i = 0; i < runs.length; i += 10) paragraphs.push(`<p>${runs.slice(i, i + 10).join(' ')}</p>`);
  return page(paragraphs.join('\n'));
}

/**
 * Elements nested `depth` levels deep, with text at every hundredth level and names at the bottom.
 * Built by script: the HTML parser flattens markup nested deeper than 512 levels. The nested
 * elements are `display: contents` because Chromium itself crashes laying out about 3,000 nested
 * block boxes, with or without Backstory: the DOM is 5,000 deep, the box tree is not.
 */
export function deepNesting(depth = 5_000): string {
  return page('<p>Above the deep part: Rapidus.</p><div id="deep"></div>', `<style>#deep div { display: contents }</style><script>
  document.addEventListener('DOMContentLoaded', () => {
    let node = document.getElementById('deep');
    for (let i = 1; i < ${depth}; i++) {
      const child = document.createElement('div');
      if (i % 100 === 0) child.append('Level ' + i + ' of the story. ');
      node.append(child);
      node = child;
    }
    node.append('At the bottom, Gina Raimondo met Micron Technology in Hokkaido.');
    window.__depth = ${depth};
  });
</script>`);
}

/**
 * A live blog that makes about `perSecond` DOM mutations a second for `seconds`: new posts at the
 * top, old ones dropped at the bottom, a ticking clock. `window.__mutations` counts them and
 * `window.__live` holds the start and end times once it is over.
 */
export function liveBlog(perSecond = 1_000, seconds = 6): string {
  return page('<p id="clock">Live</p><ol id="posts"></ol>', `<script>
  const posts = ['Gina Raimondo arrives in Tokyo.', 'Rapidus confirms the schedule.', 'Micron Technology shares rise.', 'Markets in Japan open higher.'];
  window.__mutations = 0;
  window.addEventListener('load', () => {
    const list = document.getElementById('posts');
    const clock = document.getElementById('clock').firstChild;
    const started = performance.now();
    let n = 0;
    const timer = setInterval(() => {
      // Ticks every 10 ms; a late tick catches up, so the rate holds on a loaded machine.
      const due = Math.floor((performance.now() - started) * ${perSecond} / 1000);
      while (window.__mutations < due) {
        n++;
        if (n % 4 === 0) {
          clock.data = 'Live: update ' + n;
        } else {
          const li = document.createElement('li');
          const post = n - Math.floor(n / 4); // every post in turn, whatever the clock took
          li.textContent = 'Update ' + post + ': ' + posts[post % posts.length];
          list.prepend(li);
          if (list.childElementCount > 200) list.lastElementChild.remove();
        }
        window.__mutations++;
      }
      if (performance.now() - started > ${seconds * 1000}) { clearInterval(timer); window.__live = [started, performance.now()]; }
    }, 10);
  });
</script>`);
}

/** Right-to-left and mixed scripts, with bidi marks and isolates around embedded names. */
export const RTL = `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>أخبار</title>
<meta property="article:published_time" content="2023-05-26T09:00:00Z"></head>
<body><article>
<h1>اقتصاد آسيا</h1>
<p>قالت \u200Fاليابان\u200F إن شركة \u2066Rapidus\u2069 ستبدأ الإنتاج، والتقى \u2066Gina Raimondo\u2069 بمسؤولين من مصر.</p>
<p dir="rtl" lang="he">ביקור ראש הממשלה: ישראל ו-\u200EMicron Technology\u200E חתמו על הסכם.</p>
<p lang="ja" dir="ltr">日本の岸田文雄首相は、Rapidusの工場を視察した。</p>
<p>نشرت <bdi>Reuters</bdi> أن \u202BMicron Technology\u202C توسع أعمالها في <bdo dir="ltr">Hokkaido</bdo>.</p>
</article></body></html>`;

/** What the RTL page must have marked, in any order. */
export const RTL_MARKED = [
  'اليابان', 'Rapidus', 'Gina Raimondo', 'مصر', 'ישראל', 'Micron Technology', '日本', '岸田文雄', 'Rapidus', 'Reuters', 'Micron Technology', 'Hokkaido',
];

/** A page with no <body>: a frameset whose frames hold the article. */
export const FRAMESET = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Frames</title></head>
<frameset cols="50%,50%"><frame src="/bad/frame-left.html"><frame src="/bad/frame-right.html"></frameset></html>`;
export const FRAME_LEFT = page('<p>Left frame: Rapidus and Hokkaido.</p>');
export const FRAME_RIGHT = page('<p>Right frame: Gina Raimondo.</p>');

/** An XHTML document (served as application/xhtml+xml) that has text but no <body>. */
export const XHTML_NO_BODY = `<?xml version="1.0" encoding="UTF-8"?>
<html xmlns="http://www.w3.org/1999/xhtml"><head><title>No body</title></head>
<div><p>Rapidus said Japan would fund the plant in Hokkaido.</p></div></html>`;

/** A plain XML document naming known entities (not RSS, which Chromium types as application/rss+xml). */
export const XML_DOC = `<?xml version="1.0" encoding="UTF-8"?>
<newsfeed><title>World business</title>
<item><title>Rapidus to start trial production in Hokkaido</title><summary>Gina Raimondo met Micron Technology in Japan.</summary></item>
</newsfeed>`;

/** A standalone SVG document with text naming known entities. */
export const SVG_DOC = `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="600" height="200" viewBox="0 0 600 200">
<text x="10" y="40" font-size="20">Rapidus and Micron Technology in Japan</text>
<foreignObject x="10" y="60" width="580" height="120"><div xmlns="http://www.w3.org/1999/xhtml"><p>Gina Raimondo in Hokkaido.</p></div></foreignObject>
</svg>`;

/**
 * An article with about:blank frames (one filled by the page's script, one empty) and sandboxed
 * frames of every kind: opaque origin by src and srcdoc, and same-origin sandboxes.
 */
export const ODD_FRAMES = page(`<p>The page itself: Rapidus and Japan.</p>
<iframe id="blank-filled" src="about:blank" width="600" height="80"></iframe>
<iframe id="blank-empty" width="600" height="40"></iframe>
<iframe sandbox src="/bad/frame-left.html" width="600" height="80"></iframe>
<iframe sandbox="allow-scripts" srcdoc="<p>Sandboxed: Rapidus and Japan.</p>" width="600" height="80"></iframe>
<iframe id="same-origin-only" sandbox="allow-same-origin" src="/bad/frame-right.html" width="600" height="80"></iframe>
<iframe id="same-origin-scripts" sandbox="allow-scripts allow-same-origin" src="/bad/frame-left.html" width="600" height="80"></iframe>
<script>
  const doc = document.getElementById('blank-filled').contentDocument;
  doc.body.append('Written into about:blank: Gina Raimondo and Micron Technology.');
</script>`);
