import { describe, expect, it } from 'vitest';
import { inSafeTriangle, nearEdge, type Box } from '../../../reader/safeTriangle';

// A card 380 wide below and to the right of a name whose last pointer point is (100, 100).
const below: Box = { left: 80, top: 120, right: 460, bottom: 560 };
const apex = { x: 100, y: 100 };

describe('nearEdge', () => {
  it('is the card edge that faces the apex', () => {
    expect(nearEdge(apex, below)).toEqual([{ x: 80, y: 120 }, { x: 460, y: 120 }]);
    expect(nearEdge({ x: 100, y: 600 }, below)).toEqual([{ x: 80, y: 560 }, { x: 460, y: 560 }]);
    expect(nearEdge({ x: 10, y: 300 }, below)).toEqual([{ x: 80, y: 120 }, { x: 80, y: 560 }]);
    expect(nearEdge({ x: 500, y: 300 }, below)).toEqual([{ x: 460, y: 120 }, { x: 460, y: 560 }]);
  });
});

describe('inSafeTriangle', () => {
  it('holds on the straight path from the name to the card, even towards its far corner', () => {
    for (let t = 0.1; t < 1; t += 0.1) {
      expect(inSafeTriangle(apex, below, { x: 100 + (300 - 100) * t, y: 100 + 20 * t })).toBe(true);
      expect(inSafeTriangle(apex, below, { x: 100 + (455 - 100) * t, y: 100 + 20 * t })).toBe(true);
    }
  });

  it('fails beside the triangle: above the apex, or past the card’s sides', () => {
    expect(inSafeTriangle(apex, below, { x: 100, y: 90 })).toBe(false);
    expect(inSafeTriangle(apex, below, { x: 300, y: 104 })).toBe(false); // far right, barely below the apex
    expect(inSafeTriangle(apex, below, { x: 40, y: 115 })).toBe(false); // left of the card’s corner
  });

  it('forgives a pixel or two of wobble at the edges, but not more', () => {
    // The left side runs from (100,100) to (80,120); (89,110) is 0.7 px outside it, (85,110) 3.5 px.
    expect(inSafeTriangle(apex, below, { x: 89, y: 110 })).toBe(true);
    expect(inSafeTriangle(apex, below, { x: 85, y: 110 }, 2)).toBe(false);
    expect(inSafeTriangle(apex, below, { x: 89, y: 110 }, 0)).toBe(false);
  });

  it('works for a card above the name (flipped) and beside it', () => {
    const above: Box = { left: 50, top: 0, right: 430, bottom: 80 };
    expect(inSafeTriangle(apex, above, { x: 150, y: 90 })).toBe(true);
    expect(inSafeTriangle(apex, above, { x: 150, y: 105 })).toBe(false);
    const right: Box = { left: 200, top: 40, right: 580, bottom: 480 };
    expect(inSafeTriangle(apex, right, { x: 150, y: 100 })).toBe(true);
    expect(inSafeTriangle(apex, right, { x: 150, y: 20 })).toBe(false);
  });

  it('has no triangle when the apex lies on the near edge’s line', () => {
    expect(inSafeTriangle({ x: 0, y: 120 }, { left: 10, top: 100, right: 50, bottom: 120 }, { x: 5, y: 120 })).toBe(false);
  });
});
