import { test } from 'node:test';
import assert from 'node:assert/strict';
import { iban, ibanChecksumValid } from './iban';
import { matches, scored } from '../../testing/detectors';

/** Builds an IBAN with correct check digits from a country and a BBAN. */
function makeIban(country: string, bban: string): string {
  for (let cd = 2; cd <= 98; cd++) {
    const s = country + String(cd).padStart(2, '0') + bban;
    if (ibanChecksumValid(s)) return s;
  }
  throw new Error('unreachable');
}

const gb = makeIban('GB', 'ZZZZ00000012345678'); // 22 chars
const de = makeIban('DE', '100000001234567890'); // 22 chars
const be = makeIban('BE', '000012345678'); // 16 chars
const spaced = (s: string) => s.match(/.{1,4}/g)!.join(' ');

test('iban: compact and spaced forms', () => {
  assert.deepEqual(matches(iban, `pay to ${gb} please`, 0.9), [gb]);
  assert.deepEqual(matches(iban, `Konto: ${spaced(de)}.`, 0.9), [spaced(de)]);
  assert.deepEqual(matches(iban, `my iban is ${gb.toLowerCase()}`, 0.9), [gb.toLowerCase()]);
});

test('iban: a spaced IBAN followed by a word ends at its country length', () => {
  assert.deepEqual(matches(iban, `${spaced(be)} from savings`, 0.9), [spaced(be)]);
});

test('iban: wrong check digits, wrong length, unknown country or mixed case stay silent', () => {
  const wrong = gb.slice(0, 2) + String((Number(gb.slice(2, 4)) % 97) + 1).padStart(2, '0') + gb.slice(4);
  assert.deepEqual(matches(iban, wrong), []);
  assert.deepEqual(matches(iban, makeIban('GB', 'ZZZZ0000001234567')), []);
  assert.deepEqual(matches(iban, makeIban('QQ', 'ZZZZ00000012345678')), []);
  assert.deepEqual(matches(iban, 'Gb' + gb.slice(2, 5) + gb.slice(5).toLowerCase()), []);
  assert.deepEqual(matches(iban, `x${gb}`), []);
});

test('iban: hashes, UUIDs and model names stay silent', () => {
  assert.deepEqual(matches(iban, 'sha256 e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'), []);
  assert.deepEqual(matches(iban, '123e4567-e89b-12d3-a456-426614174000'), []);
  assert.deepEqual(matches(iban, 'gpt4 ab12cdef3456 v2 XL'), []);
});

test('iban: a context word raises the score', () => {
  const [plain] = scored(iban, `ref ${gb}`);
  const [ctx] = scored(iban, `IBAN: ${gb}`);
  assert.ok(ctx.score > plain.score);
  assert.ok(ctx.reasons.some((r) => r.includes('context word')));
});

test('iban: hostile input returns', () => {
  assert.ok(Array.isArray(matches(iban, 'GB12 '.repeat(20000) + 'AB12'.repeat(5000))));
});
