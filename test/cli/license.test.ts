// `datasan scan` on Llama model cards, as CI gating a model release runs it (the built CLI, dist/).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkModelCard } from '../../server/src/engine/license/index';
import { DEFAULT_SETTINGS } from '../../server/src/engine/settings';
import { run, workspace } from './helpers';

// A Llama 4 Scout fine-tune whose name does not begin with "Llama", without a notice.
const CARD = `---
license: llama4
license_link: https://www.llama.com/llama4/license/
base_model: meta-llama/Llama-4-Scout-17B-16E-Instruct
---

# LexTune-17B

Built with Llama
`;

interface JsonFinding {
  rule: string;
  entity: string | null;
  severity: string;
  confidence: number;
  offset: number;
  length: number;
  message: string;
}

function scanJson(dir: string, path: string) {
  const r = run(['scan', '--format', 'json', path], dir);
  const doc = JSON.parse(r.out) as { files: { path: string; findings: JsonFinding[] }[] };
  return { code: r.code, err: r.err, findings: doc.files[0].findings };
}

const licenseOnly = (fs: JsonFinding[]) => fs.filter((f) => f.rule.startsWith('llama/'));
const asEngine = (fs: JsonFinding[]) => fs.map((f) => [f.rule, f.offset, f.length, f.severity, f.confidence, f.message]);

test('cli license: a derivative card reports llama/name-prefix with entity null and exits 1, as the engine finds', () => {
  const dir = workspace({ 'model/README.md': CARD });
  const r = scanJson(dir, 'model/README.md');
  assert.equal(r.code, 1, r.err);
  const name = r.findings.find((f) => f.rule === 'llama/name-prefix');
  assert.ok(name, JSON.stringify(r.findings.map((f) => f.rule)));
  assert.equal(name.entity, null);
  assert.equal(name.severity, 'error');
  assert.equal(CARD.slice(name.offset, name.offset + name.length), 'LexTune-17B');
  for (const f of licenseOnly(r.findings)) assert.equal(f.entity, null, f.rule);
  // The CLI runs the same checks, knowing the folder has no NOTICE file.
  const engine = checkModelCard(CARD, { settings: DEFAULT_SETTINGS, noticeFileExists: false });
  assert.deepEqual(asEngine(licenseOnly(r.findings)), engine.map((f) => [f.rule, f.start, f.end - f.start, f.severity, f.confidence, f.message]));
});

test('cli license: a compliant card passes with exit 0', () => {
  const compliant = CARD.replace('LexTune-17B', 'Llama-4-Scout-LexTune-17B') + '\nLlama 4 is licensed under the Llama 4 Community License, Copyright © Meta Platforms, Inc. All Rights Reserved.\n';
  const dir = workspace({ 'README.md': compliant });
  const r = scanJson(dir, 'README.md');
  assert.deepEqual(r.findings, []);
  assert.equal(r.code, 0, r.err);
});

test('cli license: SARIF lists the license rules with a helpUri to their page', () => {
  const dir = workspace({ 'README.md': CARD });
  const r = run(['scan', '--format', 'sarif', 'README.md'], dir);
  assert.equal(r.code, 1, r.err);
  const driver = JSON.parse(r.out).runs[0].tool.driver as { rules: { id: string; helpUri: string }[] };
  const rule = driver.rules.find((x) => x.id === 'llama/name-prefix');
  assert.ok(rule, 'llama/name-prefix is not among the SARIF rules');
  assert.match(rule.helpUri, /^https:\/\/\S+\/docs\/rules\/llama-name-prefix\.md$/);
  const results = JSON.parse(r.out).runs[0].results as { ruleId: string; level: string }[];
  assert.equal(results.find((x) => x.ruleId === 'llama/name-prefix')?.level, 'error');
});

test('cli license: a NOTICE file beside the card changes the notice finding as the engine says', () => {
  const without = workspace({ 'README.md': CARD });
  const noFile = scanJson(without, 'README.md').findings.find((f) => f.rule === 'llama/notice');
  const engineNoFile = checkModelCard(CARD, { settings: DEFAULT_SETTINGS, noticeFileExists: false }).find((f) => f.rule === 'llama/notice')!;
  assert.equal(noFile?.severity, engineNoFile.severity);
  assert.equal(noFile?.message, engineNoFile.message);
  assert.equal(noFile?.severity, 'warning');

  const withFile = workspace({ 'README.md': CARD, NOTICE: 'Llama 4 is licensed under the Llama 4 Community License, Copyright © Meta Platforms, Inc. All Rights Reserved.\n' });
  const present = scanJson(withFile, 'README.md').findings.find((f) => f.rule === 'llama/notice');
  const engineFile = checkModelCard(CARD, { settings: DEFAULT_SETTINGS, noticeFileExists: true }).find((f) => f.rule === 'llama/notice')!;
  assert.equal(present?.severity, engineFile.severity);
  assert.equal(present?.message, engineFile.message);
  assert.equal(present?.severity, 'information');

  // A card that refers to its NOTICE file: clean when the file is there, a warning on the reference when it is not.
  const refers = CARD.replace('LexTune-17B', 'Llama-4-Scout-LexTune-17B') + '\nSee the [NOTICE](NOTICE) file.\n';
  assert.deepEqual(scanJson(workspace({ 'README.md': refers, NOTICE: 'x\n' }), 'README.md').findings, []);
  const missing = scanJson(workspace({ 'README.md': refers }), 'README.md').findings;
  assert.deepEqual(missing.map((f) => [f.rule, f.severity]), [['llama/notice', 'warning']]);
  assert.match(refers.slice(missing[0].offset, missing[0].offset + missing[0].length), /NOTICE/, 'the finding sits on the reference to the file');
});
