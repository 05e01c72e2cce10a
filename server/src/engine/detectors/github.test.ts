import { test } from 'node:test';
import assert from 'node:assert/strict';
import { github } from './github';
import { fakeBody } from '../../testing/fake-tokens';
import { matches, scored } from '../../testing/detectors';

test('github: classic, OAuth, app and refresh tokens score high', () => {
  for (const p of ['ghp', 'gho', 'ghu', 'ghs', 'ghr']) {
    const token = `${p}_${fakeBody(36, p)}`;
    assert.deepEqual(matches(github, `GITHUB_TOKEN=${token}`, 0.9), [token], p);
  }
});

test('github: fine-grained personal access tokens', () => {
  const token = `github_pat_${fakeBody(22, 'a')}_${fakeBody(59, 'b')}`;
  assert.deepEqual(matches(github, `token: ${token}`, 0.9), [token]);
});

test('github: short, unknown-kind or placeholder tokens stay silent', () => {
  assert.deepEqual(matches(github, `ghp_${fakeBody(20, 'short')}`), []);
  assert.deepEqual(matches(github, `ghx_${fakeBody(36, 'x')}`), []);
  assert.deepEqual(matches(github, 'ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 0.5), []);
  assert.deepEqual(matches(github, 'ghp_0000000000000000000000000000000000000000', 0.5), []);
});

test('github: a context word raises the score', () => {
  const token = `ghp_${fakeBody(36, 'ctx')}`;
  assert.ok(scored(github, `GITHUB_TOKEN=${token}`)[0].score > scored(github, `x ${token}`)[0].score);
});

test('github: hostile input returns', () => {
  assert.ok(Array.isArray(matches(github, 'ghp_'.repeat(20000) + 'github_pat_'.repeat(5000) + '_'.repeat(50000))));
});
