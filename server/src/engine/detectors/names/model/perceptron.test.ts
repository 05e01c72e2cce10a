import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NUM_TAGS, TAGS } from './features';
import { DecodeBuffers, TRANSITIONS, allowed, margin, viterbi } from './perceptron';

/** Decodes hand-set emission scores (rows of NUM_TAGS per token) with zero transitions. */
function decode(rows: number[][], candidate = rows.map(() => 1)): string[] {
  const buf = new DecodeBuffers();
  buf.ensure(rows.length);
  rows.forEach((r, i) => r.forEach((v, y) => (buf.emit[i * NUM_TAGS + y] = v)));
  viterbi(rows.length, Uint8Array.from(candidate), new Float64Array(TRANSITIONS), buf);
  return [...buf.path.subarray(0, rows.length)].map((y) => TAGS[y]);
}

test('viterbi: an I- tag only follows the B- or I- tag of its entity', () => {
  assert.equal(allowed(0, 2), false);
  assert.equal(allowed(1, 2), true);
  assert.equal(allowed(3, 2), false);
  assert.equal(allowed(2, 2), true);
  // The second word alone prefers I-PER, but after O it cannot be one: the best legal path wins.
  assert.deepEqual(decode([[5, 0, 0, 0, 0, 0, 0], [0, 2, 3, 0, 0, 0, 0]]), ['O', 'B-PER']);
  assert.deepEqual(decode([[0, 5, 0, 0, 0, 0, 0], [0, 2, 3, 0, 0, 0, 0]]), ['B-PER', 'I-PER']);
});

test('viterbi: a word the model does not look at is O whatever its scores', () => {
  assert.deepEqual(decode([[0, 9, 0, 0, 0, 0, 0], [0, 0, 0, 9, 0, 0, 0]], [0, 1]), ['O', 'B-LOC']);
});

test('margin: the chosen tag beats the best other tag by the margin', () => {
  const buf = new DecodeBuffers();
  const rows = [[1, 4, 0, 0, 0, 0, 0]];
  rows[0].forEach((v, y) => (buf.emit[y] = v));
  viterbi(1, Uint8Array.of(1), new Float64Array(TRANSITIONS), buf);
  assert.equal(margin(0, new Float64Array(TRANSITIONS), buf), 3);
});

/** The decoder as first written: every tag tried at every word, O-only words included. */
function referenceViterbi(n: number, candidate: Uint8Array, trans: ArrayLike<number>, emit: Float64Array): number[] {
  const delta = new Float64Array(n * NUM_TAGS).fill(-1e30);
  const back = new Int8Array(n * NUM_TAGS);
  for (let i = 0; i < n; i++) {
    for (let y = 0; y < NUM_TAGS; y++) {
      if (y > 0 && !candidate[i]) continue;
      let best = -1e30;
      let arg = 0;
      for (let x = 0; x < (i === 0 ? 1 : NUM_TAGS); x++) {
        const prev = i === 0 ? NUM_TAGS : x;
        if (!allowed(prev, y)) continue;
        const s = (i === 0 ? 0 : delta[(i - 1) * NUM_TAGS + x]) + trans[prev * NUM_TAGS + y];
        if (s > best) {
          best = s;
          arg = x;
        }
      }
      delta[i * NUM_TAGS + y] = best + emit[i * NUM_TAGS + y];
      back[i * NUM_TAGS + y] = arg;
    }
  }
  const path: number[] = [];
  let y = 0;
  for (let x = 1; x < NUM_TAGS; x++) if (delta[(n - 1) * NUM_TAGS + x] > delta[(n - 1) * NUM_TAGS + y]) y = x;
  for (let i = n - 1; i >= 0; i--) {
    path[i] = y;
    y = back[i * NUM_TAGS + y];
  }
  return path;
}

test('viterbi: the shortcut over words that can only be O gives the full decoder\'s paths, with buffers reused across texts', () => {
  let seed = 7;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
  const buf = new DecodeBuffers();
  for (let run = 0; run < 2000; run++) {
    const n = 1 + Math.floor(rnd() * 40);
    const candidate = Uint8Array.from({ length: n }, () => (rnd() < 0.25 ? 1 : 0));
    const trans = Float64Array.from({ length: TRANSITIONS }, () => Math.round((rnd() - 0.5) * 20));
    buf.ensure(n);
    for (let k = 0; k < n * NUM_TAGS; k++) buf.emit[k] = candidate[Math.floor(k / NUM_TAGS)] ? Math.round((rnd() - 0.5) * 40) : k % NUM_TAGS === 0 ? 0 : Math.round((rnd() - 0.5) * 40);
    const expected = referenceViterbi(n, candidate, trans, buf.emit);
    viterbi(n, candidate, trans, buf);
    assert.deepEqual([...buf.path.subarray(0, n)], expected, `run ${run}`);
  }
});
