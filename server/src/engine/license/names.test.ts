import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanName, familyKey, hasLlamaPrefix, isOfficialName, sameFamily, startsWithMeta } from './names';

test('names: strips wrappers, namespaces and decorations', () => {
  assert.equal(cleanName('Model Card for acme/LexTune-7B')?.name, 'LexTune-7B');
  assert.equal(cleanName('🦙 LexTune-7B')?.name, 'LexTune-7B');
  assert.equal(cleanName('LexTune-7B Model Card')?.name, 'LexTune-7B');
  assert.equal(cleanName('Llama 4 Scout LexTune: legal QA at scale')?.name, 'Llama 4 Scout LexTune');
  assert.equal(cleanName('LexTune — a legal assistant')?.name, 'LexTune');
  assert.equal(cleanName('acme/LexTune-7B')?.name, 'LexTune-7B');
  const c = cleanName('Model Card for acme/LexTune-7B')!;
  assert.equal('Model Card for acme/LexTune-7B'.slice(c.at, c.at + c.name.length), 'LexTune-7B');
});

test('names: placeholders and non-names', () => {
  for (const p of ['Model Card for Model ID', '{model_name}', '{{ model_name }}', '[Model Name]', '<model-name>', 'MODEL_NAME', 'your-model-name']) {
    assert.equal(cleanName(p)?.placeholder, true, p);
  }
  assert.equal(cleanName('Model Details'), undefined);
  assert.equal(cleanName('Model Card'), undefined);
  assert.equal(cleanName('How we trained a small model for contracts on eight GPUs'), undefined);
  assert.equal(cleanName('LexTune')?.placeholder, false);
});

test('names: family keys ignore case, separators and format suffixes', () => {
  assert.equal(familyKey('LexTune-17B-AWQ'), familyKey('lextune 17b'));
  assert.ok(sameFamily('Llama4-Maverick-LexTune-AWQ', 'Llama 4 Maverick LexTune 4bit'));
  assert.ok(sameFamily('llama-4-scout-lextune-GGUF', 'Llama-4-Scout-LexTune'));
  assert.ok(!sameFamily('Llama-4-Scout-17B-16E-Instruct', 'Llama-4-Scout-LexTune'));
});

test("names: Meta's own models and products", () => {
  for (const n of ['Llama-4-Scout-17B-16E-Instruct', 'meta-llama/Llama-4-Maverick-17B-128E-Instruct-FP8', 'Llama Guard 4', 'Llama-Guard-4-12B', 'Llama Prompt Guard 2', 'Meta-Llama-3-8B-Instruct', 'Llama 3.2 11B Vision Instruct', 'Llama 4']) {
    assert.ok(isOfficialName(n), n);
  }
  for (const n of ['Llama-4-Scout-LexTune', 'Meta-Llama-3.1-8B-Instruct-AWQ-INT4', 'llama-4-scout-17b-16e-instruct-GGUF']) assert.ok(!isOfficialName(n), n);
});

test('names: the Llama prefix, any case and separator', () => {
  assert.ok(hasLlamaPrefix('Llama-4-Scout-LexTune', 'Llama'));
  assert.ok(hasLlamaPrefix('llama4-lextune', 'Llama'));
  assert.ok(hasLlamaPrefix('Llama 3.2 LexTune', 'Llama'));
  assert.ok(hasLlamaPrefix('LLAMA_LexTune', 'Llama'));
  assert.ok(!hasLlamaPrefix('MyLlama-4-Chat', 'Llama'));
  assert.ok(hasLlamaPrefix('Llama-3-LexTune', 'Llama 3'));
  assert.ok(!hasLlamaPrefix('Llama-LexTune', 'Llama 3'));
  assert.ok(startsWithMeta('Meta-Llama-3.1-8B'));
  assert.ok(startsWithMeta('Meta Llama 3'));
  assert.ok(startsWithMeta('MetaLlama-3'));
  assert.ok(!startsWithMeta('MetaMath-7B'));
});
