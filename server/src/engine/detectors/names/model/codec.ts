// The weights file: quantised weights as a sparse list (gap to the previous non-zero index, then the
// value, both as variable-length integers), in base64 so that the bundle carries it as one string.
import { BUCKETS, NUM_TAGS } from './features';
import { TRANSITIONS } from './perceptron';

export interface Weights {
  /** BUCKETS * NUM_TAGS emission weights, then TRANSITIONS transition weights, in units of `scale`. */
  values: Int16Array;
}

export const WEIGHT_COUNT = BUCKETS * NUM_TAGS + TRANSITIONS;

function pushVarint(out: number[], v: number) {
  while (v >= 0x80) {
    out.push((v & 0x7f) | 0x80);
    v >>>= 7;
  }
  out.push(v);
}

export function encodeWeights(values: Int16Array): string {
  const out: number[] = [];
  let last = -1;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === 0) continue;
    pushVarint(out, i - last);
    pushVarint(out, v < 0 ? -2 * v - 1 : 2 * v);
    last = i;
  }
  return Buffer.from(out).toString('base64');
}

export function decodeWeights(base64: string): Int16Array {
  const bytes = Buffer.from(base64, 'base64');
  const values = new Int16Array(WEIGHT_COUNT);
  let pos = 0;
  let index = -1;
  const read = () => {
    let v = 0;
    let shift = 0;
    for (;;) {
      const b = bytes[pos++];
      v |= (b & 0x7f) << shift;
      if (b < 0x80) return v >>> 0;
      shift += 7;
    }
  };
  while (pos < bytes.length) {
    index += read();
    const z = read();
    if (index >= WEIGHT_COUNT) throw new Error('names model: the weights do not fit the feature settings');
    values[index] = z & 1 ? -(z + 1) / 2 : z / 2;
  }
  return values;
}
