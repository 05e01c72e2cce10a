import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scanText } from './index';
import { applyEdits, redactionEdits, replacement } from './redact';
import type { RedactionStyle } from './settings';
import type { Finding } from './types';

function redactAll(text: string, style: RedactionStyle, format: 'jsonl' | 'text' = 'jsonl') {
  const { findings } = scanText(text, format);
  return applyEdits(text, redactionEdits(text, findings, findings, style));
}

test('redact: typed placeholders inside JSON strings keep every line valid', () => {
  const text = '{"a":"write ann@mail.com now","b":1}\n{"c":"caf\\u00e9 bob@mail.org\\n"}\n';
  const out = redactAll(text, 'placeholder');
  assert.equal(out, '{"a":"write [EMAIL_ADDRESS] now","b":1}\n{"c":"caf\\u00e9 [EMAIL_ADDRESS]\\n"}\n');
  for (const line of out.split('\n').filter(Boolean)) JSON.parse(line);
});

test('redact: pseudonyms are consistent per value and continue after existing ones', () => {
  const text = '{"a":"ann@mail.com bob@mail.org ann@mail.com"}';
  assert.equal(redactAll(text, 'pseudonym'), '{"a":"[EMAIL_ADDRESS_1] [EMAIL_ADDRESS_2] [EMAIL_ADDRESS_1]"}');
  const again = '{"x":"[EMAIL_ADDRESS_4] carl@mail.net"}';
  assert.equal(redactAll(again, 'pseudonym'), '{"x":"[EMAIL_ADDRESS_4] [EMAIL_ADDRESS_5]"}');
});

test('redact: one finding gets the number a whole-file redaction would give it', () => {
  const text = '{"a":"ann@mail.com bob@mail.org"}';
  const { findings } = scanText(text, 'jsonl');
  assert.equal(applyEdits(text, redactionEdits(text, findings, [findings[1]], 'pseudonym')), '{"a":"ann@mail.com [EMAIL_ADDRESS_2]"}');
});

test('redact: mask keeps the length, partial keeps the last four digits of cards and phones', () => {
  assert.equal(redactAll('mail ann@mail.com', 'mask', 'text'), 'mail ************');
  assert.equal(replacement('4111 1111 1111 1111', 'CREDIT_CARD', 'partial'), '**** **** **** 1111');
  assert.equal(replacement('+1 (555) 010-1234', 'PHONE_NUMBER', 'partial'), '+* (***) ***-1234');
  assert.equal(replacement('ann@mail.com', 'EMAIL_ADDRESS', 'partial'), '[EMAIL_ADDRESS]');
});

test('redact: a JSON number becomes a quoted string', () => {
  const text = '{"phone":5551234567}';
  const edits = redactionEdits(text, [], [{ rule: 'pii/phone', entity: 'PHONE_NUMBER', start: 9, end: 19, confidence: 1, severity: 'warning', message: 'Phone number', reasons: [], container: 'json-number' }], 'partial');
  const out = applyEdits(text, edits);
  assert.equal(out, '{"phone":"******4567"}');
  JSON.parse(out);
});

test('redactionEdits: of findings that overlap in a chain, none is redacted over a kept one (each is compared with the last kept, not the last seen)', () => {
  const text = 'aaaaaaaaaabbbbbbbbbb';
  const f = (start: number, end: number): Finding => ({ rule: 'pii/x', entity: 'X', start, end, confidence: 1, severity: 'warning', message: 'X', reasons: [], container: 'raw' });
  const all = [f(0, 10), f(5, 8), f(9, 12), f(12, 20)];
  const edits = redactionEdits(text, all, all, 'placeholder');
  assert.deepEqual(edits.map((e) => [e.start, e.end]), [[0, 10], [12, 20]]);
  assert.equal(applyEdits(text, edits), '[X]bb[X]');
});
