import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nameDetectors } from './index';
import { matches } from '../../../testing/detectors';

const person = nameDetectors().find((d) => d.entity === 'PERSON')!;

test('capital initials: a name in capitals with a middle initial keeps its surname', () => {
  assert.deepEqual(matches(person, 'JANE A. MORRISON\nSeattle, WA 98103 · jane.morrison@example.com', 0.5), ['JANE A. MORRISON']);
  assert.deepEqual(matches(person, 'Resume of JOHN T. BAKER', 0.5), ['JOHN T. BAKER']);
  assert.deepEqual(matches(person, "The letter was signed by MARY K. O'NEILL, Director.", 0.5), ["MARY K. O'NEILL"]);
  // Written in lower case the tagger finds the whole name itself.
  assert.deepEqual(matches(person, 'Jane A. Morrison\nSeattle, WA 98103', 0.5), ['Jane A. Morrison']);
});
