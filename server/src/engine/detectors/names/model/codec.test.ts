import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WEIGHT_COUNT, decodeWeights, encodeWeights } from './codec';

test('codec: sparse 16-bit weights survive the round trip, zeros included', () => {
  const values = new Int16Array(WEIGHT_COUNT);
  values[0] = 1;
  values[7] = -32767;
  values[200_000] = 32767;
  values[WEIGHT_COUNT - 1] = -3;
  const back = decodeWeights(encodeWeights(values));
  assert.deepEqual([back[0], back[7], back[200_000], back[WEIGHT_COUNT - 1], back[1], back[8]], [1, -32767, 32767, -3, 0, 0]);
  assert.equal(back.length, WEIGHT_COUNT);
});

test('codec: weights for another feature layout are refused', () => {
  const bigger = new Int16Array(WEIGHT_COUNT + 10);
  bigger[WEIGHT_COUNT + 5] = 1;
  assert.throws(() => decodeWeights(encodeWeights(bigger)), /do not fit the feature settings/);
});
