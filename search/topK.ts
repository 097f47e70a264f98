/**
 * The `k` ids with the lowest scores (ties: lower id first), best first, without sorting them all:
 * a search over 10,000 notes keeps 100 candidates, and sorting every match cost most of a keystroke.
 */
export function topK(scores: Iterable<readonly [number, number]>, k: number): number[] {
  const ids: number[] = [];
  const kept: number[] = [];
  const before = (score: number, id: number, at: number) => score < kept[at]! || (score === kept[at]! && id < ids[at]!);
  for (const [id, score] of scores) {
    if (k <= 0 || (ids.length === k && !before(score, id, k - 1))) continue;
    let lo = 0;
    let hi = ids.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (before(score, id, mid)) hi = mid;
      else lo = mid + 1;
    }
    ids.splice(lo, 0, id);
    kept.splice(lo, 0, score);
    if (ids.length > k) { ids.pop(); kept.pop(); }
  }
  return ids;
}
