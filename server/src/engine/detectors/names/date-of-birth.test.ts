import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateOfBirth } from './date-of-birth';
import { matches } from '../testing';

test('date of birth: dates tied to a birth phrase', () => {
  assert.deepEqual(matches(dateOfBirth, 'She was born on 2/8/1935 in a small town.', 0.5), ['2/8/1935']);
  assert.deepEqual(matches(dateOfBirth, 'DOB: 1987-11-03', 0.5), ['1987-11-03']);
  assert.deepEqual(matches(dateOfBirth, 'Date of birth 3 March 1980, nationality unknown', 0.5), ['3 March 1980']);
  assert.deepEqual(matches(dateOfBirth, 'his birthday is March 14, 1992', 0.5), ['March 14, 1992']);
});

test('date of birth: a JSON key such as "dob" ties a bare date to a person', () => {
  assert.deepEqual(matches(dateOfBirth, '1990-01-02', 0.5, { key: 'dob' }), ['1990-01-02']);
  assert.deepEqual(matches(dateOfBirth, '1990-01-02', 0.5, { key: 'created_at' }), []);
});

test('date of birth: other dates are not personal', () => {
  assert.deepEqual(matches(dateOfBirth, 'The meeting moved to 2024-05-01.', 0.5), []);
  assert.deepEqual(matches(dateOfBirth, 'Founded in 1977, the orchestra grew quickly.', 0.5), []);
  assert.deepEqual(matches(dateOfBirth, 'Released on March 3, 2021.', 0.5), []);
});
