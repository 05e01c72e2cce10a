import { test } from 'node:test';
import assert from 'node:assert/strict';
import { licenseHover } from './index';
import { settingsWith } from '../../testing/license';
import { ruleDocUrl } from '../rule-docs';

const CARD = `---
license: mit
base_model:
- meta-llama/Llama-4-Maverick-17B-128E-Instruct
- meta-llama/Llama-4-Behemoth-288B
- unsloth/Meta-Llama-3.1-8B-bnb-4bit
- mistralai/Mistral-7B-v0.1
---

# LexTune

Some prose.
`;

test('hover: a base_model id shows the model facts and the obligations', () => {
  const h = licenseHover(CARD, CARD.indexOf('Maverick-17B') + 2)!;
  assert.match(h, /17B active \/ 400B total/);
  assert.match(h, /Experts: 128/);
  assert.match(h, /Context length: 1M tokens/);
  assert.match(h, /text and image in, text out/);
  assert.match(h, /April 5, 2025/);
  assert.match(h, /begins with "Llama"/);
  assert.match(h, /Built with Llama/);
  assert.match(h, /NOTICE/);
  assert.match(h, /EU/);
  assert.match(h, /700 million/);
});

test('hover: Behemoth is suspicious, other lineages get their own obligations, non-Llama gets nothing', () => {
  assert.match(licenseHover(CARD, CARD.indexOf('Behemoth'))!, /never released/);
  const h = licenseHover(CARD, CARD.indexOf('unsloth') + 1)!;
  assert.match(h, /Llama 3\.1 model/);
  assert.match(h, /Llama 3\.1 Community License/);
  assert.doesNotMatch(h, /EU/);
  assert.equal(licenseHover(CARD, CARD.indexOf('mistralai') + 1), undefined);
});

test('hover: a third-party id shows the facts of the official model it names, as a derivative of it', () => {
  const card = (id: string) => `---\nbase_model: ${id}\n---\n# X\n`;
  const at = (id: string) => licenseHover(card(id), card(id).indexOf(id) + 3)!;
  const gguf = at('unsloth/Llama-4-Scout-17B-16E-Instruct-GGUF');
  assert.match(gguf, /^\*\*unsloth\/Llama-4-Scout-17B-16E-Instruct-GGUF\*\* — a derivative of \*\*meta-llama\/Llama-4-Scout-17B-16E-Instruct\*\* \(Llama 4 Scout, instruction-tuned\)/);
  assert.match(gguf, /17B active \/ 109B total/);
  assert.match(gguf, /Experts: 16/);
  assert.match(gguf, /Context length: 10M tokens/);
  assert.match(gguf, /Released: April 5, 2025/);
  assert.match(gguf, /Llama 4 Community License/);
  // The longest official id wins; a pretrained quant is not the instruct model.
  assert.match(at('mlx-community/Llama-4-Maverick-17B-128E-Instruct-4bit'), /derivative of \*\*meta-llama\/Llama-4-Maverick-17B-128E-Instruct\*\*.*\n[\s\S]*400B total/);
  assert.match(at('acme/Llama-4-Scout-17B-16E-AWQ'), /derivative of \*\*meta-llama\/Llama-4-Scout-17B-16E\*\* \(Llama 4 Scout, pretrained\)/);
  assert.match(at('acme/Llama-Guard-4-12B-GGUF'), /derivative of \*\*meta-llama\/Llama-Guard-4-12B\*\*[\s\S]*12B \(dense\)/);
  // Only the family named: its facts.
  const family = at('acme/Llama-4-Scout-Legal');
  assert.match(family, /a derivative of Llama 4 Scout, read from its id/);
  assert.match(family, /109B total/);
  // An official id is Meta's model, not a derivative.
  const official = at('meta-llama/Llama-4-Scout-17B-16E-Instruct');
  assert.match(official, /^\*\*Llama-4-Scout-17B-16E-Instruct\*\* — Llama 4 Scout, instruction-tuned/);
  assert.doesNotMatch(official, /derivative/);
  // A Llama 3 id carries no Llama 4 facts.
  assert.doesNotMatch(at('unsloth/Meta-Llama-3.1-8B-Instruct'), /109B|400B|derivative of \*\*/);
});

test('hover: on a finding, the clause it comes from', () => {
  const h = licenseHover(CARD, CARD.indexOf('mit') + 1)!;
  assert.match(h, /llama\/license-id/);
  assert.match(h, /Llama 4 Community License §1\.b/);
  const link = /\[Rule documentation\]\(([^)]+)\)/.exec(h)?.[1];
  assert.equal(link, ruleDocUrl('llama/license-id'));
  assert.match(link!, /^https:\/\/[^\s]+\/docs\/rules\/llama-license-id\.md$/);
  const title = licenseHover(CARD, CARD.indexOf('LexTune') + 1)!;
  for (const rule of ['name-prefix', 'built-with', 'license-link', 'notice']) assert.match(title, new RegExp(`llama/${rule}`));
  assert.match(title, /§1\.b\.i\b/);
});

test('hover: nothing elsewhere, nothing for non-Llama text', () => {
  assert.equal(licenseHover(CARD, CARD.indexOf('Some prose')), undefined);
  assert.equal(licenseHover('# Notes\n', 3), undefined);
});

test('hover: a switched-off rule shows no clause', () => {
  const at = CARD.indexOf('mit') + 1;
  assert.equal(licenseHover(CARD, at, settingsWith({ 'llama/license-id': 'off' })), undefined);
  assert.equal(licenseHover(CARD, at, settingsWith({}, false)), undefined);
  assert.match(licenseHover(CARD, CARD.indexOf('Maverick-17B'), settingsWith({}, false))!, /400B total/);
});
