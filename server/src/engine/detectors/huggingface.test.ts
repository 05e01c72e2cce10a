import { test } from 'node:test';
import assert from 'node:assert/strict';
import { huggingface } from './huggingface';
import { fakeBody } from '../../testing/fake-tokens';
import { matches, scored } from '../../testing/detectors';

const token = `hf_${fakeBody(34, 'hf')}`;

test('huggingface: user access tokens score high', () => {
  assert.deepEqual(matches(huggingface, `HF_TOKEN=${token}`, 0.9), [token]);
  assert.deepEqual(matches(huggingface, `login("${token}")`, 0.9), [token]);
  assert.equal(scored(huggingface, token)[0].label, undefined);
});

test('huggingface: short, embedded or placeholder tokens stay silent', () => {
  assert.deepEqual(matches(huggingface, `hf_${fakeBody(20, 'short')}`), []);
  assert.deepEqual(matches(huggingface, `xhf_${fakeBody(34, 'x')}`), []);
  assert.deepEqual(matches(huggingface, `${token}_suffix`), []);
  assert.deepEqual(matches(huggingface, 'hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 0.5), []);
  // A context word does not lift a placeholder over the threshold.
  assert.deepEqual(matches(huggingface, 'HF_TOKEN = hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 0.5), []);
  assert.deepEqual(matches(huggingface, 'model_type hf_transformers_config', 0.5), []);
});

test('huggingface: hostile input returns', () => {
  assert.ok(Array.isArray(matches(huggingface, 'hf_'.repeat(30000) + 'a'.repeat(50000))));
});
