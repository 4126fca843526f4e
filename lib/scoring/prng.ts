/**
 * mulberry32 (Tommy Ettinger, public domain; the generator popularized in
 * bryc/code "PRNGs.md"): 32-bit state, full 2^32 period, good enough for Monte Carlo
 * weight noise and identical in every JS engine because it only uses int32 arithmetic.
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
