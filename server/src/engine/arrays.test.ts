import { test } from 'node:test';
import assert from 'node:assert/strict';
import { maxOf, pushAll, spliceAll } from './arrays';

// More elements than a call can take as arguments.
const MANY = 500_000;

test('arrays: pushAll, spliceAll and maxOf take lists longer than a call can spread', () => {
  const many = Array.from({ length: MANY }, (_, i) => i);
  assert.equal(pushAll([-1], many).length, MANY + 1);
  const target = ['a', 'b', 'c', 'd'];
  spliceAll(target, 1, 2, many.map(String));
  assert.equal(target.length, MANY + 2);
  assert.deepEqual([target[0], target[1], target[MANY], target[MANY + 1]], ['a', '0', String(MANY - 1), 'd']);
  assert.equal(maxOf(many, 0), MANY - 1);
  assert.equal(maxOf([], 7), 7);
});

test('arrays: spliceAll is splice', () => {
  for (const [start, del, items] of [[0, 0, [9]], [2, 1, []], [4, 0, [7, 8]], [1, 3, [5]]] as [number, number, number[]][]) {
    const a = [0, 1, 2, 3];
    const b = [0, 1, 2, 3];
    a.splice(start, del, ...items);
    spliceAll(b, start, del, items);
    assert.deepEqual(b, a);
  }
});
