/**
 * Competition ranking ("1224") of non-negative doubles, descending: rank = 1 + number of
 * strictly greater values, so ties share the best rank and input order does not matter.
 *
 * Sensitivity ranks 10,000 projects hundreds of times; a native sort plus a binary search
 * per project was most of its run time. Non-negative IEEE-754 doubles order exactly like
 * their bit patterns read as unsigned integers, so an LSD radix sort of the indices by those
 * bits (six 11-bit digits) orders them in linear time with no comparisons.
 */
export class Ranker {
  private readonly keys: Float64Array;
  private readonly words: Uint32Array;
  private readonly order: Uint32Array;
  private readonly spare: Uint32Array;
  private readonly counts = new Uint32Array(2048);
  private readonly lowWord: number;
  private readonly highWord: number;

  constructor(readonly size: number) {
    this.keys = new Float64Array(size);
    this.words = new Uint32Array(this.keys.buffer);
    this.order = new Uint32Array(size);
    this.spare = new Uint32Array(size);
    const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
    this.lowWord = littleEndian ? 0 : 1;
    this.highWord = littleEndian ? 1 : 0;
  }

  /** Writes the rank of values[p] to out[p * stride + offset]; values must be ≥ 0. */
  rank(values: Float64Array, out: Int32Array, stride: number, offset: number): void {
    const n = this.size;
    // + 0 turns −0 into +0, whose bits would otherwise sort above every positive number.
    for (let i = 0; i < n; i++) this.keys[i] = values[i] + 0;
    let order = this.order;
    let spare = this.spare;
    for (let i = 0; i < n; i++) order[i] = i;
    for (let digit = 0; digit < 6; digit++) {
      const word = digit < 3 ? this.lowWord : this.highWord;
      const shift = (digit % 3) * 11;
      if (this.countDigit(order, word, shift)) {
        const counts = this.counts;
        let sum = 0;
        for (let b = 0; b < 2048; b++) {
          const c = counts[b];
          counts[b] = sum;
          sum += c;
        }
        for (let i = 0; i < n; i++) {
          const p = order[i];
          spare[counts[(this.words[2 * p + word] >>> shift) & 2047]++] = p;
        }
        const t = order;
        order = spare;
        spare = t;
      }
    }
    let rank = 1;
    for (let r = n - 1; r >= 0; r--) {
      const p = order[r];
      if (r === n - 1 || values[p] !== values[order[r + 1]]) rank = n - r;
      out[p * stride + offset] = rank;
    }
  }

  /** Histogram of one digit; false when every key has the same digit (the pass is a no-op). */
  private countDigit(order: Uint32Array, word: number, shift: number): boolean {
    const counts = this.counts;
    counts.fill(0);
    for (let i = 0; i < this.size; i++) counts[(this.words[2 * order[i] + word] >>> shift) & 2047]++;
    return counts[(this.words[2 * order[0] + word] >>> shift) & 2047] !== this.size;
  }
}
