// The manifest's settings and the engine's typed settings are written once each; they must agree.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_SETTINGS, resolveSettings } from '../server/src/engine/settings';
import { checkCustomRule } from '../server/src/engine/detectors/custom';
import Ajv from 'ajv';

const manifest = JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8'));
const properties: Record<string, { default: unknown }> = manifest.contributes.configuration.properties;

function flatten(o: Record<string, unknown>, prefix = 'datasan.'): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) {
    const isGroup = v && typeof v === 'object' && !Array.isArray(v) && !['severity'].includes(k);
    if (isGroup) Object.assign(out, flatten(v as Record<string, unknown>, `${prefix}${k}.`));
    else out[`${prefix}${k}`] = v;
  }
  return out;
}

test('settings: every default in package.json equals the engine default, and none is missing', () => {
  const engine = flatten(DEFAULT_SETTINGS as unknown as Record<string, unknown>);
  assert.deepEqual(Object.keys(properties).sort(), Object.keys(engine).sort());
  for (const [k, v] of Object.entries(engine)) assert.deepEqual(properties[k].default, v, k);
});

test('settings: untrusted input is merged over the defaults, wrong types dropped', () => {
  const s = resolveSettings({ minConfidence: 7, maxProblems: 10, languages: ['jsonl', 3], severity: { URL: 'off', X: 'loud' }, redaction: { style: 'mask' } });
  assert.equal(s.minConfidence, DEFAULT_SETTINGS.minConfidence);
  assert.equal(s.maxProblems, 10);
  assert.deepEqual(s.languages, ['jsonl']);
  assert.deepEqual(s.severity, { URL: 'off' });
  assert.equal(s.redaction.style, 'mask');
  assert.deepEqual(resolveSettings(null), DEFAULT_SETTINGS);
});

test('settings: in Restricted Mode, only settings that add detection may come from the untrusted folder', async () => {
  const trust = manifest.capabilities.untrustedWorkspaces;
  assert.equal(trust.supported, 'limited');
  const restricted: string[] = trust.restrictedConfigurations;
  for (const k of restricted) assert.ok(k in properties, `${k} is not a setting`);
  // Each of the others must be unable to hide a finding: they only turn more detection on.
  const open = Object.keys(properties).filter((k) => !restricted.includes(k));
  assert.deepEqual(open.sort(), ['datasan.enableEntities', 'datasan.names.extraNames']);
  const { scanText } = await import('../server/src/engine/index');
  const text = 'Ann Lee (ann.lee@mail.com, +1 415 555 0123) works at Acme Corp in Paris; SSN 123-45-6789.';
  const found = (s: Record<string, unknown>) => new Set(scanText(text, 'text', resolveSettings(s)).findings.map((f) => `${f.rule}@${f.start}`));
  const base = found({});
  for (const s of [{ enableEntities: [] }, { enableEntities: ['ORGANIZATION', 'US_SSN'] }, { names: { extraNames: ['Acme'] } }, { names: { extraNames: [] } }])
    for (const f of base) assert.ok(found(s).has(f), `${JSON.stringify(s)} hid ${f}`);
});

test('settings: datasan.customRules items and .datasan/rules.json share one schema, which agrees with the engine', () => {
  const schema = JSON.parse(readFileSync(join(__dirname, '..', 'schemas', 'custom-rule.schema.json'), 'utf8'));
  const { $schema, $id, title, ...item } = schema;
  assert.ok($schema && $id && title);
  assert.deepEqual((properties['datasan.customRules'] as unknown as { items: unknown }).items, item);
  assert.ok(manifest.contributes.jsonValidation.some((v: { fileMatch: string; url: string }) => v.fileMatch === '**/.datasan/rules.json' && v.url === './schemas/rules.schema.json'));
  const validate = new Ajv({ strict: false }).compile(schema);
  const good = { id: 'employee-id', entity: 'EMPLOYEE_ID', pattern: 'EMP-\\d{6}', flags: 'i', contextWords: ['employee'], confidence: 0.4, severity: 'error', keys: ['staff'] };
  const bad = [{ ...good, id: 'Employee' }, { ...good, entity: 'employee' }, { ...good, flags: 'g' }, { ...good, confidence: 1.5 }, { ...good, severity: 'fatal' }, { ...good, extra: 1 }, { id: 'a', entity: 'A' }];
  assert.equal(validate(good), true);
  assert.equal(typeof checkCustomRule(good), 'object');
  for (const b of bad) {
    assert.equal(validate(b), false, JSON.stringify(b));
    if (!('extra' in b)) assert.equal(typeof checkCustomRule(b), 'string', JSON.stringify(b));
  }
});
