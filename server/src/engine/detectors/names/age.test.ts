import { test } from 'node:test';
import assert from 'node:assert/strict';
import { age } from './age';
import { matches } from '../testing';

test('age: numbers with age context', () => {
  assert.deepEqual(matches(age, 'This 79 year old female complains of pain.', 0.5), ['79']);
  assert.deepEqual(matches(age, 'a 34-year-old engineer', 0.5), ['34']);
  assert.deepEqual(matches(age, 'aged 34, non-smoker', 0.5), ['34']);
  assert.deepEqual(matches(age, 'Age: 52', 0.5), ['52']);
  assert.deepEqual(matches(age, "and i'm 31 y/o.", 0.5), ['31']);
  assert.deepEqual(matches(age, 'My brother just turned 60', 0.5), ['60']);
});

test('age: a bare JSON number keyed "age"', () => {
  assert.deepEqual(matches(age, '41', 0.5, { key: 'age' }), ['41']);
  assert.deepEqual(matches(age, '41', 0.5, { key: 'count' }), []);
});

test('age: other numbers are not ages', () => {
  for (const text of ['Train for 30 epochs.', 'The API returned 404 twice.', 'It is 5 years since the release.', 'I am 5 minutes late.', 'He turned 3 pages.']) {
    assert.deepEqual(matches(age, text, 0.5), [], text);
  }
});
