import { test } from 'node:test';
import assert from 'node:assert/strict';
import { aws } from './aws';
import { fakeBody } from '../../testing/fake-tokens';
import { matches, scored } from '../../testing/detectors';

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const keyId = `AKIA${fakeBody(16, 'k', UPPER)}`;
const tempId = `ASIA${fakeBody(16, 't', UPPER)}`;
const secret = fakeBody(40, 's', B64);

test('aws: access key ids score high', () => {
  assert.deepEqual(matches(aws, `aws_access_key_id = ${keyId}`, 0.9), [keyId]);
  assert.deepEqual(matches(aws, `"${tempId}"`, 0.85), [tempId]);
  assert.equal(scored(aws, keyId)[0].label, 'AWS access key id');
});

test('aws: a secret access key shows only right after its name', () => {
  assert.deepEqual(matches(aws, `aws_secret_access_key = ${secret}`, 0.8), [secret]);
  assert.deepEqual(matches(aws, secret, 0.8, { key: 'AWS_SECRET_ACCESS_KEY' }), [secret]);
  assert.deepEqual(matches(aws, `checksum ${secret}`), []);
});

test('aws: the documentation example and look-alikes stay silent', () => {
  assert.deepEqual(matches(aws, 'aws_access_key_id = AKIAIOSFODNN7EXAMPLE', 0.5), []);
  assert.deepEqual(matches(aws, 'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 0.5), []);
  assert.deepEqual(matches(aws, `XAKIA${fakeBody(16, 'x', UPPER)}`), []);
  assert.deepEqual(matches(aws, 'AKIA1234'), []);
  assert.deepEqual(matches(aws, 'sha1 da39a3ee5e6b4b0d3255bfef95601890afd80709 aws'), []);
});

test('aws: hostile input returns', () => {
  assert.ok(Array.isArray(matches(aws, 'aws secret access key ' + 'AKIA'.repeat(20000) + 'a/'.repeat(30000))));
});
