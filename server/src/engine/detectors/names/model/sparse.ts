// The emission weights packed for tagging: only the hash buckets with a non-zero weight keep a row. The
// full table (BUCKETS * NUM_TAGS Int16, 3.7 MB) did not fit a core's cache, and nearly every feature of every
// word cost a cache miss that slowed the rest of the scan as well; about a third of the buckets are used,
// and their rows (1.5 MB) plus a bitmap of the used buckets with running counts (64 KB) do fit. Sums are
// the same integers as over the full table, so the tags and scores are identical.
import { BUCKETS, MAX_FEATURES, NUM_TAGS } from './features';

/** Int16 slots per packed row: NUM_TAGS weights, padded so that no row straddles a cache line. */
const ROW = 8;

/** Set bits of a 32-bit integer. */
function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

/** Bit j set when bucket j of the 32 whose weights start at `from` has a non-zero weight. */
function usedBits(values: ArrayLike<number>, from: number): number {
  let bits = 0;
  for (let j = 0; j < 32; j++) {
    const o = from + j * NUM_TAGS;
    if (values[o] !== 0 || values[o + 1] !== 0 || values[o + 2] !== 0 || values[o + 3] !== 0 || values[o + 4] !== 0 || values[o + 5] !== 0 || values[o + 6] !== 0) bits |= 1 << j;
  }
  return bits;
}

/** Copies the used buckets' weights (of the 32 from `from`) into packed rows from `at`. */
function copyRows(values: ArrayLike<number>, from: number, bits: number, rows: Int16Array, at: number) {
  for (let j = 0; j < 32; j++) {
    if (!(bits & (1 << j))) continue;
    const o = from + j * NUM_TAGS;
    for (let t = 0; t < NUM_TAGS; t++) rows[at + t] = values[o + t];
    at += ROW;
  }
}

export class SparseEmissions {
  /** Per 32 buckets: a bitmap of the used ones, then how many used buckets come before them. */
  private readonly index = new Int32Array((BUCKETS / 32) * 2);
  /** The used buckets' weights, ROW slots each, in bucket order. */
  private readonly rows: Int16Array;

  /** `values`: the full weights (BUCKETS * NUM_TAGS emission weights first, as in `Model.values`). */
  constructor(values: ArrayLike<number>) {
    // usedBits and emissions spell out seven tags, as perceptron.ts `emissions` does.
    if (NUM_TAGS !== 7) throw new Error('names model: SparseEmissions is written for 7 tags');
    // A word of the bitmap at a time, in small functions that V8 optimises after a few calls (one loop over
    // all 1.8 million weights ran unoptimised for most of its length, on the way to the first tag).
    const words = BUCKETS / 32;
    let used = 0;
    for (let k = 0; k < words; k++) {
      const bits = usedBits(values, k * 32 * NUM_TAGS);
      this.index[2 * k] = bits;
      this.index[2 * k + 1] = used;
      used += popcount(bits);
    }
    this.rows = new Int16Array(used * ROW);
    for (let k = 0; k < words; k++) if (this.index[2 * k] !== 0) copyRows(values, k * 32 * NUM_TAGS, this.index[2 * k], this.rows, this.index[2 * k + 1] * ROW);
  }

  /** As perceptron.ts `emissions` over the full table: `feats` holds bucket * NUM_TAGS per feature. */
  emissions(n: number, feats: Int32Array, candidate: Uint8Array, out: Float64Array) {
    const { index, rows } = this;
    for (let i = 0; i < n; i++) {
      const o = i * NUM_TAGS;
      let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0;
      if (candidate[i]) {
        const base = i * MAX_FEATURES;
        for (let f = base; f < base + MAX_FEATURES; f++) {
          const w = feats[f];
          if (w < 0) break;
          const b = (w / NUM_TAGS) | 0;
          const k = b >>> 5;
          const bits = index[2 * k];
          const bit = 1 << (b & 31);
          if (!(bits & bit)) continue;
          const r = (index[2 * k + 1] + popcount(bits & (bit - 1))) * ROW;
          s0 += rows[r];
          s1 += rows[r + 1];
          s2 += rows[r + 2];
          s3 += rows[r + 3];
          s4 += rows[r + 4];
          s5 += rows[r + 5];
          s6 += rows[r + 6];
        }
      }
      out[o] = s0;
      out[o + 1] = s1;
      out[o + 2] = s2;
      out[o + 3] = s3;
      out[o + 4] = s4;
      out[o + 5] = s5;
      out[o + 6] = s6;
    }
  }
}
