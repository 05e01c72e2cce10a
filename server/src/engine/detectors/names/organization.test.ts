import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nameDetectors } from './index';
import { matches } from '../../../testing/detectors';

const org = nameDetectors().find((d) => d.id === 'pii/organization')!;

test('organization: off by default, finds companies by their suffix or an employer phrase', () => {
  assert.equal(org.defaultEnabled, false);
  assert.deepEqual(matches(org, 'She joined Brightwave Analytics Inc in 2019.', 0.5), ['Brightwave Analytics Inc']);
  assert.deepEqual(matches(org, 'I work for Veltrona', 0.5), ['Veltrona']);
});

test('organization: a person is not an organization', () => {
  assert.deepEqual(matches(org, 'Ask Maria Lopez about it.', 0.5), []);
});
