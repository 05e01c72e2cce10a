import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { phone, validityKey } from './phone';
import { matches, scored } from '../../testing/detectors';
import { scanText } from '../index';

test('phone: valid international numbers score high without context', () => {
  assert.deepEqual(matches(phone, 'office +44 20 7946 0958 or', 0.8), ['+44 20 7946 0958']);
  assert.deepEqual(matches(phone, 'ring +33 6 12 34 56 78.', 0.8), ['+33 6 12 34 56 78']);
  assert.deepEqual(matches(phone, 'x +41 (0)62 585 51 90', 0.8), ['+41 (0)62 585 51 90']);
  assert.deepEqual(matches(phone, 'x 0049 1512 3456789', 0.8), ['0049 1512 3456789']);
});

test('phone: formatted North American numbers show, with extensions', () => {
  for (const n of ['(415) 555-2671', '415-555-2671', '415.555.2671', '(602)272-9781x0135', '+1-604-696-5272x565']) {
    assert.deepEqual(matches(phone, `reach ${n} today`, 0.5), [n], n);
  }
});

test('phone: national formats score lower and are raised by context words', () => {
  const [bare] = scored(phone, 'ref 555 1234');
  assert.ok(bare.score < 0.5);
  for (const t of ['phone: 555 1234', 'call me at 555 1234', 'text me 555 1234', 'WhatsApp 555 1234', 'Fax: 555 1234', 'mobile 555 1234']) {
    assert.deepEqual(matches(phone, t, 0.5), ['555 1234'], t);
  }
  assert.deepEqual(matches(phone, '4155552671', 0.5), []);
  assert.deepEqual(matches(phone, '4155552671', 0.5, { key: 'customer_phone' }), ['4155552671']);
  assert.deepEqual(matches(phone, 'Tel. 03.93.92.16.85', 0.5), ['03.93.92.16.85']);
});

test('phone: national numbers after the phone words of chat in other languages', () => {
  for (const [t, n] of [
    ['Mi teléfono es 612 345 678 y mi correo está abajo.', '612 345 678'],
    ['Meine Handynummer: 0151 2345 6789', '0151 2345 6789'],
    ['Ruf mich an unter 030 1234567.', '030 1234567'],
    ['Mon numéro de téléphone : 06 12 34 56 78', '06 12 34 56 78'],
    ['Mijn nummer is 06 12345678.', '06 12345678'],
    ['Il mio numero è 347 123 4567.', '347 123 4567'],
  ]) assert.deepEqual(matches(phone, t, 0.5), [n], t);
  assert.deepEqual(matches(phone, 'Bestellnummer 612 345 678', 0.5), []);
  assert.deepEqual(matches(phone, '我叫王伟，电话 13812345678。', 0.5), ['13812345678']);
  assert.deepEqual(matches(phone, 'Мой телефон 8 912 345 67 89, звоните вечером.', 0.5), ['8 912 345 67 89']);
  assert.deepEqual(matches(phone, '订单号 13812345678', 0.5), []);
});

test('phone: a trunk prefix and short groups read as a national number', () => {
  assert.deepEqual(matches(phone, 'ring 0688 872 49 99 now', 0.5), ['0688 872 49 99']);
  assert.deepEqual(matches(phone, 'or 020 7946 0958', 0.5), ['020 7946 0958']);
  assert.deepEqual(matches(phone, '<Buffer 01 02 03 04 05>', 0.5), []);
});

test('phone: fictional 555-01XX and UK drama numbers stay silent even with context', () => {
  assert.deepEqual(matches(phone, 'call me at (939) 555-0113', 0.5), []);
  assert.deepEqual(matches(phone, 'phone: 415-555-0199', 0.5), []);
  assert.deepEqual(matches(phone, 'my number is 07700 900123', 0.5), []);
});

test('phone: placeholders of forms and test data stay silent even with context', () => {
  for (const text of ['phone: 000-000-0000', 'Phone: (123) 456-7890', 'call me at 999-999-9999', 'tel 1234567890', 'Telefon: 0123456789']) assert.deepEqual(matches(phone, text, 0.5), [], text);
  assert.deepEqual(matches(phone, 'phone: 030 1234 5678', 0.5), ['030 1234 5678']);
});

test('phone: a number after the label of an id, account or order number is no phone', () => {
  for (const text of ['Steuer-ID: 12 345 678 901', 'Order No. 030 1234 5678', 'Kundennummer: 030 7654321', 'Account number: +44 20 7946 0958', 'Fax: 030 1234 5678\nSteuer-ID: 12 345 678 901']) {
    assert.ok(!matches(phone, text, 0.5).some((v) => text.lastIndexOf(v) > text.lastIndexOf(':')), text);
  }
  for (const text of ['phone number: 030 1234 5678', 'My number: 030 1234 5678', 'Tel.: 030 1234 5678', 'Handynummer: 0151 2345 6789']) assert.equal(matches(phone, text, 0.5).length, 1, text);
});

test('phone: UK mobiles in national format after "my number is"', () => {
  assert.deepEqual(matches(phone, 'Hi, my number is 07824 613580, text after six.', 0.5), ['07824 613580']);
  assert.deepEqual(matches(phone, 'My number is 07911 123456', 0.5), ['07911 123456']);
  assert.deepEqual(matches(phone, 'order 07911 123456', 0.5), []);
});

test('phone: short local numbers after "call me on", "ring me on" or "Office:"', () => {
  for (const t of ['You can call me on 9472 7916 after five.', 'ring me on 9472 7916', 'Office: 9472 7916']) {
    assert.deepEqual(matches(phone, t, 0.5), ['9472 7916'], t);
  }
  assert.deepEqual(matches(phone, 'Just call me on 01.84.17.61.18 if anything changes', 0.5), ['01.84.17.61.18']);
});

// Signature and contact blocks write the label after the number.
const CONTACT_BLOCKS = [
  ['Kind regards,\nLars Eriksson\nNordic Freight AB\n+46 (0)8 928 571 38 fax\n08-928 571 30 office', ['+46 (0)8 928 571 38', '08-928 571 30']],
  ['Sipho Dlamini | Operations\n082 490 1693-Office\n072 918 4410-Cell', ['082 490 1693', '072 918 4410']],
  ['Thandi Nkosi\n011 824 1934 (office)\n072 918 4410 | mobile', ['011 824 1934', '072 918 4410']],
  ['Jan Novak\n9472 7916 direct\n0412 345 678 mobile\nSydney', ['9472 7916', '0412 345 678']],
  ['Marie Dubois\n01.84.17.61.18 bureau, 06.12.34.56.78 portable', ['01.84.17.61.18', '06.12.34.56.78']],
] as const;

test('phone: labels after the number in contact blocks ("… fax", "…-Office", "(mobile)")', () => {
  for (const [text, numbers] of CONTACT_BLOCKS) {
    assert.deepEqual(matches(phone, text, 0.5), numbers, text);
  }
  const [c] = scored(phone, '9472 7916 direct');
  assert.ok(c.reasons.includes('label "direct" after it'));
});

test('phone: a label word after a number counts only where it ends the entry, on the same line', () => {
  for (const t of ['Order 9472 7916 fax to us', 'ref 9472 7916\nmobile', 'ref 9472 7916 and some words then mobile', 'ref 9472 7916 cellphones']) {
    assert.deepEqual(matches(phone, t, 0.5), [], t);
  }
});

test('phone: dates, times, versions, IPs, SSNs and decimals stay silent', () => {
  for (const t of ['on 2024-01-15', '15.01.2024 10:30', 'at 2024-01-15 12:20:39', 'v10.0.0.1', 'ip 41.173.96.26', '512-44-7391', 'pi 3.14159265', '1.2.3.4']) {
    assert.deepEqual(matches(phone, `phone ${t}`, 0.5), [], t);
  }
});

test('phone: timestamps, order numbers, ISBNs and long ids stay silent at the default threshold', () => {
  assert.deepEqual(matches(phone, 'created 1700000000 updated 1700000000123', 0.5), []);
  assert.deepEqual(matches(phone, 'order 20240115-0042 and #88231177', 0.5), []);
  assert.deepEqual(matches(phone, 'ISBN 978-3-16-148410-0 and ISBN 0-306-40615-2', 0.5), []);
  assert.deepEqual(matches(phone, 'snowflake 1234567890123456789'), []);
  assert.deepEqual(matches(phone, '123e4567-e89b-12d3-a456-426614174000'), []);
  assert.deepEqual(matches(phone, 'sha1 da39a3ee5e6b4b0d3255bfef95601890afd80709', 0.5), []);
});

test('phone: hostile input returns', () => {
  const hostile = '1-'.repeat(20000) + '(1) '.repeat(10000) + '+1 '.repeat(10000) + '9'.repeat(20000);
  assert.ok(Array.isArray(matches(phone, hostile)));
});

test('phone: a North American number is as valid as every number of its first four digits (the memo key)', () => {
  // Checked against libphonenumber itself, for every area code and first exchange digit: if an update of its
  // metadata makes validity depend on more digits, this fails and validityKey must key on more of them.
  let seed = 7;
  const digit = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % 10).toString();
  const suffix = () => Array.from({ length: 6 }, digit).join('');
  const valid = (n: string, region?: 'US') => {
    const p = parsePhoneNumberFromString(n, region);
    return p?.isValid() ? 'valid' : p?.isPossible() ? 'possible' : 'invalid';
  };
  const prefixes: string[] = [];
  for (let p = 2000; p <= 9999; p++) {
    if (p >= 5230 && p <= 5249) for (let q = 0; q < 100; q++) prefixes.push(`${p}${String(q).padStart(2, '0')}`);
    else prefixes.push(String(p));
  }
  for (const prefix of prefixes) {
    const numbers = [suffix(), suffix(), suffix()].map((s) => `${prefix}${s}`.slice(0, 10));
    const intl = numbers.map((n) => valid(`+1 ${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`));
    const national = numbers.map((n) => valid(`(${n.slice(0, 3)}) ${n.slice(3, 6)}-${n.slice(6)}`, 'US'));
    assert.ok(intl.every((v) => v === intl[0]) && national.every((v) => v === national[0]), `prefix ${prefix}: ${intl} / ${national}`);
  }
  assert.equal(validityKey('+1 415 555 0123'), validityKey('+1 (415) 599-9999'));
  assert.notEqual(validityKey('+1 524 555 0123'), validityKey('+1 524 599 9999'), 'a deep area code: six digits');
  assert.equal(validityKey('415-555-0123', 'US'), validityKey('1 415 599 9999', 'US'));
  assert.notEqual(validityKey('+1 415 555 0123 x12'), validityKey('+1 415 555 0124 x12'), 'an extension: keyed whole');
  assert.notEqual(validityKey('+44 20 7946 0958'), validityKey('+44 20 7946 0959'));
});

test('phone: the engine reads labels after the number in a contact-block record', () => {
  const record = JSON.stringify({ text: 'Sipho Dlamini | Operations\n082 490 1693-Office\n072 918 4410-Cell' });
  const found = scanText(record, 'jsonl').findings.filter((f) => f.entity === 'PHONE_NUMBER');
  assert.deepEqual(found.map((f) => f.reasons.at(-1)), ['label "office" after it', 'label "cell" after it']);
});
