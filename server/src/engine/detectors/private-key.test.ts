import { test } from 'node:test';
import assert from 'node:assert/strict';
import { privateKey } from './private-key';
import { fakeBody } from '../../testing/fake-tokens';
import { matches, scored } from '../../testing/detectors';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const lines = (seed: string) => Array.from({ length: 5 }, (_, i) => fakeBody(64, seed + i, B64)).join('\n');

test('private-key: PKCS#8, RSA, EC and OpenSSH blocks, multi-line', () => {
  for (const kind of ['', 'RSA ', 'EC ', 'OPENSSH ', 'ENCRYPTED ']) {
    const block = `-----BEGIN ${kind}PRIVATE KEY-----\n${lines(kind)}\n-----END ${kind}PRIVATE KEY-----`;
    assert.deepEqual(matches(privateKey, `key:\n${block}\nrest`, 0.95), [block], kind);
  }
});

test('private-key: literal \\n escapes (a key pasted into a JSON or .env string)', () => {
  const block = `-----BEGIN RSA PRIVATE KEY-----\\n${lines('esc').replace(/\n/g, '\\n')}\\n-----END RSA PRIVATE KEY-----`;
  assert.deepEqual(matches(privateKey, `PRIVATE_KEY="${block}"`, 0.95), [block]);
});

test('private-key: a truncated key (no END line) is still reported', () => {
  const body = lines('trunc');
  const [c] = scored(privateKey, `-----BEGIN PRIVATE KEY-----\n${body}\n\nThat was my key.`);
  assert.equal(c.value, `-----BEGIN PRIVATE KEY-----\n${body}`);
  assert.ok(c.score >= 0.8);
});

test('private-key: markers without key material and public keys stay silent', () => {
  assert.deepEqual(matches(privateKey, '-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----', 0.5), []);
  assert.deepEqual(matches(privateKey, `-----BEGIN PUBLIC KEY-----\n${lines('pub')}\n-----END PUBLIC KEY-----`), []);
  assert.deepEqual(matches(privateKey, 'look for "-----BEGIN RSA PRIVATE KEY-----" in files', 0.5), []);
});

test('private-key: many headers without END return', () => {
  assert.ok(Array.isArray(matches(privateKey, '-----BEGIN PRIVATE KEY-----\n'.repeat(4000) + 'A'.repeat(20000))));
});
