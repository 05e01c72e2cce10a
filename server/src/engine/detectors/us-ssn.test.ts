import { test } from 'node:test';
import assert from 'node:assert/strict';
import { usSsn } from './us-ssn';
import { matches, scored } from '../../testing/detectors';

test('us-ssn: dashed numbers in an issuable range show', () => {
  assert.deepEqual(matches(usSsn, 'ref 512-44-7391 ok', 0.5), ['512-44-7391']);
  assert.deepEqual(matches(usSsn, 'His social security number is 512-44-7391', 0.8), ['512-44-7391']);
});

test('us-ssn: spaced or bare digits need a context word', () => {
  assert.deepEqual(matches(usSsn, 'id 512 44 7391', 0.5), []);
  assert.deepEqual(matches(usSsn, 'id 512447391', 0.5), []);
  assert.deepEqual(matches(usSsn, 'SSN: 512 44 7391', 0.5), ['512 44 7391']);
  assert.deepEqual(matches(usSsn, 'ssn 512447391', 0.5), ['512447391']);
  assert.deepEqual(matches(usSsn, '512447391', 0.5, { key: 'ssn' }), ['512447391']);
  const [c] = scored(usSsn, 'social security: 512-44-7391');
  assert.ok(c.score > 0.8);
});

test('us-ssn: never-issued areas, groups and serials stay silent', () => {
  for (const v of ['000-12-3456', '666-12-3456', '900-12-3456', '987-65-4329', '512-00-3456', '512-44-0000']) {
    assert.deepEqual(matches(usSsn, `SSN ${v}`), [], v);
  }
});

test('us-ssn: well-known sample numbers score low even with context', () => {
  for (const v of ['078-05-1120', '219-09-9999', '123-45-6789']) {
    assert.deepEqual(matches(usSsn, `SSN ${v}`, 0.5), [], v);
  }
});

test('us-ssn: dates, phone numbers, longer numbers and mixed separators stay silent', () => {
  assert.deepEqual(matches(usSsn, 'on 2024-01-15 at 10:30'), []);
  assert.deepEqual(matches(usSsn, 'call 415-555-2671 or 555-1234', 0.5), []);
  assert.deepEqual(matches(usSsn, 'license 2270-66-1551'), []);
  assert.deepEqual(matches(usSsn, '512-44 7391 and 512 44-7391'), []);
  assert.deepEqual(matches(usSsn, 'ts 1700000000 and 0.512447391'), []);
  assert.deepEqual(matches(usSsn, 'order 512-44-7391-22'), []);
  assert.deepEqual(matches(usSsn, 'ISBN 0-306-40615-2', 0.5), []);
});

test('us-ssn: hostile input returns', () => {
  assert.ok(Array.isArray(matches(usSsn, '123-45-'.repeat(15000) + '1'.repeat(20000))));
});
