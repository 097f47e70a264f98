// Everything Backstory writes into Markdown is plain text (page titles, quotes from pages, the
// reader's notes), so every character Markdown or HTML would interpret is escaped: the file
// renders exactly what was typed or quoted, and a quoted "<script>" stays text.

/** Characters with inline meaning in CommonMark, GFM (tables, strikethrough) or Obsidian (math). */
const INLINE = /[\\`*_{}[\]<>#!&~|$]/g;

export function escapeInline(text: string): string {
  return text.replace(/\s+/g, ' ').replace(INLINE, '\\$&');
}

/** One line of a paragraph: also neutralise what starts a list, heading, rule or code block. */
function escapeLine(line: string): string {
  return line
    .trimStart()
    .replace(INLINE, '\\$&')
    .replace(/^[-+=]/, '\\$&')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/** Lines of a block: blank lines separate paragraphs, single newlines become hard breaks. */
export function escapeBlock(text: string): string[] {
  const lines = text.trim().split(/\r\n|\r|\n/).map((l) => escapeLine(l.trimEnd()));
  const out: string[] = [];
  lines.forEach((line, i) => {
    if (!line) {
      if (out.length && out[out.length - 1] !== '') out.push('');
      return;
    }
    // A trailing backslash is CommonMark's visible hard line break.
    out.push(lines[i + 1] ? `${line}\\` : line);
  });
  return out;
}

/** Obsidian wiki links cannot hold [ ] | # ^ or line breaks. */
export function wikiLinkName(name: string): string {
  return name.replace(/[[\]|#^\\]/g, ' ').replace(/\s+/g, ' ').trim();
}

/** A link for http(s) pages only: other schemes (javascript:, data:, file:) stay inert text. */
export function pageLink(title: string, url: string): string {
  const label = escapeInline(title.trim() || url || 'Untitled page');
  let parsed: URL | null = null;
  try {
    parsed = new URL(url);
  } catch {
    parsed = null;
  }
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) return label;
  // Parentheses would end the destination early; the URL parser already encoded spaces and <>.
  return `[${label}](${parsed.href.replace(/\(/g, '%28').replace(/\)/g, '%29')})`;
}

/** A YAML double-quoted scalar: JSON strings are valid YAML. */
export const yamlString = (text: string): string => JSON.stringify(text);
