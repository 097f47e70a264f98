/** Test pages of our own writing for the dynamic and hostile cases; each is a whole HTML document. */

const PARAGRAPHS = [
  'Rapidus, the chipmaker backed by the Japanese government, said on Friday that its pilot line in Hokkaido would begin trial production in April.',
  'US Commerce Secretary Gina Raimondo met executives from IBM and Micron Technology in Tokyo. Raimondo said the partnership would deepen.',
  'Shares of TSMC rose after the announcement, while analysts at Reuters noted the shortage of engineers in Japan.',
];

export const ARTICLE = PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n');

export function page(body: string, head = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Dynamic page</title>
<meta property="article:published_time" content="2023-05-26T09:00:00Z">${head}
<style>body{font:18px/1.6 Georgia,serif;max-width:40em;margin:2em auto}</style></head>
<body><header><h1>World business</h1></header><article>${body}</article></body></html>`;
}

/** A framework-style page: the whole article is thrown away and rebuilt every second. */
export const RERENDER = page(ARTICLE, `<script>
  let n = 0;
  setInterval(() => {
    n++;
    const article = document.querySelector('article');
    article.replaceChildren();
    const html = ${JSON.stringify(ARTICLE)} + '<p class="tick">Updated ' + n + ' times. Markets in Japan closed higher.</p>';
    article.insertAdjacentHTML('beforeend', html);
    window.__renders = n;
  }, 1000);
</script>`);

/** A live blog: a new post arrives every 300 ms at the top. */
export const LIVE_BLOG = page('<ol id="posts"></ol>', `<script>
  const posts = ['Gina Raimondo arrives in Tokyo.', 'Rapidus confirms the schedule.', 'Micron Technology shares rise.'];
  let n = 0;
  const timer = setInterval(() => {
    const li = document.createElement('li');
    li.textContent = 'Update ' + (n + 1) + ': ' + posts[n % posts.length];
    document.getElementById('posts').prepend(li);
    if (++n === 9) clearInterval(timer);
    window.__posts = n;
  }, 300);
</script>`);

export const FRAME_INNER = page('<p>Inner frame: Micron Technology and Hokkaido.</p>');
export const FRAME_MIDDLE = page('<p>Middle frame: Rapidus and IBM.</p><iframe src="/frame-inner.html" width="600" height="200"></iframe>');
export const NESTED = page(`${ARTICLE}<iframe src="/frame-middle.html" width="700" height="400"></iframe>`);
export const SANDBOXED = page(`${ARTICLE}<iframe sandbox src="/frame-inner.html" width="600" height="200"></iframe>
<iframe sandbox="allow-scripts" srcdoc="<p>Sandboxed: Rapidus and Japan.</p>" width="600" height="120"></iframe>`);

/**
 * A single-page app: a click on "Next story" swaps the article, its date meta tag and the address
 * (history.pushState), without loading a new document.
 */
export const SPA = page('<p>Yasutoshi Nishimura visited the Rapidus site in Hokkaido.</p><button id="next">Next story</button>', `<script>
  addEventListener('DOMContentLoaded', () => document.getElementById('next').addEventListener('click', () => {
    history.pushState({}, '', '/spa/second-story');
    document.querySelector('meta[property="article:published_time"]').setAttribute('content', '2024-03-01T09:00:00Z');
    document.title = 'Second story';
    document.querySelector('article').replaceChildren(Object.assign(document.createElement('p'), {
      textContent: 'Months later, Yasutoshi Nishimura spoke about Rapidus again.',
    }));
  }));
</script>`);
