/** The "safe triangle": geometry only, so the hover card can be reached across plain text. */

export interface Point {
  x: number;
  y: number;
}

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The two corners of the card's edge that faces the apex (the pointer's last point on the name). */
export function nearEdge(apex: Point, card: Box): [Point, Point] {
  if (apex.y <= card.top) return [{ x: card.left, y: card.top }, { x: card.right, y: card.top }];
  if (apex.y >= card.bottom) return [{ x: card.left, y: card.bottom }, { x: card.right, y: card.bottom }];
  if (apex.x <= card.left) return [{ x: card.left, y: card.top }, { x: card.left, y: card.bottom }];
  return [{ x: card.right, y: card.top }, { x: card.right, y: card.bottom }];
}

const cross = (o: Point, a: Point, b: Point) => (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);

/**
 * Whether `p` lies in the triangle between `apex` and the card's near edge (edges included, with
 * `slack` pixels of tolerance, since a hand never moves in a straight line).
 */
export function inSafeTriangle(apex: Point, card: Box, p: Point, slack = 2): boolean {
  const [a, b] = nearEdge(apex, card);
  const area = cross(apex, a, b);
  if (area === 0) return false; // the apex lies on the edge's line: no triangle
  const sign = Math.sign(area);
  // Each edge's signed distance, positive inside; slack widens the triangle a little.
  const inside = (o: Point, q: Point) => (sign * cross(o, q, p)) / Math.hypot(q.x - o.x, q.y - o.y) >= -slack;
  return inside(apex, a) && inside(a, b) && inside(b, apex);
}
