import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkModelCard, LICENSE_RULES, licenseRule, ruleDocPath } from './index';
import { keys, settingsWith } from '../../testing/license';
import { DEFAULT_SETTINGS } from '../settings';

const CARD = `---
license: apache-2.0
base_model: meta-llama/Llama-4-Scout-17B-16E-Instruct
---

# LexTune
`;

test('check: the registry is data, one rule per id, each documented', () => {
  const ids = LICENSE_RULES.map((r) => r.id);
  assert.equal(new Set(ids).size, ids.length);
  for (const r of LICENSE_RULES) {
    assert.match(r.id, /^llama\/[a-z-]+$/);
    assert.ok(r.description && r.asks && r.clause && r.tags.length > 0, r.id);
    assert.equal(licenseRule(r.id), r);
    assert.equal(ruleDocPath(r.id), `docs/rules/${r.id.replace('/', '-')}.md`);
    const doc = join(__dirname, '..', '..', '..', '..', ruleDocPath(r.id));
    assert.ok(existsSync(doc), `${doc} is missing`);
    assert.ok(readFileSync(doc, 'utf8').startsWith(`# \`${r.id}\``), `${doc} does not start with its rule id`);
  }
});

test('check: findings are license findings on the exact text', () => {
  const found = checkModelCard(CARD, { settings: DEFAULT_SETTINGS });
  assert.deepEqual(keys(CARD, found), ['llama/built-with@6', 'llama/license-id@2', 'llama/license-link@6', 'llama/name-prefix@6', 'llama/notice@6']);
  const id = found.find((f) => f.rule === 'llama/license-id')!;
  assert.equal(CARD.slice(id.start, id.end), 'apache-2.0');
  assert.equal(id.severity, 'error');
  assert.equal(id.confidence, 1);
  assert.match(id.message, /Llama 4 Community License/);
  assert.ok(id.reasons.some((r) => /base_model/.test(r)));
});

test('check: switched off, per rule or whole', () => {
  assert.deepEqual(checkModelCard(CARD, { settings: settingsWith({}, false) }), []);
  const off = checkModelCard(CARD, { settings: settingsWith({ 'llama/name-prefix': 'off', 'llama/notice': 'error' }) });
  assert.ok(!off.some((f) => f.rule === 'llama/name-prefix'));
  assert.equal(off.find((f) => f.rule === 'llama/notice')?.severity, 'error');
  const global = structuredClone(DEFAULT_SETTINGS);
  global.severity['llama/built-with'] = 'off';
  assert.ok(!checkModelCard(CARD, { settings: global }).some((f) => f.rule === 'llama/built-with'));
});

test('check: a lineage read from prose gives warnings, never errors, with lower confidence', () => {
  const text = '---\nlicense: mit\n---\n\n# LexTune\n\nLexTune was fine-tuned from Llama 3.1 8B.\n';
  const found = checkModelCard(text, { settings: DEFAULT_SETTINGS });
  assert.ok(found.length > 0);
  for (const f of found) {
    assert.notEqual(f.severity, 'error', f.rule);
    assert.equal(f.confidence, 0.8);
  }
});

test('check: not a Llama card, or no Markdown card at all: nothing', () => {
  assert.deepEqual(checkModelCard('', { settings: DEFAULT_SETTINGS }), []);
  assert.deepEqual(checkModelCard('# Notes\n\nNothing about models.', { settings: DEFAULT_SETTINGS }), []);
  assert.deepEqual(checkModelCard('{"text": "llama 4 is great"}\n', { settings: DEFAULT_SETTINGS }), []);
  assert.deepEqual(checkModelCard('---\n---\n', { settings: DEFAULT_SETTINGS }), []);
});

test('check: the notice rule knows whether the folder has a NOTICE file', () => {
  const text = CARD.replace('apache-2.0', 'llama4');
  const sev = (noticeFileExists?: boolean) => checkModelCard(text, { settings: DEFAULT_SETTINGS, noticeFileExists }).find((f) => f.rule === 'llama/notice')?.severity;
  assert.equal(sev(undefined), 'information');
  assert.equal(sev(true), 'information');
  assert.equal(sev(false), 'warning');
});

test('check: a 5 MB card is checked whole without crashing', () => {
  const para = 'We compare LexTune with Llama 4 Maverick on [LegalBench](https://example.org/bench) and `tables`.\n\n| model | score |\n|---|---|\n| Llama-3.3-70B | 1 |\n\n```python\nx = 1\n```\n\n> a quote\n\n';
  let body = '';
  while (body.length < 5 * 1024 * 1024) body += para;
  const text = `---\nbase_model: meta-llama/Llama-4-Scout-17B-16E\nlicense: llama4\n---\n\n# LexTune\n\n${body}\nBuilt with Llama\n`;
  assert.ok(text.length > 5_000_000);
  const found = checkModelCard(text, { settings: DEFAULT_SETTINGS });
  // The display sits far beyond the parsed structure and is still found as text.
  assert.deepEqual(keys(text, found), ['llama/license-link@6', 'llama/name-prefix@6', 'llama/notice@6']);
  const crlf = text.replace(/\n/g, '\r\n');
  assert.deepEqual(keys(crlf, checkModelCard(crlf, { settings: DEFAULT_SETTINGS })), keys(text, found));
  const plain = body.replace(/llama/gi, 'model');
  assert.deepEqual(checkModelCard(plain, { settings: DEFAULT_SETTINGS }), []);
});

test('check: hostile input does not throw', () => {
  const inputs = [
    '---\n: : :\n---\nllama',
    '---\nbase_model: meta-llama/Llama-4-Scout-17B-16E\n---\n' + '['.repeat(20000) + ' llama',
    '---\nbase_model: [' + '"meta-llama/Llama-3.1-8B", '.repeat(2000) + ']\n---\n# X',
    '---\nbase_model: !!binary aGVsbG8=\nmodel-index: 7\nlicense: [1, {a: b}]\n---\n# X fine-tuned from Llama 4',
    '<h1>' + 'llama '.repeat(10000),
    '\uFEFF\r\n---\r\nllama',
    '# \u0000\uFFFF llama 3.1 \uD800',
  ];
  for (const t of inputs) assert.doesNotThrow(() => checkModelCard(t, { settings: DEFAULT_SETTINGS }));
});
