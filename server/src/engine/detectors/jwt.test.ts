import { test } from 'node:test';
import assert from 'node:assert/strict';
import { jwt } from './jwt';
import { fakeBody } from '../../testing/fake-tokens';
import { matches, scored } from '../../testing/detectors';

const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
const sig = fakeBody(43, 'sig', 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-');
const token = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64({ sub: 'user-42', iat: 1700000000 })}.${sig}`;

test('jwt: signed tokens score high', () => {
  assert.deepEqual(matches(jwt, `Authorization: Bearer ${token}`, 0.85), [token]);
  assert.deepEqual(matches(jwt, `{"id_token":"${token}"}`, 0.85), [token]);
});

test('jwt: unsigned tokens show lower', () => {
  const unsigned = `${b64({ alg: 'none' })}.${b64({ sub: 'user-42' })}.`;
  const [c] = scored(jwt, `t=${unsigned} `);
  assert.equal(c.value, unsigned);
  assert.ok(c.score >= 0.5 && c.score < 0.9);
});

test('jwt: a header without "alg", or not JSON, is not a token', () => {
  assert.deepEqual(matches(jwt, `${b64({ typ: 'JWT', kid: 'k1' })}.${b64({ sub: 'x' })}.${sig}`), []);
  assert.deepEqual(matches(jwt, `eyJub3QganNvbg.${b64({ sub: 'x' })}.${sig}`), []);
  assert.deepEqual(matches(jwt, 'eyJhbGciOi.eyJzdWIi'), []);
});

test('jwt: the jwt.io sample token stays below the threshold', () => {
  const sample = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64({ sub: '1234567890', name: 'John Doe', iat: 1516239022 })}.${sig}`;
  assert.deepEqual(matches(jwt, `Authorization: Bearer ${sample}`, 0.5), []);
});

test('jwt: a signed token with a signature too short to be real (a truncated example) stays below the threshold', () => {
  const stub = `${b64({ alg: 'HS256' })}.e30.abc`;
  assert.deepEqual(matches(jwt, `The JWT looks like header.payload.signature, e.g. ${stub} (truncated).`, 0.5), []);
  assert.deepEqual(matches(jwt, `Bearer ${token.slice(0, -1)}`, 0.5), []);
  assert.deepEqual(matches(jwt, `Bearer ${token}`, 0.5), [token]);
});

test('jwt: hostile input returns', () => {
  assert.ok(Array.isArray(matches(jwt, 'eyJ'.repeat(20000) + 'eyJabcdefgh.'.repeat(5000))));
});
