// bin/datasan as CI runs it: exit codes, the JSON contract, and no value in any output by default.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { scanText } from '../../server/src/engine/index';
import { bigJsonl } from './big-jsonl';
import { BIN, run, workspace } from './helpers';

const schema = JSON.parse(readFileSync(join(__dirname, 'scan-output.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true }).compile(schema);

const SECRET_VALUES = ['ann.lee@mail.com', 'bob@mail.org'];
const DATA = '\uFEFF{"q":"mail ann.lee@mail.com"}\r\n{"a":"no pii here"}\r\nnot json bob@mail.org\r\n';

test('cli: json output follows the schema and the editor engine, with offsets of the decoded text', () => {
  const dir = workspace({ 'data/train.jsonl': DATA, 'data/clean.txt': 'nothing to see\n' });
  const r = run(['scan', '--format', 'json', 'data'], dir);
  assert.equal(r.code, 1, r.err);
  const doc = JSON.parse(r.out);
  assert.ok(validate(JSON.parse(r.out)), JSON.stringify(validate.errors));
  assert.deepEqual(doc.files.map((f: { path: string }) => f.path), ['data/clean.txt', 'data/train.jsonl']);
  const text = DATA.slice(1);
  const expected = scanText(text, 'jsonl').findings;
  const got = doc.files[1].findings;
  assert.deepEqual(got.map((f: { offset: number; length: number }) => [f.offset, f.length]), expected.map((f) => [f.start, f.end - f.start]));
  assert.deepEqual(got[1].range, { start: { line: 2, character: 9 }, end: { line: 2, character: 21 } });
  assert.equal(text.slice(got[1].offset, got[1].offset + got[1].length), 'bob@mail.org');
  assert.equal(doc.files[1].notices[0].message, 'Line 3 is not valid JSON; it was scanned as plain text.');
});

test('cli: no detected value in any output without --show-values; with it, the values', () => {
  const dir = workspace({ 'a.jsonl': DATA });
  for (const format of ['text', 'json']) {
    const r = run(['scan', '--format', format, 'a.jsonl'], dir);
    for (const v of SECRET_VALUES) assert.equal((r.out + r.err).includes(v), false, `${format} output leaks a value`);
  }
  const shown = JSON.parse(run(['scan', '--format', 'json', '--show-values', 'a.jsonl'], dir).out);
  assert.deepEqual(shown.files[0].findings.map((f: { value: string }) => f.value), SECRET_VALUES);
});

test('cli: exit codes 0, 1, 2', () => {
  const dir = workspace({ 'clean.md': '# Nothing\n', 'dirty.md': 'mail ann@mail.com\n' });
  assert.equal(run(['scan', 'clean.md'], dir).code, 0);
  assert.equal(run(['scan', 'dirty.md'], dir).code, 1);
  const missing = run(['scan', 'missing.md'], dir);
  assert.equal(missing.code, 2);
  assert.equal(missing.err, 'datasan: 1 file not scanned: missing.md (file not found)\n');
  const usage = run(['scan', '--format', 'xml', 'clean.md'], dir);
  assert.equal(usage.code, 2);
  assert.equal(usage.err.trim().split('\n').length, 1);
  assert.equal(run(['scan'], dir).code, 2);
  assert.equal(run(['frobnicate'], dir).code, 2);
});

test('cli: --min-confidence and --entities', () => {
  const dir = workspace({ 'a.txt': 'ann@mail.com and user@example.com\n' });
  const count = (args: string[]) => JSON.parse(run(['scan', '--format', 'json', ...args, 'a.txt'], dir).out).files[0].findings.length;
  assert.equal(count([]), 1);
  assert.equal(count(['--min-confidence', '0.1']), 2);
  assert.equal(count(['--entities', 'PHONE_NUMBER']), 0);
  assert.equal(count(['--entities', 'email_address']), 1);
});

test('cli: bad input gets a clear message each and the scan goes on', () => {
  const big = `{"text":"${'a'.repeat(20 * 1024 * 1024)} ann@mail.com"}\n`;
  const dir = workspace({
    'bin.jsonl': Buffer.from([0x7b, 0x22, 0, 0xff, 0x22, 0x7d]),
    'latin1.txt': Buffer.from('caf\xe9 ann@mail.com\n', 'latin1'),
    'big.jsonl': big,
    'hostile.txt': `${'@'.repeat(50000)}${'1-'.repeat(50000)}${'.a'.repeat(50000)} bob@mail.org\n`,
  });
  const r = run(['scan', '--format', 'json', 'bin.jsonl', 'latin1.txt', 'big.jsonl', 'hostile.txt'], dir);
  // Named files that could not be scanned make it an I/O error, after the report, whatever was found.
  assert.equal(r.code, 2, r.err);
  assert.equal(r.err, 'datasan: 2 files not scanned: bin.jsonl (binary file, not scanned); latin1.txt (not valid UTF-8 (line 1), not scanned)\n');
  const files = Object.fromEntries(JSON.parse(r.out).files.map((f: { path: string }) => [f.path, f]));
  assert.deepEqual(files['bin.jsonl'].errors, ['binary file, not scanned']);
  assert.deepEqual(files['latin1.txt'].errors, ['not valid UTF-8 (line 1), not scanned']);
  assert.equal(files['big.jsonl'].findings.length, 1);
  assert.equal(files['big.jsonl'].findings[0].range.start.character, 20 * 1024 * 1024 + 10);
  assert.equal(files['hostile.txt'].findings.length, 1);
});

test('cli: binary files inside folders are passed over silently', () => {
  const dir = workspace({ 'd/img.dat': Buffer.from([1, 0, 2]), 'd/a.txt': 'ann@mail.com\n' });
  const doc = JSON.parse(run(['scan', '--format', 'json', 'd'], dir).out);
  assert.deepEqual(doc.files.map((f: { path: string }) => f.path), ['d/a.txt']);
});

test('cli: the allow-list in .datasan/ is honoured unless --no-allowlist', async () => {
  const { Allowlist } = await import('../../server/src/engine/allowlist');
  const dir = workspace({ 'a.txt': 'ann@mail.com bob@mail.org\n', '.datasan/allowlist.json': Allowlist.empty().with('ann@mail.com', 'EMAIL_ADDRESS').toJSON() });
  const count = (args: string[]) => JSON.parse(run(['scan', '--format', 'json', ...args, 'a.txt'], dir).out).files[0].findings.length;
  assert.equal(count([]), 1);
  assert.equal(count(['--no-allowlist']), 2);
});

test('cli: --no-names skips free-text entities, --locales turns country groups on', () => {
  const dir = workspace({ 'a.txt': 'My name is Maria Gonzalez. Aadhaar number 2345 6789 0124.\n' });
  const entities = (args: string[]) =>
    JSON.parse(run(['scan', '--format', 'json', ...args, 'a.txt'], dir).out).files[0].findings.map((f: { entity: string }) => f.entity);
  assert.deepEqual(entities([]), ['PERSON']);
  assert.deepEqual(entities(['--no-names']), []);
  assert.deepEqual(entities(['--no-names', '--locales', 'in']), ['IN_AADHAAR']);
  assert.deepEqual(entities(['--locales', 'all']), ['PERSON', 'IN_AADHAAR']);
});

test('cli: --jobs spreads a big file over worker threads with the same output as one thread; a bad --jobs is a usage error', () => {
  const dir = workspace({ 'big.jsonl': bigJsonl() });
  const one = run(['scan', '--format', 'json', '--jobs', '1', 'big.jsonl'], dir);
  const two = run(['scan', '--format', 'json', '--jobs', '2', 'big.jsonl'], dir);
  assert.equal(one.code, 1, one.err);
  assert.equal(two.code, 1, two.err);
  assert.equal(two.out, one.out);
  const findings = JSON.parse(one.out).files[0].findings as { rule: string }[];
  assert.ok(findings.filter((f) => f.rule === 'pii/email').length >= 93, 'every mailed line is found');
  assert.ok(findings.some((f) => f.rule === 'pii/person'), 'names are found on the workers too');
  assert.equal(JSON.parse(one.out).files[0].notices.length, 1);
  for (const bad of ['0', 'two', '1.5']) {
    const r = run(['scan', '--jobs', bad, 'big.jsonl'], dir);
    assert.equal(r.code, 2);
    assert.match(r.err, /--jobs must be "auto" or a whole number/);
  }
});

test('cli: a reader that stops early (| head) is an I/O error: exit status 2 and one line on stderr, no stack trace', () => {
  const dir = workspace({ 'many.jsonl': Array.from({ length: 20000 }, (_, i) => JSON.stringify({ t: `mail user${i}@mail.com` })).join('\n') });
  for (const format of ['text', 'sarif']) {
    const r = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" scan --format ${format} many.jsonl 2>err.txt | head -c 1 >/dev/null; echo \${PIPESTATUS[0]}`], { cwd: dir, encoding: 'utf8' });
    assert.equal(r.stdout.trim(), '2', format);
    assert.equal(readFileSync(join(dir, 'err.txt'), 'utf8'), 'datasan: the output was closed before the command finished (broken pipe)\n', format);
  }
});
