import { test } from 'node:test';
import assert from 'node:assert/strict';
import { google } from './google';
import { fakeBody } from '../../testing/fake-tokens';
import { matches } from '../../testing/detectors';

const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';
const key = `AIza${fakeBody(35, 'g', B64URL)}`;

test('google: API keys score high', () => {
  assert.deepEqual(matches(google, `GOOGLE_API_KEY=${key}`, 0.9), [key]);
  assert.deepEqual(matches(google, `https://maps.googleapis.com/api/js?key=${key}&v=3`, 0.9), [key]);
});

test('google: wrong length, embedded or placeholder keys stay silent', () => {
  assert.deepEqual(matches(google, key.slice(0, -2)), []);
  assert.deepEqual(matches(google, `${key}AB`), []);
  assert.deepEqual(matches(google, 'AIzaxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 0.5), []);
});

test('google: hostile input returns', () => {
  assert.ok(Array.isArray(matches(google, 'AIza'.repeat(30000))));
});
