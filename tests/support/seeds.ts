import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The real news articles beside the checkout; read at test time, never copied in. */
export const SEEDS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/seeds');
export const hasSeeds = existsSync(SEEDS_DIR);

export interface SeedInfo {
  file: string;
  /** A publication date for the page's meta tag, where the seed's README gives a day. */
  published?: string;
}

export const SEEDS: Record<'000' | '001' | '002', SeedInfo> = {
  '000': { file: '000_948129ef90e95e8e.txt' },
  '001': { file: '001_b74b093e62153c20.txt' }, // carries its own dateline: "6 Jan, 2023"
  '002': { file: '002_f515593e6f37bc8d.txt', published: '2024-04-09' },
};

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Renders a seed's plain text as a news page: masthead, nav, article, comment box. */
export function renderSeed(info: SeedInfo): string {
  const text = readFileSync(join(SEEDS_DIR, info.file), 'utf8');
  // The first line is the headline (or a dateline); the rest keeps its own line breaks.
  const [title = 'Untitled', ...rest] = text.trim().split('\n');
  const body = rest.join('\n').split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  const meta = info.published ? `<meta property="article:published_time" content="${info.published}T08:00:00Z">` : '';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(title)}</title>${meta}
<style>body{font:17px/1.6 Georgia,serif;max-width:720px;margin:0 auto;padding:0 16px;color:#222}nav a{margin-right:12px}</style></head>
<body><header><p class="masthead">Seed Wire</p><nav><a href="#">World</a><a href="#">Business</a><a href="#">Tech</a></nav></header>
<article><h1>${escape(title)}</h1>
${body.map((p) => `<p>${escape(p)}</p>`).join('\n')}
</article>
<form class="comments" onsubmit="return false"><label>Comment <textarea name="c">Japan and IBM in a comment box are not marked</textarea></label><button>Post</button></form>
<footer><p>Rendered from a seed article for tests.</p></footer></body></html>`;
}
