import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nameDetectors } from './index';
import { matches } from '../../../testing/detectors';

const location = nameDetectors().find((d) => d.id === 'pii/location')!;
const found = (text: string) => matches(location, text, 0.5);

test('location: countries, cities and regions', () => {
  assert.deepEqual(found('Next month I am flying to New Zealand.'), ['New Zealand']);
  assert.deepEqual(found('Estonia was lovely in June.'), ['Estonia']);
  assert.deepEqual(found('Our team in Kraków met the partners from Bavaria.'), ['Kraków', 'Bavaria']);
});

test('location: unknown towns after a locative phrase, in any case', () => {
  assert.deepEqual(found('The studio is based in Vuollerim.'), ['Vuollerim']);
  assert.deepEqual(found('I am in KARESUANDO for a week.'), ['KARESUANDO']);
  assert.deepEqual(found('we moved here from portugal'), ['portugal']);
});

test('location: town and country lines of an address are places', () => {
  assert.deepEqual(found('Ship to 12 Lindenweg 4\n Apt. 2\n Vogelsang\n Switzerland 8001'), ['Vogelsang', 'Switzerland']);
});

test('location: look-alikes are not places', () => {
  for (const text of ['Nice work on the parser!', 'Turkey sandwiches for lunch again.', 'He is from Acme Inc.', 'Read it in Python first.']) {
    assert.deepEqual(found(text), [], text);
  }
});

test('location: a place name inside a model id is not a place', () => {
  assert.deepEqual(found('We switched from Paris-7B-Instruct to Berlin_v2 before the meetup in Berlin.'), ['Berlin']);
  assert.deepEqual(found('Checkpoints: acme/Kenya-Swahili-3B, Lisbon-13B-chat.'), []);
});
