import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nameDetectors } from './index';
import { matches } from '../../../testing/detectors';

const person = nameDetectors().find((d) => d.entity === 'PERSON')!;
const location = nameDetectors().find((d) => d.entity === 'LOCATION')!;

test('legal boilerplate: job titles and "Acts of God" in a contract are no persons', () => {
  for (const text of [
    '4. NOTICES. All notices shall be sent to the addresses set forth above, with a copy to: General Counsel, Brightline Analytics, Inc., Attn: Legal Department.',
    '5. FORCE MAJEURE. Neither Party shall be liable for delays caused by Acts of God, war, terrorism, pandemic, or Government action.',
  ]) {
    assert.deepEqual(matches(person, text, 0.5), [], text);
  }
  // The people who sign are persons.
  assert.deepEqual(matches(person, 'Name: Elena Marsh\nTitle: Chief Executive Officer', 0.5), ['Elena Marsh']);
});

test('legal boilerplate: the places of a jurisdiction are topic places, below the threshold', () => {
  const text =
    'This Agreement is entered into by Brightline Analytics, Inc., a Delaware corporation, and Keller & Vance Holdings LLC, a New York limited liability company. ' +
    'This Agreement shall be governed by the laws of the State of California. Any dispute shall be resolved in the courts of San Francisco County. ' +
    'Registered in England and Wales No. 08123456.';
  assert.deepEqual(matches(location, text, 0.5), []);
  assert.deepEqual(matches(location, text, 0.3), ['Delaware', 'New York', 'California', 'San Francisco County', 'England', 'Wales']);
  // A web page's footer.
  assert.deepEqual(matches(location, 'Copyright © 2023 Maple & Birch Interiors Ltd. | Registered in England and Wales No. 08123456', 0.5), []);
  // Said of a person, registration is no jurisdiction.
  assert.ok(matches(location, "I'm registered in Ohio and live in Columbus.", 0.5).includes('Columbus'));
  // Where a party lives stays a personal place.
  assert.deepEqual(matches(location, 'Lessor: Harold P. Whitaker, residing in Guildford, United Kingdom.', 0.5), ['Guildford', 'United Kingdom']);
});
