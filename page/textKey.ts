/**
 * A 53-bit hash of a text: FNV-1a and a Murmur-style mix over its UTF-16 code units, seeded with
 * its length. A cache keyed on it does not keep the page's text alive (about 1 MB on a long
 * article). n texts share a key with odds of about n² / 2⁵⁴: about 5 in 10⁹ for a page of 10,000
 * blocks. A collision would mark a wrong name, not crash: `locate` clamps offsets to the block.
 */
export function textKey(text: string): number {
  let a = 0x811c9dc5;
  let b = Math.imul(text.length, 0x9e3779b1) ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 13;
  }
  b = Math.imul(b ^ (b >>> 16), 0x85ebca6b);
  b ^= b >>> 13;
  // 32 bits of one and 21 of the other: an exact integer, so a Map compares it by value.
  return (a >>> 0) * 0x200000 + ((b >>> 0) & 0x1fffff);
}
