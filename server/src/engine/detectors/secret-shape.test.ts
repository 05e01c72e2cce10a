import { test } from 'node:test';
import assert from 'node:assert/strict';
import { entropy, placeholderReason, readsAsIdentifier, tokenScore } from './secret-shape';
import { fakeBody } from '../../testing/fake-tokens';

test('secret-shape: random bodies look real', () => {
  assert.equal(placeholderReason(fakeBody(36, 'a')), undefined);
  assert.equal(tokenScore(fakeBody(36, 'b'), 0.95).score, 0.95);
});

test('secret-shape: examples, masks and low-variety bodies look made up', () => {
  for (const body of ['IOSFODNN7EXAMPLE', 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'your_token_here_please_replace', 'abababababababababababab', '************************', '0123456789abcdefghij0123456789']) {
    assert.ok(placeholderReason(body), body);
    assert.ok(tokenScore(body, 0.95).score < 0.5, body);
  }
});

test('secret-shape: camelCase identifiers are not tokens; random letters are', () => {
  assert.ok(readsAsIdentifier('requiredCharacteristicTypesForDisplayMetadata'));
  assert.ok(placeholderReason('checkpointBatchCheckpointMetadataWarm'));
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
  for (let i = 0; i < 200; i++) assert.equal(readsAsIdentifier(fakeBody(34, `r${i}`, letters)), false);
  assert.equal(readsAsIdentifier('alllowercasewordsonly'), false, 'no capital: not camelCase');
});

test('secret-shape: entropy in bits per character', () => {
  assert.equal(entropy('aaaa'), 0);
  assert.equal(entropy('abcd'), 2);
  assert.ok(entropy(fakeBody(64, 'e')) > 5);
});
