// Keyed pseudonyms: stable across runs and shards that share a key, distinct across keys, collision-free at scale.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scanText } from './index';
import { applyEdits, redactionEdits } from './redact';
import { KEYED_TAG_LENGTH, KeyedPseudonyms, normalisePseudonymValue } from './pseudonyms';
import { placeholders } from './report/repair';

const KEY = Buffer.from('0123456789abcdef0123456789abcdef');
const OTHER = Buffer.from('fedcba9876543210fedcba9876543210');

test('keyed pseudonyms: one tag per entity and value, the same in every instance with the key, another with another key', () => {
  const a = new KeyedPseudonyms(KEY);
  const b = new KeyedPseudonyms(Buffer.from(KEY));
  const tag = a.tag('PERSON', 'Ann Lee');
  assert.match(tag, new RegExp(`^[a-km-np-z2-9]{${KEYED_TAG_LENGTH}}$`));
  assert.equal(b.tag('PERSON', 'Ann Lee'), tag);
  assert.notEqual(new KeyedPseudonyms(OTHER).tag('PERSON', 'Ann Lee'), tag);
  assert.notEqual(a.tag('LOCATION', 'Ann Lee'), tag);
  assert.notEqual(a.tag('PERSON', 'Ann Leigh'), tag);
  assert.throws(() => new KeyedPseudonyms(Buffer.from('short key')), /at least 16 bytes/);
});

test('keyed pseudonyms: values are compared normalised (case, spaces, width, phone and card separators)', () => {
  const p = new KeyedPseudonyms(KEY);
  assert.equal(p.tag('PERSON', 'ann  LEE'), p.tag('PERSON', 'Ann Lee'));
  assert.equal(p.tag('PHONE_NUMBER', '+1 (415) 555-0100'), p.tag('PHONE_NUMBER', '+14155550100'));
  assert.equal(p.tag('CREDIT_CARD', '4111 1111 1111 1111'), p.tag('CREDIT_CARD', '4111-1111-1111-1111'));
  assert.equal(normalisePseudonymValue('ＡＮＮ@Mail.com'), 'ann@mail.com');
  // Words with digits keep their separators: these are different addresses.
  assert.notEqual(p.tag('STREET_ADDRESS', '12 Oak St'), p.tag('STREET_ADDRESS', '1 2Oak St'));
});

test('keyed pseudonyms: no collision among 10^6 distinct values of one entity', () => {
  const p = new KeyedPseudonyms(KEY);
  const seen = new Set<string>();
  const n = 1_000_000;
  for (let i = 0; i < n; i++) seen.add(p.tag('EMAIL_ADDRESS', `user${i}@mail.com`));
  assert.equal(seen.size, n);
});

test('keyed pseudonyms: redaction writes keyed tags that repair recognises, and JSON stays valid', () => {
  const text = '{"a":"ann@mail.com wrote to bob@mail.org"}\n{"b":"ann@mail.com again"}\n';
  const { findings } = scanText(text, 'jsonl');
  const out = applyEdits(text, redactionEdits(text, findings, findings, 'pseudonym', 'jsonl', KEY));
  const [l1, l2] = out.trim().split('\n').map((l) => JSON.parse(l));
  const ann = /\[EMAIL_ADDRESS_[a-z0-9]+\]/.exec(l1.a)![0];
  assert.equal(l2.b, `${ann} again`);
  assert.equal(ann, `[EMAIL_ADDRESS_${new KeyedPseudonyms(KEY).tag('EMAIL_ADDRESS', 'ann@mail.com')}]`);
  // Redacting one finding alone gives it the same tag (no numbering over the file).
  const one = applyEdits(text, redactionEdits(text, findings, [findings[2]], 'pseudonym', 'jsonl', KEY));
  assert.ok(one.split('\n')[1].includes(ann));
  assert.deepEqual(placeholders(out).map((p) => p.entity), ['EMAIL_ADDRESS', 'EMAIL_ADDRESS', 'EMAIL_ADDRESS']);
});

test('repair placeholders: every national kind is recognised, numbered and keyed', () => {
  const text = '[CA_SIN] [UK_PASSPORT_3] [IN_AADHAAR] [BR_CPF_k3f9q2ab7xmz] [TODO] [PERSON_k3f9q2ab7xm]';
  assert.deepEqual(placeholders(text).map((p) => p.entity), ['CA_SIN', 'UK_PASSPORT', 'IN_AADHAAR', 'BR_CPF']);
});
