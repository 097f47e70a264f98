import type { Mention } from '../page/mentions';

/** How marked names look: a dotted underline (the default), or a background tint. */
export const HIGHLIGHT_STYLES = ['underline', 'tint'] as const;
export type HighlightStyle = (typeof HIGHLIGHT_STYLES)[number];

/** The reader's choices as one page needs them; public, with nothing from the notebook. */
export interface ReaderSettings {
  /** False when paused everywhere or switched off for this site. */
  enabled: boolean;
  firstMentionOnly: boolean;
  disabledTypes: string[];
  highlightStyle: HighlightStyle;
}

export const DEFAULT_READER_SETTINGS: ReaderSettings = { enabled: true, firstMentionOnly: false, disabledTypes: [], highlightStyle: 'underline' };

/** The mentions to mark under these settings, in page order. */
export function selectMentions(mentions: readonly Mention[], s: ReaderSettings): Mention[] {
  if (!s.enabled) return [];
  const off = new Set(s.disabledTypes);
  const seen = new Set<string>();
  return mentions.filter((m) => {
    if (off.has(m.type)) return false;
    if (!s.firstMentionOnly) return true;
    if (seen.has(m.entityId)) return false;
    seen.add(m.entityId);
    return true;
  });
}
