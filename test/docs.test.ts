// Every rule a diagnostic can link to has its page in docs/rules/, and the docs say what the code does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allRules, ruleDocFile } from '../server/src/engine/rules';
import { DETECTOR_FAILED, INVALID_JSON } from '../server/src/engine/scan';
import { fragileDetector } from '../server/src/testing/detectors';
import { createScanner, scanText } from '../server/src/engine/index';
import { piiCodeActions } from '../server/src/features/code-actions';
import { toDiagnostic } from '../server/src/features/diagnostics';
import type { CodeAction } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { compileCustomRules, parseRulesFile } from '../server/src/engine/detectors/custom';

const root = join(__dirname, '..');
const rules = allRules().map((r) => r.id);

test('docs: every rule has a documentation page that names it', () => {
  const missing = rules.filter((r) => !existsSync(join(root, 'docs', 'rules', ruleDocFile(r))));
  assert.deepEqual(missing, []);
  for (const r of rules) assert.ok(readFileSync(join(root, 'docs', 'rules', ruleDocFile(r)), 'utf8').includes(r), `${ruleDocFile(r)} names ${r}`);
});

test('docs: the README names every rule a finding can carry (national identifiers as pii/national/*)', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const named = (id: string) => new RegExp(`(?<![\\w/-])${id.replace(/[/*-]/g, (c) => `\\${c}`)}(?![\\w/-])`).test(readme);
  assert.ok(named('pii/national/*'), 'the README names pii/national/*');
  const missing = allRules().filter((r) => r.group !== 'national' && r.group !== 'notice' && !named(r.id)).map((r) => r.id);
  assert.deepEqual(missing, []);
});

test('rules: ids are unique, and every group of rules is in the registry', () => {
  assert.equal(new Set(rules).size, rules.length);
  assert.ok(rules.includes(INVALID_JSON) && rules.includes(DETECTOR_FAILED));
  for (const group of ['pii', 'secret', 'national', 'names', 'license'] as const) assert.ok(allRules().some((r) => r.group === group), `a ${group} rule`);
});

// A page states its rule's default severity on one line near the top: "default severity `warning`" (a page may
// add when another applies, after a semicolon or in parentheses). National identifiers share national.md.
const STATED = /default severity `(error|warning|information|hint)`/;

function statedSeverity(rule: string): string | undefined {
  const head = readFileSync(join(root, 'docs', 'rules', ruleDocFile(rule)), 'utf8').split('\n').slice(0, 8).join('\n');
  return STATED.exec(head)?.[1];
}

test('docs: each rule page states the default severity the engine gives the rule', () => {
  const scanner = createScanner();
  const real = new Map<string, string>();
  for (const r of allRules()) if (r.group !== 'notice') real.set(r.id, r.detector ? (scanner.severityOf(r.detector, r.entity!) as string) : r.defaultSeverity);
  const notice = scanText('{"ok": 1}\n{"broken\n', 'jsonl').notices.find((n) => n.rule === INVALID_JSON);
  assert.ok(notice, 'an invalid JSONL line gets a notice');
  real.set(INVALID_JSON, notice.severity);
  const failed = createScanner(undefined, { detectors: [fragileDetector('token_ids')] }).scan('token_ids 1 2 3', 'text').notices.find((n) => n.rule === DETECTOR_FAILED);
  assert.ok(failed, 'a record a detector fails on gets a notice');
  real.set(DETECTOR_FAILED, failed.severity);
  for (const r of allRules()) assert.equal(r.defaultSeverity, r.detector ? r.detector.defaultSeverity : real.get(r.id), `the registry's default severity of ${r.id}`);
  assert.deepEqual([...real.keys()].sort(), [...rules].sort());
  const wrong = new Set([...real].filter(([rule, severity]) => statedSeverity(rule) !== severity).map(([rule, severity]) => `${ruleDocFile(rule)} states ${statedSeverity(rule) ?? 'no default severity'}; the engine gives ${rule} ${severity}`.replace(/pii\/national\/\S+/, 'pii/national/*')));
  assert.deepEqual([...wrong], []);
});

/** The quick fixes the README lists, in its order: the italic titles of its "Quick fixes" bullet. */
function readmeQuickFixes(): string[] {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const bullet = /^- \*\*Quick fixes\*\*[^]*?(?=^- \*\*|^$)/m.exec(readme)?.[0];
  assert.ok(bullet, 'README has a "Quick fixes" bullet');
  return [...bullet.matchAll(/(?<!\*)\*([^*]+)\*(?!\*)/g)].map((m) => m[1].replace(/\s+/g, ' '));
}

test('docs: the README lists the quick fixes in the order the server offers them, which is the order VS Code shows', () => {
  const text = '{"a": "mail ann.lee@mail.com"}\n{"b": "or bo.berg@mail.com"}\n';
  const doc = TextDocument.create('file:///w/a.jsonl', 'jsonl', 1, text);
  const { findings } = scanText(text, 'jsonl');
  const email = findings.find((f) => f.rule === 'pii/email')!;
  const diagnostic = toDiagnostic({ ...email, range: { start: doc.positionAt(email.start), end: doc.positionAt(email.end) } });
  const actions = piiCodeActions(doc, findings, { textDocument: { uri: doc.uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } }, 'placeholder');
  assert.deepEqual(readmeQuickFixes(), actions.map((a) => a.title));
  // VS Code sorts the light bulb's list: actions that fix a diagnostic before those that do not, and among
  // those the preferred one first. The server's order must already be sorted so, or VS Code shows another.
  const rank = (a: CodeAction) => (a.diagnostics?.length ? (a.isPreferred ? 0 : 1) : 2);
  const ranks = actions.map(rank);
  assert.deepEqual(ranks, [...ranks].sort((x, y) => x - y), 'the order VS Code shows differs from the order the server sends');
});

test('docs: the README\'s sample output is what `npm run demo` prints', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const block = /^```\n\$ npm run demo\n([^]*?)^```$/m.exec(readme)?.[1];
  assert.ok(block, 'README has a code block that starts with "$ npm run demo"');
  // What `npm run demo` runs after its build: the CLI scan of samples/, as a user's terminal shows it without colours.
  const demo = spawnSync(process.execPath, ['scripts/demo.mjs'], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  assert.equal(demo.status, 0, demo.stderr);
  const printed = demo.stdout.replace(/\u001b\[[\d;]*m/g, '');
  assert.equal(block, printed, 'the README\'s sample output is out of date: put what `npm run demo` prints in its first code block');
});

test('docs: custom rules link to their page, which shows a rules file the engine accepts', () => {
  assert.equal(ruleDocFile('custom/employee-id'), 'custom.md');
  const page = readFileSync(join(root, 'docs', 'rules', 'custom.md'), 'utf8');
  const example = /```json\n([^]*?)```/.exec(page)![1];
  const compiled = compileCustomRules(parseRulesFile(example));
  assert.deepEqual(compiled.problems, []);
  assert.deepEqual(compiled.detectors.map((d) => d.id), ['custom/employee-id', 'custom/ticket-email']);
});
