import { test } from 'node:test';
import assert from 'node:assert/strict';
import { keyedEntity, withKeyedAddress, withKeyedValue } from './keyed-values';
import { scanText } from '../../index';

test('keyed values: name and place columns, however the key is spelled', () => {
  for (const k of ['first_name', 'lastName', 'LastName', 'full name', 'surname', 'Nachname', 'customer_name']) assert.equal(keyedEntity(k), 'PERSON', k);
  for (const k of ['city', 'Country', 'place_of_birth', 'hometown', 'Wohnort']) assert.equal(keyedEntity(k), 'LOCATION', k);
  for (const k of [undefined, 'name', 'model_name', 'file_name', 'user_name', 'state', 'status', 'text']) assert.equal(keyedEntity(k), undefined, String(k));
});

test('keyed values: the whole name-shaped value is one candidate; other shapes are left to the tagger', () => {
  const whole = (text: string, key: string) => withKeyedValue(text, key, 'PERSON', []).map((c) => text.slice(c.start, c.end));
  assert.deepEqual(whole('Ní Bhriain', 'last_name'), ['Ní Bhriain']);
  assert.deepEqual(whole(" O'Neil ", 'surname'), ["O'Neil"]);
  // Not shaped like a name: no capital, a digit or a sign, one letter, more than five words.
  for (const v of ['n/a', 'unknown', '12345', 'NULL?', 'A', 'Maria Anna Sofia Lucia Carla Beatrice', 'see notes: 3']) assert.deepEqual(whole(v, 'last_name'), [], v);
  // A part the tagger found becomes the whole value, at least as sure.
  const [c] = withKeyedValue('Maria Ní Bhriain', 'full_name', 'PERSON', [{ start: 0, end: 5, score: 0.95, reasons: ['x'] }]);
  assert.deepEqual([c.start, c.end, c.score], [0, 16, 0.95]);
  // The key must say the entity asked for.
  assert.deepEqual(withKeyedValue('Warszawa', 'city', 'PERSON', []), []);
});

test('keyed values: through the engine, a CSV table of people gives each name and town whole', () => {
  const csv = 'first_name,last_name,city,model_name\nSiobhán,Ní Bhriain,Warszawa,Llama\nKeanu,Kahananui,Ikeja,Phoenix\n';
  const found = scanText(csv, 'csv').findings.filter((f) => f.entity === 'PERSON' || f.entity === 'LOCATION').map((f) => `${f.entity}:${csv.slice(f.start, f.end)}`);
  assert.deepEqual(found.sort(), ['LOCATION:Ikeja', 'LOCATION:Warszawa', 'PERSON:Kahananui', 'PERSON:Keanu', 'PERSON:Ní Bhriain', 'PERSON:Siobhán']);
});

test('keyed values: an address column\'s value is one address when the finder knows none of its layout', () => {
  const whole = (text: string, key: string) => withKeyedAddress(text, key, []).map((c) => text.slice(c.start, c.end));
  for (const k of ['address', 'Address', 'street_address', 'address_line_1', 'addressLine2', 'Anschrift', 'dirección']) assert.deepEqual(whole('45 Lê Lợi, Quận 1', k), ['45 Lê Lợi, Quận 1'], k);
  // Needs a number and a word; no e-mail, link or line break; other keys are left alone.
  for (const v of ['N/A', 'unknown', '12345', 'see https://maps.example.net/1', 'a@b.io 12', 'Flat 2\nLeeds']) assert.deepEqual(whole(v, 'address'), [], v);
  for (const k of ['ip_address', 'email_address', 'mac address', 'name', 'notes']) assert.deepEqual(whole('45 Lê Lợi, Quận 1', k), [], k);
  // What the finder found stands.
  const found = [{ start: 0, end: 16, score: 0.95, reasons: ['x'] }];
  assert.equal(withKeyedAddress('12 Admiralty Way, Lekki', 'address', found), found);
  // Through the engine: a CSV table with a Vietnamese and a Japanese address.
  const csv = 'name,address\nLan,"45 Lê Lợi, Quận 1"\nTaro,"7-3-1 Hongo, Bunkyo-ku"\nTest,N/A\n';
  const addresses = scanText(csv, 'csv').findings.filter((f) => f.entity === 'STREET_ADDRESS').map((f) => csv.slice(f.start, f.end));
  assert.deepEqual(addresses, ['45 Lê Lợi, Quận 1', '7-3-1 Hongo, Bunkyo-ku']);
});
