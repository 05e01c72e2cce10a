import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nameDetectors } from './index';
import { matches } from '../../../testing/detectors';

const person = nameDetectors().find((d) => d.entity === 'PERSON')!;

test('firm names: a firm named after people is no person', () => {
  for (const text of [
    'This Agreement is made between Keller & Vance Holdings LLC and Brightline Analytics, Inc.',
    'KELLER & VANCE HOLDINGS LLC\nBy: ______________________',
    'Signed for and on behalf of Morgan Stanley & Co. LLC by its Authorised Signatory.',
    'Attn: Accounts Receivable, Harper Collins Publishers, 195 Broadway, New York, NY 10007',
  ]) {
    assert.deepEqual(matches(person, text, 0.5), [], text);
  }
  // The people who sign for the firm are persons.
  assert.deepEqual(matches(person, 'Keller & Vance Holdings LLC\nName: Thomas Keller\nTitle: Managing Member', 0.5), ['Thomas Keller']);
  assert.deepEqual(matches(person, 'Thomas Keller and his partners founded the firm.', 0.5), ['Thomas Keller']);
});
