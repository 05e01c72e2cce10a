import { test } from 'node:test';
import assert from 'node:assert/strict';
import { creditCard, luhnValid } from './credit-card';
import { matches, scored } from '../../testing/detectors';

/** Appends the Luhn check digit to `body`. */
function withLuhn(body: string): string {
  for (let d = 0; d <= 9; d++) if (luhnValid(body + d)) return body + d;
  throw new Error('unreachable');
}

const visa = withLuhn('400000123456789'); // 16 digits
const amex = withLuhn('37000012345678'); // 15 digits
const mc2 = withLuhn('222100001234567'); // Mastercard 2-series
const group4 = (s: string, sep = ' ') => s.match(/.{1,4}/g)!.join(sep);

test('credit-card: Luhn helper', () => {
  assert.equal(luhnValid('79927398713'), true);
  assert.equal(luhnValid('79927398710'), false);
});

test('credit-card: grouped numbers with a known prefix score high', () => {
  assert.deepEqual(matches(creditCard, `pay with ${group4(visa)} today`, 0.8), [group4(visa)]);
  assert.deepEqual(matches(creditCard, `ref ${group4(mc2, '-')}.`, 0.8), [group4(mc2, '-')]);
  const amexPrinted = `${amex.slice(0, 4)} ${amex.slice(4, 10)} ${amex.slice(10)}`;
  assert.deepEqual(matches(creditCard, amexPrinted, 0.8), [amexPrinted]);
});

test('credit-card: a bare number needs a context word', () => {
  assert.deepEqual(matches(creditCard, `id ${visa}`, 0.5), []);
  assert.deepEqual(matches(creditCard, `my card ${visa} expires soon`, 0.5), [visa]);
  assert.deepEqual(matches(creditCard, `cc ${amex}`, 0.5), [amex]);
  assert.deepEqual(matches(creditCard, visa, 0.5, { key: 'card_number' }), [visa]);
  const [c] = scored(creditCard, `credit card: ${visa}`);
  assert.ok(c.reasons.some((r) => r.includes('context word')));
});

test('credit-card: an unspaced number after "paid with" or "charged to" is a card', () => {
  assert.deepEqual(matches(creditCard, 'I paid with 4539578763621486 yesterday and got no receipt.', 0.5), ['4539578763621486']);
  assert.deepEqual(matches(creditCard, 'Paid with 5425233430109903, order 88123.', 0.5), ['5425233430109903']);
  assert.deepEqual(matches(creditCard, 'they charged it to 2223000048410010 twice', 0.5), ['2223000048410010']);
  assert.deepEqual(matches(creditCard, 'we pay with 6011000990139424 every month', 0.5), ['6011000990139424']);
});

test('credit-card: 12-digit Maestro and 15-digit JCB need context too', () => {
  const maestro = withLuhn('50180000123');
  const jcb15 = withLuhn('18000012345678');
  assert.deepEqual(matches(creditCard, `card number ${maestro} is lost`, 0.5), [maestro]);
  assert.deepEqual(matches(creditCard, `lost my card ${jcb15}.`, 0.5), [jcb15]);
});

test('credit-card: a trailing expiry date does not hide the number', () => {
  assert.deepEqual(matches(creditCard, `${group4(visa)} 12/29`, 0.8), [group4(visa)]);
});

test('credit-card: wrong checksum, unknown prefix or odd grouping stay silent', () => {
  const bad = visa.slice(0, -1) + ((Number(visa.at(-1)) + 1) % 10);
  assert.deepEqual(matches(creditCard, `card ${bad}`), []);
  const noPrefix = withLuhn('900000123456789');
  assert.deepEqual(matches(creditCard, `card ${noPrefix}`), []);
  assert.deepEqual(matches(creditCard, `card ${visa.slice(0, 3)} ${visa.slice(3, 9)} ${visa.slice(9)}`), []);
});

test('credit-card: Luhn-valid ids, floats and timestamps stay silent at the default threshold', () => {
  // A 19-digit snowflake id that passes Luhn, without card prefix, grouping or context.
  const snowflake = withLuhn('172345678901234567');
  assert.deepEqual(matches(creditCard, `tweet ${snowflake}`), []);
  // A 16-digit Luhn-valid id with a card prefix but no grouping or context.
  assert.deepEqual(matches(creditCard, `"id": ${visa}`, 0.5), []);
  assert.deepEqual(matches(creditCard, '0.4111111111111111'), []);
  assert.deepEqual(matches(creditCard, 'loss 4111111111111111.5 nats'), []);
  assert.deepEqual(matches(creditCard, 'ts 1700000000 and 1700000000123'), []);
  assert.deepEqual(matches(creditCard, 'order #4111-1111-1111-1111-1111-2222', 0.5), []);
});

test('credit-card: UUIDs, hex digests and ISBNs stay silent', () => {
  assert.deepEqual(matches(creditCard, '123e4567-e89b-12d3-a456-426614174000'), []);
  assert.deepEqual(matches(creditCard, 'sha1 da39a3ee5e6b4b0d3255bfef95601890afd80709'), []);
  assert.deepEqual(matches(creditCard, 'ISBN 978-3-16-148410-0 and 9783161484100'), []);
});

test('credit-card: hostile input returns', () => {
  const hostile = '4111-'.repeat(5000) + '1'.repeat(20000) + ' -'.repeat(5000);
  assert.ok(Array.isArray(matches(creditCard, hostile)));
});
