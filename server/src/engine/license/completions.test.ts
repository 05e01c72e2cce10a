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

test('completions: each item replaces the value typed so far, quote and key kept', () => {
  const typed = (text: string, marker = '|') => {
    const offset = text.indexOf(marker);
    const clean = text.replace(marker, '');
    const items = licenseCompletions(clean, offset);
    assert.ok(items.length > 0, text);
    for (const i of items) assert.deepEqual(i.replace, items[0].replace);
    return { clean, offset, replace: items[0].replace, items };
  };
  const inline = typed('---\nbase_model: meta-llama/Ll|\n---\n');
  assert.equal(inline.clean.slice(inline.replace.start, inline.replace.end), 'meta-llama/Ll');
  const label = 'meta-llama/Llama-4-Scout-17B-16E-Instruct';
  const accepted = inline.clean.slice(0, inline.replace.start) + label + inline.clean.slice(inline.replace.end);
  assert.equal(accepted, `---\nbase_model: ${label}\n---\n`);
  const item = typed('---\r\nbase_model:\r\n  - "meta-llama/Llama-4-M|"\r\n---\r\n');
  assert.equal(item.clean.slice(item.replace.start, item.replace.end), 'meta-llama/Llama-4-M');
  const empty = typed('---\nlicense: |\n---\n');
  assert.deepEqual(empty.replace, { start: empty.offset, end: empty.offset });
  const link = typed("---\nlicense_link: 'https://www.llama.com/ll|'\n---\n");
  assert.equal(link.clean.slice(link.replace.start, link.replace.end), 'https://www.llama.com/ll');
});
