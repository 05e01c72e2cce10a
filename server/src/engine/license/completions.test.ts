import { test } from 'node:test';
import assert from 'node:assert/strict';
import { licenseCompletions } from './index';

const labels = (text: string, marker = '|') => licenseCompletions(text.replace(marker, ''), text.indexOf(marker)).map((c) => c.label);

test('completions: license values in the front matter', () => {
  const got = labels('---\nlicense: |\n---\n# X\n');
  assert.deepEqual(got.slice(0, 5), ['llama4', 'llama3.3', 'llama3.2', 'llama3.1', 'llama3']);
  assert.ok(got.includes('other'));
  assert.deepEqual(labels('---\nlicense: ll|\n---\n'), got);
  assert.deepEqual(labels('---\nlicense_name: |\n---\n').slice(0, 1), ['llama4']);
  assert.deepEqual(labels('---\nlicense_link: |\n---\n').slice(0, 1), ['https://www.llama.com/llama4/license/']);
});

test('completions: official Llama 4 ids for base_model, inline or as a list item', () => {
  const inline = labels('---\nbase_model: |\n---\n');
  assert.ok(inline.includes('meta-llama/Llama-4-Scout-17B-16E-Instruct'));
  assert.ok(inline.includes('meta-llama/Llama-4-Maverick-17B-128E-Instruct-FP8'));
  assert.ok(inline.includes('meta-llama/Llama-Guard-4-12B'));
  assert.ok(!inline.some((l) => /behemoth/i.test(l)));
  assert.deepEqual(labels('---\r\nbase_model:\r\n  - mistralai/Mistral-7B\r\n  - meta|\r\n---\r\n'), inline);
  const item = licenseCompletions('---\nbase_model: \n---\n', 16)[1];
  assert.match(item.documentation ?? '', /109B total/);
});

test('completions: nothing outside the front matter or for other keys', () => {
  assert.deepEqual(labels('---\nlicense: llama4\n---\nlicense: |\n'), []);
  assert.deepEqual(labels('---\ntags: |\n---\n'), []);
  assert.deepEqual(labels('---\ntags:\n  - |\n---\n'), []);
  assert.deepEqual(labels('# license: |'), []);
  // While the closing fence is not typed yet.
  assert.deepEqual(labels('---\nlicense: |').slice(0, 1), ['llama4']);
});
