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
