import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gitlab } from './gitlab';
import { fakeBody } from '../../testing/fake-tokens';
import { matches, scored } from '../../testing/detectors';

test('gitlab: personal access tokens score high, other kinds a little lower', () => {
  const pat = `glpat-${fakeBody(20, 'p')}`;
  assert.deepEqual(matches(gitlab, `PRIVATE-TOKEN: ${pat}`, 0.9), [pat]);
  const runner = `glrt-${fakeBody(20, 'r')}`;
  const [c] = scored(gitlab, runner);
  assert.ok(c.score >= 0.85 && c.score < scored(gitlab, pat)[0].score);
});

test('gitlab: short, embedded or placeholder tokens stay silent', () => {
  assert.deepEqual(matches(gitlab, 'glpat-short'), []);
  assert.deepEqual(matches(gitlab, `xglpat-${fakeBody(20, 'x')}`), []);
  assert.deepEqual(matches(gitlab, 'glpat-xxxxxxxxxxxxxxxxxxxx', 0.5), []);
});

test('gitlab: hostile input returns', () => {
  assert.ok(Array.isArray(matches(gitlab, 'glpat-'.repeat(20000) + '-'.repeat(50000))));
});
