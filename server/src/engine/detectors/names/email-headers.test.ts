import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nameDetectors } from './index';
import { matches } from '../../../testing/detectors';

const person = nameDetectors().find((d) => d.entity === 'PERSON')!;

test('e-mail headers: a name written surname first is one finding with its surname', () => {
  const headers = [
    'From: "Doe, Jane" <jane.doe@acme-corp.com>',
    'To: "Okonkwo, Chidi" <chidi.okonkwo@acme-corp.com>; Support <support@acme-corp.com>',
    'Subject: FW: Your order has shipped',
    '',
    'Chidi - see below.',
  ].join('\n');
  assert.deepEqual(matches(person, headers, 0.5), ['Doe, Jane', 'Okonkwo, Chidi', 'Chidi']);
  assert.deepEqual(matches(person, 'From: Amazon.com <shipment-tracking@amazon.com>\nSent: Wednesday, January 8, 2025 11:02 AM\nTo: Raman, Priya\nSubject: Your order', 0.5), ['Raman, Priya']);
  // A list of given names and a word before the comma are no surname; outside a header a comma is a comma.
  assert.deepEqual(matches(person, 'To: Support, Jane\nSubject: hi', 0.5), ['Jane']);
  assert.deepEqual(matches(person, 'Thanks again, Jane', 0.5), ['Jane']);
});
