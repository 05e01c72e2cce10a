import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCard } from './card';

const fm = (yaml: string, body: string) => `---\n${yaml}\n---\n\n${body}\n`;
const at = (text: string, s: { start: number; end: number }) => text.slice(s.start, s.end);

test('card: base_model gives a certain lineage, with its position', () => {
  const t = fm('base_model: meta-llama/Llama-4-Maverick-17B-128E-Instruct', '# X');
  const d = parseCard(t).derivation!;
  assert.equal(d.version, '4');
  assert.equal(d.source, 'metadata');
  assert.equal(d.variant, 'Maverick');
  assert.equal(at(t, d.evidence), 'meta-llama/Llama-4-Maverick-17B-128E-Instruct');
});

test('card: the title or license id says which Llama 3.x a loosely named third-party base_model is', () => {
  const loose = 'base_model: pacificlabs/chat-llama3-3b-sft';
  const byTitle = parseCard(fm(loose, '# Llama 3.2 3B ParcelHelper')).derivation!;
  assert.equal(byTitle.version, '3.2');
  assert.equal(byTitle.source, 'metadata');
  assert.match(byTitle.reason, /the title says Llama 3\.2/);
  assert.equal(parseCard(fm(`${loose}\nlicense: llama3.3`, '# ParcelHelper')).derivation?.version, '3.3');
  assert.equal(parseCard(fm(`${loose}\nmodel_name: Llama-3.1-ParcelHelper`, 'Text.')).derivation?.version, '3.1');
  // The title beats the license id: a wrong license id stays a finding.
  assert.equal(parseCard(fm(`${loose}\nlicense: llama3.1`, '# Llama 3.2 3B ParcelHelper')).derivation?.version, '3.2');
  // Nothing stated, or another major: the base model's Llama 3 stays.
  assert.equal(parseCard(fm(loose, '# ParcelHelper')).derivation?.version, '3');
  assert.equal(parseCard(fm(`${loose}\nlicense: llama4`, '# Llama 4 ParcelHelper')).derivation?.version, '3');
  // Precise ids stay the lineage, whatever the card claims.
  for (const id of ['unsloth/Llama-3.1-8B-Instruct', 'NousResearch/Meta-Llama-3-8B', 'meta-llama/Meta-Llama-3-8B']) {
    const want = id.includes('3.1') ? '3.1' : '3';
    assert.equal(parseCard(fm(`base_model: ${id}\nlicense: llama3.2`, '# Llama 3.2 3B ParcelHelper')).derivation?.version, want, id);
  }
});

test('card: a merge list derives from its first Llama parent', () => {
  const t = fm('base_model:\n  - mistralai/Mistral-7B-v0.1\n  - "meta-llama/Llama-3.3-70B-Instruct"', '# X');
  const c = parseCard(t);
  assert.equal(c.baseModels.length, 2);
  assert.equal(c.derivation?.version, '3.3');
  assert.equal(at(t, c.derivation!.evidence), 'meta-llama/Llama-3.3-70B-Instruct');
});

test('card: base_model tags count as metadata', () => {
  const d = parseCard(fm('tags:\n- base_model:finetune:meta-llama/Llama-3.1-8B', '# X')).derivation!;
  assert.equal(d.version, '3.1');
  assert.equal(d.source, 'metadata');
});

test('card: prose that says the model was made from Llama', () => {
  for (const [s, v] of [
    ['LexTune was fine-tuned from Llama 4 Scout on court decisions.', '4'],
    ['A 4-bit AWQ quant of meta-llama/Llama-3.1-8B-Instruct.', '3.1'],
    ['This is a LoRA adapter for `meta-llama/Llama-3.2-3B`.', '3.2'],
    ['We trained it on outputs of Llama 3.3 70B.', '3.3'],
    ['Built on top of the Meta Llama 3 8B base model.', '3'],
    ['- **Finetuned from model [optional]:** meta-llama/Llama-4-Scout-17B-16E', '4'],
    ['Distilled from Llama-4-Maverick into a 3B student.', '4'],
    ['Llama 4 Scout fine-tuned on medical QA.', '4'],
  ] as const) {
    const d = parseCard(`# LexTune\n\n${s}\n`).derivation;
    assert.equal(d?.version, v, s);
    assert.equal(d?.source, 'prose', s);
  }
});

test('card: an explicit non-Llama base_model wins over prose about Llama', () => {
  const t = fm('base_model: Qwen/Qwen2.5-7B-Instruct', '# LexQwen\n\nLexQwen was fine-tuned from Llama 3.1 8B.');
  assert.equal(parseCard(t).derivation, undefined);
  const merge = fm('base_model:\n- Qwen/Qwen2.5-7B-Instruct\n- meta-llama/Llama-3.1-8B', '# LexMerge');
  assert.equal(parseCard(merge).derivation?.source, 'metadata');
  // An empty or placeholder base_model says nothing, so the prose still counts.
  for (const base of ['base_model: ""', 'base_model: "{{ base_model }}"']) {
    assert.equal(parseCard(fm(base, '# LexTune\n\nLexTune was fine-tuned from Llama 3.1 8B.')).derivation?.source, 'prose', base);
  }
});

test('card: comparisons and baselines are not lineage', () => {
  for (const s of [
    'Unlike models fine-tuned from Llama 3.1, LexTune keeps its tokenizer.',
    'We compare with a baseline fine-tuned from Llama 4 Scout.',
    'It is faster than models distilled from Llama-4-Maverick.',
    'Compared to adapters trained on Llama 3.3 70B, ours is smaller.',
    'Unlike LexA, which was fine-tuned from Llama 3.1, LexB was trained from scratch.',
    'Our baselines: a LoRA adapter for Llama 3.2 3B and a quant of Llama 4 Scout.',
  ]) {
    assert.equal(parseCard(`# LexTune\n\n${s}\n`).derivation, undefined, s);
  }
  for (const s of [
    'LexTune, which scores higher than GPT-4o, was fine-tuned from Llama 3.1 8B.',
    'It outperforms Qwen 7B and was fine-tuned from Llama 3.1 8B.',
    'Compared with the original. LexTune was fine-tuned from Llama 3.1 8B.',
    'Better than Qwen.\n\n- Fine-tuned from Llama 3.1 8B',
    'Compared to GPT-4 we fine-tuned from Llama 3.1 8B on legal text.',
    'Unlike earlier releases we trained it on top of Llama 3.1 8B.',
  ]) {
    assert.equal(parseCard(`# LexTune\n\n${s}\n`).derivation?.version, '3.1', s);
  }
});

test('card: passing mentions of Llama do not make a derivative', () => {
  for (const s of [
    'We compare against Llama 4 Scout and Llama 3.3 70B.',
    '| Llama-4-Scout-17B-16E-Instruct | 69.8 |',
    'The same vLLM recipe serves Llama 4 Maverick.',
    'Trained on 8 GPUs, roughly the budget of a Llama 3 8B run.',
    'Built with LlamaIndex and served with Ollama (`ollama run llama3.1`).',
    'Fine-tuned from TinyLlama 1.1B; converted with llama.cpp.',
  ]) {
    assert.equal(parseCard(`# LexTune\n\n${s}\n`).derivation, undefined, s);
  }
  const code = '# LexTune\n\n```python\n# fine-tuned from Llama 4 Scout\n```\n';
  assert.equal(parseCard(code).derivation, undefined, 'code is not prose');
});

test('card: the name, in the spec order, with every place it is stated', () => {
  const t = fm('model_name: acme/LexTune-A\nmodel-index:\n- name: LexTune-B\n  results: []', '# LexTune-C\n\n<h1>LexTune-D</h1>\n\n```python\nAutoModel.from_pretrained("meta-llama/Llama-4-Scout-17B-16E")\nAutoModel.from_pretrained("acme/LexTune-E")\n```');
  const c = parseCard(t);
  assert.deepEqual(c.places.map((p) => [p.source, p.name, at(t, p)]), [
    ['model-index', 'LexTune-B', 'LexTune-B'],
    ['name-key', 'LexTune-A', 'LexTune-A'],
    ['heading', 'LexTune-C', 'LexTune-C'],
    ['html-h1', 'LexTune-D', 'LexTune-D'],
    ['usage', 'LexTune-E', 'LexTune-E'],
  ]);
  assert.equal(c.name?.name, 'LexTune-B');
});

test('card: usage ids skip the base model and Meta ids; setext and quoted titles work', () => {
  const t = fm('base_model: acme/LexBase', 'LexTune\n=======\n\n```python\nm = AutoModel.from_pretrained("acme/LexBase")\nm = PeftModel.from_pretrained(m, "acme/LexTune-LoRA")\n```');
  const c = parseCard(t);
  assert.deepEqual(c.places.map((p) => [p.source, p.name]), [['heading', 'LexTune'], ['usage', 'LexTune-LoRA']]);
  const q = parseCard(fm("model-index:\n- name: 'LexTune-Q'", '# x'));
  assert.equal(at(q.text, q.places[0]), 'LexTune-Q');
});

test('card: placeholders leave the name unresolved', () => {
  const c = parseCard(fm('base_model: meta-llama/Llama-4-Scout-17B-16E', '# Model Card for Model ID\n\n```python\nAutoModel.from_pretrained("{model_id}")\n```'));
  assert.equal(c.name, undefined);
  assert.equal(c.placeholder?.name, 'Model ID');
});

test("card: Meta's own cards are the licensor's", () => {
  assert.ok(parseCard(fm('base_model: meta-llama/Llama-4-Scout-17B-16E', '## Model Information\n\n**Model developer**: Meta\n')).licensor);
  assert.ok(parseCard('# Llama 3.1\n\n**Model developers** Meta\n\nfine-tuned from Llama 3.1').licensor);
  assert.ok(parseCard('| Model developer | Meta |\n').licensor);
  assert.ok(parseCard(fm('base_model: meta-llama/Llama-4-Scout-17B-16E', '# Llama Guard 4\n')).licensor);
  assert.ok(!parseCard(fm('base_model: meta-llama/Llama-4-Scout-17B-16E', '# LexTune\n\n**Developed by:** Acme, on Meta\'s Llama 4 Scout\n')).licensor);
  assert.ok(!parseCard(fm('model-index:\n- name: Llama-4-Scout-17B-16E-Instruct', '# Llama-4-Scout-LexTune')).licensor, 'a stale model-index name is not Meta');
});

test('card: quoted agreements and HTML comments are blanked, offsets kept', () => {
  const t = '# LexTune\n\n<!-- Built with Llama -->\n\n> LLAMA 4 COMMUNITY LICENSE AGREEMENT\n> prominently display "Built with Llama"\n\nfine-tuned from Llama 4 Scout\n';
  const c = parseCard(t);
  assert.equal(c.bodyText.length, t.length);
  assert.equal(c.displays.length, 0);
  assert.ok(c.embeddedAgreement);
  assert.equal(c.derivation?.version, '4');
});

test('card: no front matter, BOM and CRLF keep exact offsets', () => {
  const t = '\uFEFF---\r\nbase_model: meta-llama/Llama-4-Scout-17B-16E\r\nlicense: mit\r\n---\r\n\r\n# LexTune\r\n';
  const c = parseCard(t);
  assert.equal(c.eol, '\r\n');
  assert.equal(at(t, c.derivation!.evidence), 'meta-llama/Llama-4-Scout-17B-16E');
  assert.equal(at(t, c.name!), 'LexTune');
  const none = parseCard('# LexTune\n\nfine-tuned from Llama 3.1 8B');
  assert.equal(none.frontMatter, undefined);
  assert.equal(none.derivation?.source, 'prose');
});

test('card: broken YAML is reported and the prose still read', () => {
  const t = fm('license: llama4\nbase_model: [meta-llama/Llama-4-Scout-17B-16E\ntags: x', '# LexTune\n\nfine-tuned from Llama 4 Scout.');
  const c = parseCard(t);
  assert.ok(c.frontMatter?.error);
  assert.doesNotMatch(c.frontMatter!.error!.reason, /\n/);
  assert.equal(c.frontMatter!.pairs.size, 0);
  assert.equal(c.derivation?.source, 'prose');
  const list = parseCard(fm('- a\n- b', '# X'));
  assert.match(list.frontMatter!.error!.reason, /not a mapping/);
  const unclosed = parseCard('---\nlicense: llama4\n# LexTune\n');
  assert.equal(unclosed.frontMatter, undefined);
});

test('card: evidence that the model takes images', () => {
  assert.equal(parseCard(fm('pipeline_tag: image-text-to-text', '# X')).images?.reason, 'pipeline_tag is image-text-to-text');
  assert.equal(parseCard(fm('tags:\n- vision', '# X')).images?.reason, 'tagged vision');
  assert.ok(parseCard('# X\n\nIt accepts images and text.').images);
  assert.equal(parseCard(fm('pipeline_tag: text-generation', '# X\n\nA chat model.')).images, undefined);
});
