import { afterEach, describe, expect, it } from 'vitest';
import type { Mention } from '../../../page/mentions';
import type { CardFrame } from '../../../reader/cardFrame';
import type { HoverIntent } from '../../../reader/hoverIntent';
import { createKeyboardPath } from '../../../reader/keyboardPath';

// Mentions 100 px apart down a long page; happy-dom lays nothing out, so each range reports its own box.
const mention = (i: number, top: () => number): Mention => ({
  entityId: `e${i}`, type: 'person', name: `E${i}`, pieces: [],
  range: { getBoundingClientRect: () => ({ top: top() + i * 100, bottom: top() + i * 100 + 18, width: 40, height: 18 }) } as unknown as Range,
});

function setup() {
  let scrolled = 0;
  window.scrollBy = ((o: ScrollToOptions) => { scrolled += o.top ?? 0; }) as typeof window.scrollBy;
  const mentions = Array.from({ length: 30 }, (_, i) => mention(i, () => -scrolled));
  const host = document.createElement('div');
  const log: string[] = [];
  let focusInCard = false;
  const frame = { host, hasFocus: () => focusInCard, releaseFocus: () => { focusInCard = false; log.push('release'); } } as unknown as CardFrame;
  let current: Mention | null = null;
  const intent = { get current() { return current; }, openNow: (m: Mention) => { current = m; log.push(`open ${m.entityId}`); } } as unknown as HoverIntent<Mention>;
  const keys = createKeyboardPath({ doc: document, mentions: () => mentions, intent, frame: () => frame });
  return { keys, log, scrolled: () => scrolled, focusCard: (on: boolean) => { focusInCard = on; } };
}

afterEach(() => { document.body.replaceChildren(); });

describe('createKeyboardPath', () => {
  it('opens the first mention in view, pinned, and says where it is', () => {
    const { keys, log } = setup();
    expect(keys.step('next')).toEqual({ entityId: 'e0', index: 0, count: 30 });
    expect(log).toEqual(['open e0']);
    expect(keys.pinned?.entityId).toBe('e0');
    keys.pointerMoved();
    expect(keys.pinned).toBeNull();
  });

  it('scrolls a mention out of view to a quarter down the viewport, and leaves one in view alone', () => {
    const { keys, scrolled } = setup();
    keys.step('next'); // e0 at 0: in view
    expect(scrolled()).toBe(0);
    keys.step('previous'); // wraps to e29 at 2900
    expect(scrolled()).toBe(2900 - window.innerHeight * 0.25);
  });

  it('gives focus back to the element that had it, when focus is still in the card at close', () => {
    const { keys, focusCard, log } = setup();
    const input = document.body.appendChild(document.createElement('input'));
    input.focus();
    keys.step('next');
    focusCard(true);
    input.blur();
    keys.step('next'); // a second step from inside the card keeps the first place to return to
    keys.closing();
    expect(document.activeElement).toBe(input);
    expect(log).not.toContain('release');
  });

  it('with nothing focused before, releases focus to the page; focus the reader moved elsewhere stays', () => {
    const { keys, focusCard, log } = setup();
    keys.step('next');
    focusCard(true);
    keys.closing();
    expect(log).toContain('release');
    const other = document.body.appendChild(document.createElement('button'));
    keys.step('next');
    other.focus();
    focusCard(false); // the reader clicked elsewhere
    keys.closing();
    expect(document.activeElement).toBe(other);
  });
});
