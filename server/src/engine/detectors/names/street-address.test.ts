import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nameDetectors } from './index';
import { matches } from '../../../testing/detectors';

const address = nameDetectors().find((d) => d.id === 'pii/street-address')!;
const found = (text: string) => matches(address, text, 0.5);

test('street address: US and UK layouts', () => {
  assert.deepEqual(found('Send it to 742 Evergreen Terrace, Springfield, IL 62704 please.'), ['742 Evergreen Terrace', 'IL 62704']);
  assert.deepEqual(found('She lives at 221B Baker Street.'), ['221B Baker Street']);
  assert.deepEqual(found('Mail goes to P.O. Box 4412 now.'), ['P.O. Box 4412']);
  assert.deepEqual(found('PSC 1234, Box 5678\nAPO AE 09876'), ['PSC 1234, Box 5678', 'APO AE 09876']);
});

test('street address: European layouts', () => {
  assert.deepEqual(found('Wir wohnen in der Lindenstraße 12a.'), ['Lindenstraße 12a']);
  assert.deepEqual(found('Meet me at Via Garibaldi 33 tomorrow.'), ['Via Garibaldi 33']);
  assert.deepEqual(found('Our office: ul. Kwiatowa 15, Poznań'), ['ul. Kwiatowa 15']);
  assert.deepEqual(found('Adresse: 8 rue des Lilas 21'), ['8 rue des Lilas 21']);
});

test('street address: multi-line addresses are reported line by line, town and country left to LOCATION', () => {
  assert.deepEqual(found('Address:\n4417 Kastanjevej 9\n Suite 12\n Odense\n Denmark 5000'), ['4417 Kastanjevej 9', 'Suite 12', '5000']);
});

test('street address: numbers in chat are not addresses', () => {
  for (const text of [
    'I ate 3 apples on the road to work.',
    'Version 2 of the Treaty on European Union came later.',
    'Train for 3 epochs with batch size 32 on 8 GPUs.',
    'For my take on Dr. Wells, see page 12.',
  ]) {
    assert.deepEqual(found(text), [], text);
  }
});
