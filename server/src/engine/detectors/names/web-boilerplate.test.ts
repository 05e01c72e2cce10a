import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nameDetectors } from './index';
import { matches } from '../../../testing/detectors';

const person = nameDetectors().find((d) => d.entity === 'PERSON')!;

test('web boilerplate: skip links of a scraped page are no names', () => {
  for (const text of ['Skip to main content\nHome | About Us | Services | Contact', 'Skip to content', 'Skip navigation\nSign in', 'Jump to navigation']) {
    assert.deepEqual(matches(person, text, 0.5), [], text);
  }
  assert.deepEqual(matches(person, 'Bobby, skip to the end.', 0.5), ['Bobby']);
  // A Skip with a surname or who does something is a person.
  assert.deepEqual(matches(person, 'Skip Bayless said nothing about it.', 0.5), ['Skip Bayless']);
});
