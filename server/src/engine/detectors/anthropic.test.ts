import { test } from 'node:test';
import assert from 'node:assert/strict';
import { anthropic } from './anthropic';
import { fakeBody } from '../../testing/fake-tokens';
import { matches } from '../../testing/detectors';

const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';

test('anthropic: API and admin keys score high', () => {
  const api = `sk-ant-api03-${fakeBody(93, 'a', B64URL)}AA`;
  const admin = `sk-ant-admin01-${fakeBody(93, 'b', B64URL)}AA`;
  assert.deepEqual(matches(anthropic, `ANTHROPIC_API_KEY=${api}\n`, 0.9), [api]);
  assert.deepEqual(matches(anthropic, `"${admin}"`, 0.9), [admin]);
});

test('anthropic: short, embedded or placeholder keys stay silent', () => {
  assert.deepEqual(matches(anthropic, 'sk-ant-api03-short'), []);
  assert.deepEqual(matches(anthropic, `xsk-ant-api03-${fakeBody(40, 'c')}`), []);
  assert.deepEqual(matches(anthropic, 'sk-ant-api03-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 0.5), []);
  assert.deepEqual(matches(anthropic, 'sk-ant-your-key-here-replace-me-now', 0.5), []);
});

test('anthropic: hostile input returns', () => {
  assert.ok(Array.isArray(matches(anthropic, 'sk-ant-'.repeat(20000) + '-'.repeat(50000))));
});
