// Scoring and decoding for the structured perceptron: per-token tag scores from the hashed features, then
// Viterbi over BIO tags (an I- tag only after the B- or I- tag of the same entity).
import { MAX_FEATURES, NUM_TAGS } from './features';

/** Row NUM_TAGS of the transition table holds the scores of starting with each tag. */
export const TRANSITIONS = (NUM_TAGS + 1) * NUM_TAGS;
const START = NUM_TAGS;
const NEG = -1e30;

/** Whether tag `cur` may follow tag `prev` (prev = START at the first token). */
export function allowed(prev: number, cur: number): boolean {
  if (cur === 0 || cur % 2 === 1) return true;
  return prev === cur || prev === cur - 1;
}

/** `allowed` as a table, [prev * NUM_TAGS + cur]. */
const ALLOWED = Uint8Array.from({ length: (NUM_TAGS + 1) * NUM_TAGS }, (_, i) => (allowed(Math.floor(i / NUM_TAGS), i % NUM_TAGS) ? 1 : 0));

/** Emission scores of every tag at every token (candidates only; other tokens are O). */
export function emissions(n: number, feats: Int32Array, candidate: Uint8Array, weights: ArrayLike<number>, out: Float64Array) {
  for (let i = 0; i < n; i++) {
    const o = i * NUM_TAGS;
    // Seven sums in locals (NUM_TAGS is 7), not in the array: this loop is most of the model's time.
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0;
    if (candidate[i]) {
      const base = i * MAX_FEATURES;
      for (let f = base; f < base + MAX_FEATURES; f++) {
        const w = feats[f];
        if (w < 0) break;
        s0 += weights[w];
        s1 += weights[w + 1];
        s2 += weights[w + 2];
        s3 += weights[w + 3];
        s4 += weights[w + 4];
        s5 += weights[w + 5];
        s6 += weights[w + 6];
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

/** Reusable decoding buffers. */
export class DecodeBuffers {
  emit = new Float64Array(256 * NUM_TAGS);
  delta = new Float64Array(256 * NUM_TAGS);
  back = new Int8Array(256 * NUM_TAGS);
  path = new Int8Array(256);

  ensure(n: number) {
    if (this.path.length >= n) return;
    const m = Math.max(n, 2 * this.path.length);
    this.emit = new Float64Array(m * NUM_TAGS);
    this.delta = new Float64Array(m * NUM_TAGS);
    this.back = new Int8Array(m * NUM_TAGS);
    this.path = new Int8Array(m);
  }
}

/** Best tag sequence into `buf.path`, from `buf.emit` and the transition scores. */
export function viterbi(n: number, candidate: Uint8Array, trans: ArrayLike<number>, buf: DecodeBuffers) {
  const { emit, delta, back, path } = buf;
  for (let i = 0; i < n; i++) {
    const o = i * NUM_TAGS;
    if (!candidate[i] && i > 0) {
      // Only O: the best way into it. After another word that could only be O, that is the one way in (most
      // words of a text: a loop over every tag there was most of the decoder's time).
      const p = o - NUM_TAGS;
      let best = NEG;
      let arg = 0;
      if (!candidate[i - 1]) best = delta[p] + trans[0];
      else {
        for (let x = 0; x < NUM_TAGS; x++) {
          const s = delta[p + x] + trans[x * NUM_TAGS];
          if (s > best) {
            best = s;
            arg = x;
          }
        }
      }
      delta[o] = best + emit[o];
      back[o] = arg;
      // The other tags' scores are read only by a candidate word next, or at the end.
      if (i === n - 1 || candidate[i + 1]) for (let y = 1; y < NUM_TAGS; y++) delta[o + y] = NEG;
      continue;
    }
    for (let y = 0; y < NUM_TAGS; y++) {
      if (y > 0 && !candidate[i]) {
        delta[o + y] = NEG;
        continue;
      }
      let best = NEG;
      let arg = 0;
      if (i === 0) {
        if (ALLOWED[START * NUM_TAGS + y]) best = trans[START * NUM_TAGS + y];
      } else {
        const p = o - NUM_TAGS;
        for (let x = 0; x < NUM_TAGS; x++) {
          if (!ALLOWED[x * NUM_TAGS + y]) continue;
          const s = delta[p + x] + trans[x * NUM_TAGS + y];
          if (s > best) {
            best = s;
            arg = x;
          }
        }
      }
      delta[o + y] = best + emit[o + y];
      back[o + y] = arg;
    }
  }
  if (n === 0) return;
  let y = 0;
  const last = (n - 1) * NUM_TAGS;
  for (let x = 1; x < NUM_TAGS; x++) if (delta[last + x] > delta[last + y]) y = x;
  for (let i = n - 1; i >= 0; i--) {
    path[i] = y;
    y = back[i * NUM_TAGS + y];
  }
}

/**
 * How sure the decoder is of token i's tag: its local score (emission and transition from the tag before)
 * minus the best other tag's that may follow the same tag.
 */
export function margin(i: number, trans: ArrayLike<number>, buf: DecodeBuffers): number {
  const { emit, path } = buf;
  const prev = i === 0 ? START : path[i - 1];
  const o = i * NUM_TAGS;
  const y = path[i];
  const own = emit[o + y] + trans[prev * NUM_TAGS + y];
  let other = NEG;
  for (let x = 0; x < NUM_TAGS; x++) {
    if (x === y || !allowed(prev, x)) continue;
    const s = emit[o + x] + trans[prev * NUM_TAGS + x];
    if (s > other) other = s;
  }
  return own - other;
}
