import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stepMention, type VerticalBox } from '../../../reader/mentionStep';

const VIEW = 800;
// Mentions 100 px apart, the page scrolled so that index 10 is at the viewport's top.
const page = (count: number, scrolledTo = 10, hidden: number[] = []) => (i: number): VerticalBox | null =>
  hidden.includes(i) ? null : { top: (i - scrolledTo) * 100, bottom: (i - scrolledTo) * 100 + 18 };

describe('stepMention', () => {
  it('starts from the viewport: next is the first mention in view, previous the last one', () => {
    expect(stepMention(30, page(30), null, 'next', VIEW)).toBe(10);
    expect(stepMention(30, page(30), null, 'previous', VIEW)).toBe(17);
  });

  it('counts a mention cut by the viewport’s top edge as in view', () => {
    const boxes = (i: number) => ({ top: i * 100 - 1010, bottom: i * 100 - 1010 + 18 }); // index 10 spans -10..8
    expect(stepMention(30, boxes, null, 'next', VIEW)).toBe(10);
  });

  it('steps from the open card in document order, and wraps at both ends', () => {
    expect(stepMention(30, page(30), 4, 'next', VIEW)).toBe(5);
    expect(stepMention(30, page(30), 4, 'previous', VIEW)).toBe(3);
    expect(stepMention(30, page(30), 29, 'next', VIEW)).toBe(0);
    expect(stepMention(30, page(30), 0, 'previous', VIEW)).toBe(29);
  });

  it('wraps from the viewport too: nothing below means the first, nothing above the last', () => {
    expect(stepMention(5, page(5, 50), null, 'next', VIEW)).toBe(0);
    expect(stepMention(5, page(5, -50), null, 'previous', VIEW)).toBe(4);
  });

  it('skips mentions without a box (hidden text), and gives null when none has one', () => {
    expect(stepMention(30, page(30, 10, [5, 6]), 4, 'next', VIEW)).toBe(7);
    expect(stepMention(30, page(30, 10, [10, 11]), null, 'next', VIEW)).toBe(12);
    expect(stepMention(3, () => null, null, 'next', VIEW)).toBeNull();
    expect(stepMention(3, () => null, 1, 'previous', VIEW)).toBeNull();
    expect(stepMention(0, page(0), null, 'next', VIEW)).toBeNull();
  });

  it('asks for one box when stepping from an open card', () => {
    const asked: number[] = [];
    stepMention(10_000, (i) => { asked.push(i); return page(10_000)(i); }, 500, 'next', VIEW);
    expect(asked).toEqual([501]);
  });

  it('next then previous from an open card comes back to it, on any page (property)', () => {
    fc.assert(fc.property(
      fc.array(fc.boolean(), { minLength: 1, maxLength: 40 }).filter((shown) => shown.some(Boolean)),
      fc.nat(),
      (shown, pick) => {
        const boxOf = (i: number) => (shown[i] ? { top: i * 30, bottom: i * 30 + 18 } : null);
        const visible = shown.flatMap((s, i) => (s ? [i] : []));
        const from = visible[pick % visible.length]!;
        const there = stepMention(shown.length, boxOf, from, 'next', VIEW)!;
        expect(shown[there]).toBe(true);
        expect(stepMention(shown.length, boxOf, there, 'previous', VIEW)).toBe(from);
      },
    ));
  });
});
