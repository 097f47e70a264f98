/** Which mention the keyboard moves to next: pure, so it is tested without a page. */

export type StepDirection = 'next' | 'previous';

/** A mention's box in viewport coordinates; null when it has none (hidden text). */
export interface VerticalBox {
  top: number;
  bottom: number;
}

/**
 * The index of the mention to open, or null when none has a box. `boxOf(i)` is asked lazily, so a
 * step from an open card looks at one or two mentions, not the whole page. From an open card
 * (`current`), the neighbour in document order; with none, the first mention that reaches into or
 * below the viewport (next) or into or above it (previous). Both ends wrap around.
 */
export function stepMention(
  count: number,
  boxOf: (i: number) => VerticalBox | null,
  current: number | null,
  direction: StepDirection,
  viewportHeight: number,
): number | null {
  if (count === 0) return null;
  const delta = direction === 'next' ? 1 : -1;
  let start: number;
  if (current !== null && current >= 0 && current < count) start = current + delta;
  else {
    start = direction === 'next' ? 0 : count - 1;
    for (let i = start; i >= 0 && i < count; i += delta) {
      const box = boxOf(i);
      if (box && (direction === 'next' ? box.bottom > 0 : box.top < viewportHeight)) return i;
    }
  }
  for (let n = 0; n < count; n++) {
    const i = (((start + n * delta) % count) + count) % count;
    if (boxOf(i)) return i;
  }
  return null;
}
