// Custom rules from .datasan/rules.json (or --rules FILE) in scan, redact and SARIF, like built-in rules.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { run, workspace } from './helpers';

const RULES = JSON.stringify({
  rules: [
    { id: 'employee-id', entity: 'EMPLOYEE_ID', pattern: '\\bEMP-\\d{6}\\b', contextWords: ['employee'], severity: 'error' },
    { id: 'slow', entity: 'SLOW', pattern: '(\\w+\\s?)*$' },
    { id: 'Bad Id', entity: 'X', pattern: 'x' },
  ],
});
const DATA = '{"text":"employee EMP-123456 wrote to ann.lee@mail.com"}\n{"text":"nothing here"}\n';

test('cli custom rules: .datasan/rules.json is read; broken rules are named on stderr and the others work', () => {
  const dir = workspace({ '.datasan/rules.json': RULES, 'data.jsonl': DATA });
  const r = run(['scan', '--format', 'json', '--no-names', 'data.jsonl'], dir);
  assert.equal(r.code, 1, r.err);
  const findings = JSON.parse(r.out).files[0].findings as { rule: string; entity: string; severity: string }[];
  assert.deepEqual(findings.map((f) => [f.rule, f.entity, f.severity]), [
    ['custom/employee-id', 'EMPLOYEE_ID', 'error'],
    ['pii/email', 'EMAIL_ADDRESS', 'warning'],
  ]);
  assert.match(r.err, /\.datasan\/rules\.json: custom rule 2 "slow" "pattern" could take too long to match/);
  assert.match(r.err, /custom rule 3 "Bad Id" "id" must be/);
  assert.ok(!r.err.includes('EMP-123456') && !r.out.includes('EMP-123456'));
});

test('cli custom rules: SARIF lists the rule with its description and docs page; redact writes its placeholder', () => {
  const dir = workspace({ 'team-rules.json': RULES, 'data.jsonl': DATA });
  const sarif = JSON.parse(run(['scan', '--format', 'sarif', '--no-names', '--rules', 'team-rules.json', 'data.jsonl'], dir).out);
  const rule = sarif.runs[0].tool.driver.rules.find((x: { id: string }) => x.id === 'custom/employee-id');
  assert.match(rule.helpUri, /docs\/rules\/custom\.md$/);
  assert.match(rule.shortDescription.text + rule.fullDescription?.text, /employee-id/);
  assert.equal(sarif.runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'custom/employee-id').level, 'error');
  const red = run(['redact', '--no-names', '--rules', 'team-rules.json', 'data.jsonl', '-o', 'out.jsonl'], dir);
  assert.equal(red.code, 0, red.err);
  const first = readFileSync(join(dir, 'out.jsonl'), 'utf8').split('\n')[0];
  assert.equal(JSON.parse(first).text, 'employee [EMPLOYEE_ID] wrote to [EMAIL_ADDRESS]');
});

test('cli custom rules: --entities takes a custom rule id or its entity, like a built-in rule', () => {
  const dir = workspace({ '.datasan/rules.json': RULES, 'data.jsonl': DATA });
  for (const filter of ['custom/employee-id', 'employee_id']) {
    const r = run(['scan', '--format', 'json', '--no-names', '--entities', filter, 'data.jsonl'], dir);
    assert.equal(r.code, 1, r.err);
    assert.doesNotMatch(r.err, /unknown rule id/);
    const findings = JSON.parse(r.out).files[0].findings as { rule: string }[];
    assert.deepEqual(findings.map((f) => f.rule), ['custom/employee-id'], filter);
  }
});

test('cli custom rules: a named rules file that cannot be read or parsed stops with exit 2 and says where', () => {
  const dir = workspace({ 'data.jsonl': DATA, 'broken.json': '{"rules": [ {"id": "a", ' });
  const missing = run(['scan', '--rules', 'nope.json', 'data.jsonl'], dir);
  assert.equal(missing.code, 2);
  assert.match(missing.err, /--rules nope\.json: cannot read \(ENOENT\)/);
  const broken = run(['scan', '--rules', 'broken.json', 'data.jsonl'], dir);
  assert.equal(broken.code, 2);
  assert.match(broken.err, /broken\.json is not valid JSON \(line 1, column \d+: /);
});
