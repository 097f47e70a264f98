/**
 * Trims tags, drops empty ones and removes duplicates that differ only in case. The first
 * spelling wins, so "NATO" typed first is not rewritten to "nato" later.
 */
export function normaliseTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.trim();
    const folded = tag.toLowerCase();
    if (!tag || seen.has(folded)) continue;
    seen.add(folded);
    out.push(tag);
  }
  return out;
}

/** Whether two tags are the same tag (tags compare case-insensitively everywhere). */
export function sameTag(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/**
 * Reads the tags a reader typed. Commas separate tags when there is one, so a tag with a space
 * ("supply chain", possibly from an import) survives an edit; otherwise spaces separate them.
 */
export function parseTagInput(input: string): string[] {
  return normaliseTags(input.split(input.includes(',') ? ',' : /\s+/));
}

/** Tags as the reader edits them: `parseTagInput(formatTagInput(tags))` gives the same tags back. */
export function formatTagInput(tags: readonly string[]): string {
  return tags.some((t) => /\s/.test(t)) ? tags.join(', ') : tags.join(' ');
}
