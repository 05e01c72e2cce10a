import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BUCKETS, MAX_FEATURES, NUM_TAGS } from './features';
import { emissions } from './perceptron';
import { SparseEmissions } from './sparse';
import { WEIGHT_COUNT } from './codec';
import { shippedModel } from './shipped';

/** mulberry32 */
function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Random feature lists: buckets anywhere (the first and last of each 32 too), some tokens not looked at, some lists full. */
function randomFeatures(n: number, rnd: () => number) {
  const feats = new Int32Array(n * MAX_FEATURES);
  const candidate = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    candidate[i] = rnd() < 0.8 ? 1 : 0;
    const count = rnd() < 0.1 ? MAX_FEATURES : Math.floor(rnd() * MAX_FEATURES);
    for (let f = 0; f < count; f++) {
      const r = rnd();
      const b = r < 0.1 ? 0 : r < 0.2 ? BUCKETS - 1 : r < 0.3 ? Math.floor(rnd() * (BUCKETS / 32)) * 32 + 31 : Math.floor(rnd() * BUCKETS);
      feats[i * MAX_FEATURES + f] = b * NUM_TAGS;
    }
    if (count < MAX_FEATURES) feats[i * MAX_FEATURES + count] = -1;
  }
  return { feats, candidate };
}

function compare(values: Int16Array, seed: number) {
  const rnd = prng(seed);
  const n = 300;
  const { feats, candidate } = randomFeatures(n, rnd);
  const dense = new Float64Array(n * NUM_TAGS);
  const sparse = new Float64Array(n * NUM_TAGS).fill(123);
  emissions(n, feats, candidate, values, dense);
  new SparseEmissions(values).emissions(n, feats, candidate, sparse);
  assert.deepEqual(sparse, dense);
}

test('sparse emissions: the same scores as the full table, on random weights with mostly empty buckets', () => {
  const rnd = prng(7);
  const values = new Int16Array(WEIGHT_COUNT);
  for (let b = 0; b < BUCKETS; b++) {
    // Used buckets in runs and alone, every bit position of a 32-bucket word; negative and extreme weights.
    if (rnd() < 0.7 && b % 32 !== 31 && b !== 0) continue;
    for (let t = 0; t < NUM_TAGS; t++) if (rnd() < 0.5) values[b * NUM_TAGS + t] = Math.floor(rnd() * 65536) - 32768;
  }
  values[(BUCKETS - 1) * NUM_TAGS + NUM_TAGS - 1] = -32768;
  compare(values, 11);
});

test('sparse emissions: the same scores as the full table with the shipped weights', () => {
  compare(shippedModel().values, 12);
});
