import { test } from 'node:test';
import assert from 'node:assert/strict';
import { email } from './email';
import { matches } from './testing';

test('email: finds plain addresses', () => {
  assert.deepEqual(matches(email, 'write to jane.doe+ml@mail.co.uk today'), ['jane.doe+ml@mail.co.uk']);
  assert.deepEqual(matches(email, 'a@b.io, x_y@sub.domain.org'), ['a@b.io', 'x_y@sub.domain.org']);
});

test('email: ignores look-alikes', () => {
  assert.deepEqual(matches(email, 'git@github', 0.5), []);
  assert.deepEqual(matches(email, 'pip install foo==1.2@3', 0.5), []);
  assert.deepEqual(matches(email, '@username mentions', 0.5), []);
  assert.deepEqual(matches(email, 'a..b@mail.com', 0.5), []);
});

test('email: reserved documentation domains score below the default threshold', () => {
  assert.deepEqual(matches(email, 'user@example.com', 0.5), []);
  assert.deepEqual(matches(email, 'user@example.com', 0), ['user@example.com']);
  assert.deepEqual(matches(email, 'contact email: user@example.com', 0.5), []);
});
