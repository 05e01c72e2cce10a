import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkCustomRule, compileCustomRules, customDetector, MAX_MATCH, MAX_PIECE, parseRulesFile, type CustomRuleSpec } from './custom';
import { scanText } from '../index';
import { resolveSettings } from '../settings';
import { applyEdits, redactionEdits } from '../redact';

const EMPLOYEE: CustomRuleSpec = { id: 'employee-id', entity: 'EMPLOYEE_ID', pattern: String.raw`\bEMP-\d{6}\b` };

test('custom rules: a rule as written is checked, each problem named', () => {
  assert.deepEqual(checkCustomRule(EMPLOYEE), { ...EMPLOYEE, flags: '' });
  const problem = (r: object) => checkCustomRule({ ...EMPLOYEE, ...r }) as string;
  assert.match(problem({ id: 'Employee ID' }), /"id" must be/);
  assert.match(problem({ entity: 'employee' }), /"entity" must be/);
  assert.match(problem({ pattern: '(' }), /not a valid regular expression/);
  assert.match(problem({ pattern: 'a*' }), /matches the empty string/);
  assert.match(problem({ flags: 'g' }), /"flags" may hold only/);
  assert.match(problem({ flags: 'ii' }), /each once/);
  assert.match(problem({ confidence: 2 }), /"confidence"/);
  assert.match(problem({ severity: 'fatal' }), /"severity" must be one of/);
  assert.match(problem({ contextWords: 'employee' }), /"contextWords"/);
  assert.match(problem({ keys: [1] }), /"keys"/);
  assert.equal(checkCustomRule('EMP-\\d+'), 'is not an object');
});

test('custom rules: catastrophic patterns are rejected, the other rules keep working', () => {
  const { detectors, problems } = compileCustomRules([{ id: 'slow', entity: 'X', pattern: '(a+)+$' }, EMPLOYEE, { ...EMPLOYEE }], '.datasan/rules.json');
  assert.deepEqual(detectors.map((d) => d.id), ['custom/employee-id']);
  assert.equal(problems.length, 2);
  assert.match(problems[0], /^\.datasan\/rules\.json: custom rule 1 "slow" "pattern" could take too long to match/);
  assert.match(problems[1], /custom rule 3 "employee-id" has the same id as an earlier rule/);
});

test('custom rules: findings carry the rule, entity and label; context words, keys and severity apply', () => {
  const settings = resolveSettings({
    customRules: [
      { ...EMPLOYEE, contextWords: ['employee'], confidence: 0.3, severity: 'error' },
      { id: 'badge', entity: 'BADGE_NUMBER', pattern: String.raw`\b\d{5}\b`, keys: ['badge'] },
    ],
    names: { enable: false },
  });
  const text = ['{"note":"employee EMP-123456 joined","other":"EMP-654321"}', '{"badge":"12345","id":"54321"}'].join('\n');
  const r = scanText(text, 'jsonl', settings);
  const mine = r.findings.filter((f) => f.rule.startsWith('custom/'));
  assert.deepEqual(
    mine.map((f) => [f.rule, f.entity, f.message, f.severity, text.slice(f.start, f.end)]),
    [
      ['custom/employee-id', 'EMPLOYEE_ID', 'Employee id', 'error', 'EMP-123456'],
      ['custom/badge', 'BADGE_NUMBER', 'Badge number', 'warning', '12345'],
    ],
  );
  // Below the threshold without its context word; settings turn a rule off by id.
  assert.ok(!mine.some((f) => text.slice(f.start, f.end) === 'EMP-654321'));
  const off = scanText(text, 'jsonl', { ...settings, severity: { 'custom/badge': 'off' } });
  assert.ok(!off.findings.some((f) => f.rule === 'custom/badge'));
});

test('custom rules: redaction writes the entity placeholder and keeps the JSON valid', () => {
  const settings = resolveSettings({ customRules: [EMPLOYEE], names: { enable: false } });
  const line = '{"text":"ask EMP-123456 or EMP-777777"}';
  const { findings } = scanText(line, 'jsonl', settings);
  const out = applyEdits(line, redactionEdits(line, findings, findings, 'placeholder', 'jsonl'));
  assert.equal(out, '{"text":"ask [EMPLOYEE_ID] or [EMPLOYEE_ID]"}');
  JSON.parse(out);
});

test('custom rules: a long value is read in overlapping pieces, each match found once', () => {
  const d = customDetector({ ...EMPLOYEE, pattern: String.raw`EMP-\d{6}` });
  const filler = 'x'.repeat(MAX_PIECE - MAX_MATCH - 4);
  // One match straddles the first piece's own part and its overlap; one lies wholly in the overlap.
  const text = `${filler}EMP-123456 ${'y'.repeat(100)}EMP-222222 ${'z'.repeat(3 * MAX_PIECE)}EMP-333333`;
  const found = [...d.detect(text, {})].map((c) => text.slice(c.start, c.end));
  assert.deepEqual(found, ['EMP-123456', 'EMP-222222', 'EMP-333333']);
});

test('custom rules: the rules file holds { rules } or a list; other shapes are named', () => {
  assert.deepEqual(parseRulesFile('{"rules":[{"id":"a"}]}'), [{ id: 'a' }]);
  assert.deepEqual(parseRulesFile('\uFEFF[{"id":"a"}]'), [{ id: 'a' }]);
  assert.throws(() => parseRulesFile('{"rule":[]}'), /must hold \{ "rules"/);
  assert.throws(() => parseRulesFile('{"rules": [EMP-123456'), (e: Error) => /^is not valid JSON \(line 1, column 12: /.test(e.message) && !e.message.includes('EMP'));
});
