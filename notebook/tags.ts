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
