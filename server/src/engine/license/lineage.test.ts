import { test } from 'node:test';
import assert from 'node:assert/strict';
import { agreementVersion, DISPLAY, licenseIdVersion, lineageOfId, llamaTokens, NOTICE_PATTERNS } from './lineage';

const versions = (s: string) => [...llamaTokens(s)].map((t) => t.version ?? 'other');

test('lineage: reads the version from Llama tokens', () => {
  assert.deepEqual(versions('Llama-4-Scout-17B-16E'), ['4']);
  assert.deepEqual(versions('llama4 and Llama 4'), ['4', '4']);
  assert.deepEqual(versions('Meta-Llama-3-8B'), ['3']);
  assert.deepEqual(versions('Llama-3.1-8B, llama3.2:3b, Llama 3.3 70B, llama_3_1'), ['3.1', '3.2', '3.3', '3.1']);
  assert.deepEqual(versions('Llama-Guard-4-12B Llama-Prompt-Guard-2-86M'), ['4', '4']);
  assert.deepEqual(versions('Llama-Guard-3-8B Llama-Guard-3-1B Llama-Guard-3-11B-Vision'), ['3.1', '3.2', '3.2']);
  assert.deepEqual(versions('Llama-2-7b-hf LLaMA 1'), ['other', 'other']);
});

test('lineage: look-alikes carry no Llama lineage', () => {
  for (const s of ['TinyLlama-1.1B', 'OpenLLaMA 3B', 'open_llama_3b_v2', 'llama.cpp b4500', 'LlamaIndex 0.10', 'llama-index', 'Ollama 0.5', 'CodeLlama-7b', 'llamafile', 'llama-7b', 'llama_3b']) {
    assert.deepEqual(versions(s), [], s);
  }
});

test('lineage: marks Meta-prefixed tokens and variants', () => {
  const [t] = llamaTokens('Meta-Llama-3.1-8B');
  assert.equal(t.meta, true);
  assert.equal(t.version, '3.1');
  assert.equal([...llamaTokens('Llama 4 Maverick')][0].variant, 'Maverick');
  assert.equal([...llamaTokens('llama-4-scout-17b')][0].variant, 'Scout');
});

test('lineage: model ids', () => {
  assert.deepEqual(lineageOfId('meta-llama/Llama-4-Scout-17B-16E-Instruct'), { version: '4', variant: 'Scout', official: true });
  assert.equal(lineageOfId('unsloth/Meta-Llama-3.1-8B-bnb-4bit')?.version, '3.1');
  assert.equal(lineageOfId('mlx-community/Llama-3.2-3B-Instruct-4bit')?.version, '3.2');
  assert.equal(lineageOfId('NousResearch/Hermes-3-Llama-3.2-3B')?.version, '3.2');
  assert.equal(lineageOfId('deepseek-ai/DeepSeek-R1-Distill-Llama-8B')?.version, '3.1');
  assert.equal(lineageOfId('deepseek-ai/DeepSeek-R1-Distill-Llama-70B')?.version, '3.3');
  assert.equal(lineageOfId('meta-llama/Llama-2-7b-hf'), undefined);
  assert.equal(lineageOfId('TinyLlama/TinyLlama-1.1B-Chat-v1.0'), undefined);
  assert.equal(lineageOfId('mistralai/Mistral-7B-v0.1'), undefined);
});

test('lineage: license ids and agreement links', () => {
  assert.equal(licenseIdVersion('llama4'), '4');
  assert.equal(licenseIdVersion('llama3.1'), '3.1');
  assert.equal(licenseIdVersion('llama3'), '3');
  assert.equal(licenseIdVersion('llama2'), '2');
  assert.equal(licenseIdVersion('llama4-community-license'), '4');
  assert.equal(licenseIdVersion('apache-2.0'), undefined);
  assert.equal(agreementVersion('https://www.llama.com/llama4/license/'), '4');
  assert.equal(agreementVersion('https://www.llama.com/llama3_1/license/'), '3.1');
  assert.equal(agreementVersion('https://llama.meta.com/llama3/license'), '3');
  assert.equal(agreementVersion('https://github.com/meta-llama/llama-models/blob/main/models/llama4/LICENSE'), '4');
  assert.equal(agreementVersion('https://github.com/meta-llama/llama-models/blob/main/models/llama3_3/LICENSE'), '3.3');
  assert.equal(agreementVersion('https://huggingface.co/meta-llama/Llama-3.2-1B/blob/main/LICENSE.txt'), '3.2');
  assert.equal(agreementVersion('https://ai.meta.com/llama/license/'), '2');
  assert.equal(agreementVersion('https://www.llama.com/llama4/use-policy/'), undefined);
  assert.equal(agreementVersion('https://www.apache.org/licenses/LICENSE-2.0'), undefined);
});

test('lineage: the notice sentence accepts (c) and any whitespace, for the right version only', () => {
  const find = (s: string) => NOTICE_PATTERNS.filter((p) => new RegExp(p.re.source, 'i').test(s)).map((p) => p.version);
  assert.deepEqual(find('Llama 4 is licensed under the Llama 4 Community License, Copyright © Meta Platforms, Inc. All Rights Reserved.'), ['4']);
  assert.deepEqual(find('Llama 4 is licensed under the Llama 4\n  Community License, Copyright (c) Meta Platforms, Inc.\nAll Rights Reserved'), ['4']);
  assert.deepEqual(find('Llama 3.2 is licensed under the Llama 3.2 Community License, Copyright © Meta Platforms, Inc. All Rights Reserved.'), ['3.2']);
  assert.deepEqual(find('Meta Llama 3 is licensed under the Meta Llama 3 Community License, Copyright © Meta Platforms, Inc. All Rights Reserved.'), ['3']);
  assert.deepEqual(find('Llama 4 is licensed under the Apache License.'), []);
});

test('lineage: the display, in both wordings', () => {
  const all = (s: string) => [...s.matchAll(DISPLAY)].map((m) => [m[0], m[1] !== undefined]);
  assert.deepEqual(all('**Built with Llama**'), [['Built with Llama', false]]);
  assert.deepEqual(all('built  with\nMeta Llama 3.'), [['built  with\nMeta Llama 3', true]]);
  assert.deepEqual(all('Built with LlamaIndex'), []);
});
