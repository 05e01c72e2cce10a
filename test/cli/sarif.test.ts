// `datasan scan --format sarif`: valid SARIF 2.1.0 (the OASIS schema, vendored), what GitHub code
// scanning needs, and no detected value anywhere. `--file-list -` reads paths from stdin.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { Writable } from 'node:stream';
import { SarifWriter } from '../../server/src/cli/sarif';
import { Output } from '../../server/src/cli/output';
import type { Located } from '../../server/src/engine/stream';
import { run, workspace } from './helpers';
import { allRules } from '../../server/src/engine/rules';

// sarif-2.1.0-rtm.5 from @microsoft/jest-sarif (MIT), a draft-04 schema. Its "language" pattern is not
// a valid unicode regular expression, hence unicodeRegExp: false.
const schema = JSON.parse(readFileSync(join(__dirname, 'sarif-schema-2.1.0.json'), 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(schema);

const VALUES = ['ann.lee@mail.com', 'bob@mail.org', 'AKIAIOSFODNN7EXAMPL3', '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'];
const FILES = {
  'data/train.jsonl': '{"q":"mail ann.lee@mail.com"}\r\n{"a":"café bob@mail.org and bob@mail.org"}\n',
  'data/my notes #1.txt': 'write to bob@mail.org\n',
  'clean.md': '# Nothing\n',
};

interface Result {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string; index: number }; region: Record<string, number> } }[];
  partialFingerprints: Record<string, string>;
}

test('sarif: validates against the SARIF 2.1.0 schema, with what GitHub code scanning reads', () => {
  const dir = workspace(FILES);
  const r = run(['scan', '--format', 'sarif', '.'], dir);
  assert.equal(r.code, 1, r.err);
  const log = JSON.parse(r.out);
  assert.equal(validate(log), true, JSON.stringify(validate.errors, null, 1));
  assert.equal(log.version, '2.1.0');
  const run0 = log.runs[0];
  const rules = run0.tool.driver.rules as { id: string; name: string; shortDescription: { text: string }; helpUri: string; defaultConfiguration: { level: string } }[];
  assert.equal(run0.tool.driver.name, 'Datasan');
  const email = rules.find((x) => x.id === 'pii/email')!;
  assert.equal(email.shortDescription.text, 'Email address');
  assert.equal(email.helpUri, 'https://github.com/datasan-dev/datasan/blob/main/docs/rules/pii-email.md');
  assert.equal(email.defaultConfiguration.level, 'warning');
  assert.match(email.name, /^[A-Za-z0-9]+$/);
  assert.equal(new Set(rules.map((x) => x.id)).size, rules.length, 'rule ids are unique');

  const results = run0.results as Result[];
  assert.equal(results.length, 4);
  for (const res of results) {
    assert.equal(rules[res.ruleIndex].id, res.ruleId);
    assert.equal(res.level, 'warning');
    const loc = res.locations[0].physicalLocation;
    assert.equal(loc.artifactLocation.uriBaseId, '%SRCROOT%');
    assert.equal(run0.artifacts[loc.artifactLocation.index].location.uri, loc.artifactLocation.uri);
  }
  assert.deepEqual(results.map((x) => x.locations[0].physicalLocation.artifactLocation.uri), ['data/my%20notes%20%231.txt', 'data/train.jsonl', 'data/train.jsonl', 'data/train.jsonl']);
});

test('sarif: regions are 1-based and agree with the JSON output', () => {
  const dir = workspace(FILES);
  const sarif = JSON.parse(run(['scan', '--format', 'sarif', 'data/train.jsonl'], dir).out).runs[0].results as Result[];
  const json = JSON.parse(run(['scan', '--format', 'json', 'data/train.jsonl'], dir).out).files[0].findings as { range: { start: { line: number; character: number }; end: { line: number; character: number } } }[];
  assert.deepEqual(
    sarif.map((x) => x.locations[0].physicalLocation.region),
    json.map((f) => ({ startLine: f.range.start.line + 1, startColumn: f.range.start.character + 1, endLine: f.range.end.line + 1, endColumn: f.range.end.character + 1 })),
  );
  assert.deepEqual(sarif[0].locations[0].physicalLocation.region, { startLine: 1, startColumn: 12, endLine: 1, endColumn: 28 });
});

test('sarif: no detected value anywhere, not even as a plain hash', () => {
  const dir = workspace({ ...FILES, 'keys.txt': `aws AKIAIOSFODNN7EXAMPL3 token 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\n` });
  const out = run(['scan', '--format', 'sarif', '.'], dir).out;
  const found = (JSON.parse(out).runs[0].results as Result[]).map((x) => x.ruleId);
  assert.ok(found.includes('secret/aws') && found.includes('secret/huggingface') && found.includes('pii/email'), found.join());
  for (const v of VALUES) assert.equal(out.includes(v), false, 'a value in the SARIF log');
  const { createHash } = require('node:crypto') as typeof import('node:crypto');
  for (const v of VALUES) for (const algo of ['sha256', 'sha1', 'md5']) assert.equal(out.includes(createHash(algo).update(v).digest('hex').slice(0, 16)), false, `a plain ${algo} of a value`);
  assert.equal(run(['scan', '--format', 'sarif', '--show-values', '.'], dir).code, 2);
});

test('sarif: fingerprints are distinct per finding and survive lines added above', () => {
  const text = '{"a":"bob@mail.org bob@mail.org"}\n{"b":"bob@mail.org"}\n';
  const dir = workspace({ 'a.jsonl': text });
  const prints = () => (JSON.parse(run(['scan', '--format', 'sarif', 'a.jsonl'], dir).out).runs[0].results as Result[]).map((x) => Object.values(x.partialFingerprints)[0]);
  const first = prints();
  assert.equal(first.length, 3);
  assert.equal(new Set(first).size, 3);
  for (const p of first) assert.match(p, /^[0-9a-f]{32}$/);
  writeFileSync(join(dir, 'a.jsonl'), '{"new":"line"}\n' + text);
  assert.deepEqual(prints(), first);
  writeFileSync(join(dir, 'a.jsonl'), text.replace('"b"', '"c"'));
  const changed = prints();
  assert.deepEqual(changed.slice(0, 2), first.slice(0, 2));
  assert.notEqual(changed[2], first[2], 'the edited line gets a new fingerprint');
});

test('sarif: unreadable files become tool notifications; a clean scan is a valid empty log', () => {
  const dir = workspace({ 'clean.md': '# Nothing\n' });
  const clean = run(['scan', '--format', 'sarif', 'clean.md'], dir);
  assert.equal(clean.code, 0);
  const log = JSON.parse(clean.out);
  assert.equal(validate(log), true);
  assert.deepEqual(log.runs[0].results, []);
  const missing = run(['scan', '--format', 'sarif', 'clean.md', 'gone.jsonl'], dir);
  assert.equal(missing.code, 2);
  const notes = JSON.parse(missing.out).runs[0].invocations[0].toolExecutionNotifications;
  assert.equal(validate(JSON.parse(missing.out)), true);
  assert.equal(notes.length, 1);
  assert.match(notes[0].message.text, /gone\.jsonl: file not found/);
});

test('scan --file-list - reads the paths from stdin, one per line', () => {
  const dir = workspace(FILES);
  const r = run(['scan', '--format', 'json', '--file-list', '-'], dir, { input: 'data/train.jsonl\r\n\n  clean.md  \n' });
  assert.equal(r.code, 1, r.err);
  assert.deepEqual(JSON.parse(r.out).files.map((f: { path: string }) => f.path), ['data/train.jsonl', 'clean.md']);
  writeFileSync(join(dir, 'logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]));
  const withBinary = run(['scan', '--format', 'json', '--file-list', '-'], dir, { input: 'logo.png\nclean.md\n' });
  assert.equal(withBinary.code, 0, 'a binary file in the list is passed over, as in a folder');
  assert.deepEqual(JSON.parse(withBinary.out).files.map((f: { path: string }) => f.path), ['clean.md']);
  const empty = run(['scan', '--file-list', '-'], dir, { input: '' });
  assert.equal(empty.code, 0, 'no paths: nothing to scan');
  writeFileSync(join(dir, 'list.txt'), 'data/my notes #1.txt\n');
  assert.equal(JSON.parse(run(['scan', '--format', 'json', '--file-list', 'list.txt', 'clean.md'], dir).out).files.length, 2);
  assert.equal(run(['scan', '--file-list', 'nope.txt'], dir).code, 2);
});

test('sarif: past the results limit of code scanning, the most severe are kept and the rest counted', () => {
  const finding = (line: number, severity: 'error' | 'warning' | 'information'): Located => ({
    rule: severity === 'error' ? 'secret/aws' : 'pii/email',
    entity: severity === 'error' ? 'SECRET' : 'EMAIL_ADDRESS',
    confidence: 0.9,
    severity,
    message: 'x',
    start: line * 2,
    end: line * 2 + 1,
    reasons: [],
    container: 'raw',
    range: { start: { line, character: 0 }, end: { line, character: 1 } },
  });
  let text = '';
  const out = new Output(new Writable({ write: (chunk, _encoding, done) => done(void (text += chunk)) }));
  const writer = new SarifWriter(out, [], 2);
  writer.startFile('gone.jsonl');
  // One line at a time, as scanFile hands findings on.
  for (const [line, severity] of [[0, 'information'], [1, 'warning'], [2, 'error'], [3, 'warning']] as const) {
    writer.found({ text: 'x\nx\nx\nx\n', start: 0, findings: [finding(line, severity)], notices: [] });
  }
  writer.endFile([]);
  writer.end();
  out.flush();
  const log = JSON.parse(text);
  assert.equal(validate(log), true, JSON.stringify(validate.errors));
  const results = log.runs[0].results as Result[];
  assert.deepEqual(results.map((r) => [r.level, r.locations[0].physicalLocation.region.startLine]), [['error', 3], ['warning', 2]]);
  assert.match(JSON.stringify(log.runs[0].invocations[0]), /2 more findings are not included/);
});

test('sarif: a license rule is described from the rule registry (what it asks), not by the finding message', () => {
  const card = '---\nlicense: apache-2.0\nbase_model: meta-llama/Llama-4-Scout-17B-16E\n---\n# Scout-Chat\n\nFine-tuned from Llama 4 Scout.\n';
  const dir = workspace({ 'README.md': card });
  const r = run(['scan', '--format', 'sarif', 'README.md'], dir);
  const log = JSON.parse(r.out);
  assert.equal(validate(log), true, JSON.stringify(validate.errors, null, 1));
  const rules = log.runs[0].tool.driver.rules as { id: string; fullDescription: { text: string }; helpUri: string; defaultConfiguration: { level: string } }[];
  const licenseId = rules.find((x) => x.id === 'llama/license-id');
  assert.ok(licenseId, JSON.stringify(rules.map((x) => x.id)));
  const registered = allRules().find((x) => x.id === 'llama/license-id')!;
  assert.equal(licenseId.fullDescription.text, registered.description);
  assert.equal(licenseId.helpUri, registered.docUrl);
  assert.equal(licenseId.defaultConfiguration.level, registered.defaultSeverity === 'information' ? 'note' : registered.defaultSeverity);
});
