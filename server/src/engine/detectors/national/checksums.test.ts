import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  icaoCheckDigit, iso7064Mod11_10CheckDigit, iso7064Mod11_2Check, luhnCheckDigit, luhnValid, modString, verhoeffCheckDigit, verhoeffValid,
} from './checksums';
import { isRealDate, isRealDateAnyCentury } from './dates';

test('luhn: textbook vector and check digit', () => {
  assert.equal(luhnValid('79927398713'), true);
  assert.equal(luhnValid('79927398710'), false);
  assert.equal(luhnCheckDigit('7992739871'), 3);
});

test('verhoeff: textbook vectors', () => {
  assert.equal(verhoeffCheckDigit('236'), 3);
  assert.equal(verhoeffValid('2363'), true);
  assert.equal(verhoeffCheckDigit('12345'), 1);
  assert.equal(verhoeffValid('123451'), true);
  assert.equal(verhoeffValid('123415'), false, 'adjacent transposition is caught');
});

test('ISO 7064 MOD 11,10: German tax ID example', () => {
  assert.equal(iso7064Mod11_10CheckDigit('8609574271'), 9);
});

test('ISO 7064 MOD 11-2: Chinese ID example ends in X', () => {
  assert.equal(iso7064Mod11_2Check('11010519491231002'), 'X');
});

test('ICAO 7-3-1: German ID card specimen', () => {
  assert.equal(icaoCheckDigit('T22000129'), 3);
});

test('modString keeps precision past 2^53', () => {
  assert.equal(modString('2550814168025', 97), 97 - 38);
  assert.equal(modString('123456789012345678901234567890', 97), Number(123456789012345678901234567890n % 97n));
});

test('dates: real calendar dates only', () => {
  assert.equal(isRealDate(2000, 2, 29), true);
  assert.equal(isRealDate(1900, 2, 29), false);
  assert.equal(isRealDate(2023, 4, 31), false);
  assert.equal(isRealDate(2023, 13, 1), false);
  assert.equal(isRealDate(2023, 1, 0), false);
  assert.equal(isRealDateAnyCentury(0, 2, 29), true);
  assert.equal(isRealDateAnyCentury(1, 2, 29), false);
});
