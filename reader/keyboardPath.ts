import type { MentionStep } from '../messaging/protocol';
import type { Mention } from '../page/mentions';
import type { CardFrame } from './cardFrame';
import type { HoverIntent } from './hoverIntent';
import { stepMention, type StepDirection } from './mentionStep';

export interface KeyboardPathOptions {
  doc: Document;
  /** The marked mentions, in document order. */
  mentions: () => readonly Mention[];
  intent: HoverIntent<Mention>;
  frame: () => CardFrame | null;
}

export interface KeyboardPath {
  /** Opens the next or previous mention's card (the `reader/step` command); null when none can be shown. */
  step(direction: StepDirection): MentionStep | null;
  /** The mention whose card the keyboard opened, until the pointer moves: hover does not close it. */
  readonly pinned: Mention | null;
  /** The pointer really moved (not a synthetic move after a scroll): hover takes over again. */
  pointerMoved(): void;
  /** Call before the card hides: focus goes back to where it was if it is still in the card. */
  closing(): void;
}

// The mention lands a quarter down the viewport, so the card has room below it.
const LAND_AT = 0.25;

/** The keyboard path to the cards: stepping between mentions, scrolling, and focus in and back. */
export function createKeyboardPath({ doc, mentions, intent, frame }: KeyboardPathOptions): KeyboardPath {
  const win = doc.defaultView!;
  let pinned: Mention | null = null;
  let returnTo: Element | null = null;

  const boxOf = (list: readonly Mention[]) => (i: number) => {
    const r = list[i]!.range.getBoundingClientRect();
    return r.width === 0 && r.height === 0 ? null : r;
  };
  // Scrolling moves neither the page's focus nor its selection (unlike focusing something in it).
  const reveal = (range: Range) => {
    const r = range.getBoundingClientRect();
    if (r.top >= 0 && r.bottom <= win.innerHeight) return;
    win.scrollBy({ top: r.top - win.innerHeight * LAND_AT, behavior: 'instant' });
    const after = range.getBoundingClientRect();
    // Still out of sight: the name is inside a scrolling box of the page's own.
    if (after.top < 0 || after.bottom > win.innerHeight) range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
  };

  return {
    step(direction) {
      const list = mentions();
      const current = intent.current ? list.indexOf(intent.current) : -1;
      const i = stepMention(list.length, boxOf(list), current >= 0 ? current : null, direction, win.innerHeight);
      if (i === null) return null;
      const m = list[i]!;
      reveal(m.range);
      if (!frame()?.hasFocus()) returnTo = doc.activeElement;
      pinned = m;
      intent.openNow(m);
      return { entityId: m.entityId, index: i, count: list.length };
    },
    get pinned() { return pinned; },
    pointerMoved() { pinned = null; },
    closing() {
      pinned = null;
      const card = frame();
      const back = returnTo;
      returnTo = null;
      // Focus the reader moved elsewhere (a click, Tab) stays where they put it.
      if (!card?.hasFocus()) return;
      const el = back as HTMLElement | null;
      if (el && el !== doc.body && el.isConnected && typeof el.focus === 'function') el.focus({ preventScroll: true });
      else card.releaseFocus();
    },
  };
}
