import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { countBelow } from './sorted';

test('countBelow: the number of smaller values, with repeats, ends and empty lists', () => {
  fc.assert(
    fc.property(fc.array(fc.integer({ min: -50, max: 50 })), fc.integer({ min: -60, max: 60 }), (xs, x) => {
      const sorted = [...xs].sort((a, b) => a - b);
      assert.equal(countBelow(sorted, x), sorted.filter((v) => v < x).length);
    }),
    { numRuns: 2000, seed: 5 },
  );
  assert.equal(countBelow([], 3), 0);
  assert.equal(countBelow([1, 3, 3, 5], 3), 1);
  assert.equal(countBelow(new Int32Array([1, 3, 3, 5]), 6), 4);
});
