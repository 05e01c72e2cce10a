// The license settings as a user writes them (resolveSettings on raw input), honoured by the checks end to end.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveSettings } from '../settings';
import { modelCardFindings } from '../model-card';
import { checkModelCard, licenseHover } from './index';

const CARD = `---
license: apache-2.0
base_model: meta-llama/Llama-4-Scout-17B-16E-Instruct
---

# LexTune-17B
`;

const rules = (fs: { rule: string; severity: string }[]) => Object.fromEntries(fs.map((f) => [f.rule, f.severity]));

test('license settings: enable false switches every rule off, whatever the severities say', async () => {
  const settings = resolveSettings({ license: { enable: false, severity: { 'llama/name-prefix': 'error', 'llama/notice': 'warning' } } });
  assert.equal(settings.license.enable, false);
  assert.deepEqual(checkModelCard(CARD, { settings }), []);
  assert.deepEqual(await modelCardFindings(CARD, undefined, settings), []);
  assert.equal(licenseHover(CARD, CARD.indexOf('apache') + 1, settings), undefined);
  // Switched on again, the same card has findings: the test above is not vacuous.
  assert.ok(checkModelCard(CARD, { settings: resolveSettings({ license: { enable: true } }) }).length >= 4);
});

test('license settings: per-rule severities and "off", bad values dropped', async () => {
  const settings = resolveSettings({
    license: { severity: { 'llama/name-prefix': 'hint', 'llama/notice': 'off', 'llama/built-with': 'loud', 'llama/license-link': 3 } },
  });
  const dir = mkdtempSync(join(tmpdir(), 'datasan-license-settings-'));
  writeFileSync(join(dir, 'README.md'), CARD);
  const found = rules(await modelCardFindings(CARD, join(dir, 'README.md'), settings));
  assert.deepEqual(found, {
    'llama/name-prefix': 'hint',
    'llama/license-id': 'error',
    // Invalid severities leave the defaults.
    'llama/built-with': 'warning',
    'llama/license-link': 'warning',
  });
  assert.equal(licenseHover(CARD, CARD.indexOf('apache') + 1, settings)?.includes('llama/license-id'), true);
  const off = resolveSettings({ license: { severity: { 'llama/license-id': 'off' } } });
  assert.equal(licenseHover(CARD, CARD.indexOf('apache') + 1, off), undefined);
});

test('license settings: the general severity map applies to llama rules, the license map wins over it', () => {
  const general = resolveSettings({ severity: { 'llama/built-with': 'error', 'llama/notice': 'off' } });
  const a = rules(checkModelCard(CARD, { settings: general }));
  assert.equal(a['llama/built-with'], 'error');
  assert.equal(a['llama/notice'], undefined);
  const both = resolveSettings({ severity: { 'llama/built-with': 'error' }, license: { severity: { 'llama/built-with': 'information' } } });
  assert.equal(rules(checkModelCard(CARD, { settings: both }))['llama/built-with'], 'information');
});
