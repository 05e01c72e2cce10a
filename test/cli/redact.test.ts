// `datasan redact` as a user runs it: round trips, reports, invalid lines, Ctrl-C, --in-place, CRLF/BOM.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scanText } from '../../server/src/engine/index';
import { applyEdits, redactionEdits } from '../../server/src/engine/redact';
import { bigJsonl } from './big-jsonl';
import { BIN, run, workspace } from './helpers';

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

const VALUES = ['ann.lee@mail.com', 'bob@mail.org', 'carl@mail.net', '+1 415 555 0123', '4111 1111 1111 1111'];
const DATA =
  '\uFEFF' +
  [
    '{"question":"Who reads ann.lee@mail.com?","context":"Ann reads ann.lee@mail.com.","answer":"ann.lee@mail.com"}',
    '{"messages":[{"role":"user","content":"call +1 415 555 0123"},{"role":"assistant","content":"I will mail bob@mail.org \\u00e9 \\"ok\\""}]}',
    '{"text":"card 4111 1111 1111 1111","n":3}',
    '',
    '{"text":"nothing to see"}',
  ].join('\r\n') +
  '\r\n';

/** The editor's whole-file redaction of the same text: the reference for the streaming CLI. */
function expected(text: string, format: 'jsonl' | 'csv' | 'text', style = 'placeholder' as const) {
  const body = text.replace(/^\uFEFF/, '');
  const { findings } = scanText(body, format);
  return { text: (text.startsWith('\uFEFF') ? '\uFEFF' : '') + applyEdits(body, redactionEdits(body, findings, findings, style)), findings };
}

test('redact: the output equals the editor redaction byte for byte (BOM, CRLF), every line parses, the input is untouched', () => {
  const dir = workspace({ 'in.jsonl': DATA });
  const before = sha(join(dir, 'in.jsonl'));
  const r = run(['redact', 'in.jsonl', '-o', 'out.jsonl'], dir);
  assert.equal(r.code, 0, r.err);
  const out = readFileSync(join(dir, 'out.jsonl'), 'utf8');
  assert.equal(out, expected(DATA, 'jsonl').text);
  assert.ok(out.startsWith('\uFEFF{') && out.includes('}\r\n{'), 'BOM and CRLF kept');
  for (const line of out.replace(/^\uFEFF/, '').split('\r\n').filter(Boolean)) JSON.parse(line);
  for (const v of VALUES) {
    assert.equal(out.includes(v), false, 'a value survived redaction');
    assert.equal((r.out + r.err).includes(v), false, 'a value in the CLI output');
  }
  assert.equal(sha(join(dir, 'in.jsonl')), before);
  assert.deepEqual(readdirSync(dir).sort(), ['in.jsonl', 'out.jsonl'], 'no temporary file left');
  assert.match(r.err, /redacted \d+ values in 4 records/);
});

test('redact: --report json counts match the findings; md and html reports hold no value', () => {
  const dir = workspace({ 'in.jsonl': DATA });
  assert.equal(run(['redact', 'in.jsonl', '-o', 'out.jsonl', '--report', 'r.json'], dir).code, 0);
  const report = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8'));
  const { findings } = expected(DATA, 'jsonl');
  assert.equal(report.kind, 'datasan-redaction-report');
  assert.equal(report.totals.redactions, findings.length);
  assert.equal(report.totals.records, 4);
  const byEntity: Record<string, number> = {};
  for (const f of findings) byEntity[f.entity!] = (byEntity[f.entity!] ?? 0) + 1;
  assert.deepEqual(Object.fromEntries(report.entities.map((e: { entity: string; count: number }) => [e.entity, e.count])), byEntity);
  assert.equal(report.fields.reduce((s: number, f: { count: number }) => s + f.count, 0), findings.length);
  assert.ok(report.fields.some((f: { field: string }) => f.field === 'messages[].content'));
  assert.equal(report.qa.answers, 2);
  assert.equal(report.qa.answersWithRedactions, 2);
  for (const [name, format] of [['r.md', 'md'], ['r.html', 'html']]) {
    assert.equal(run(['redact', 'in.jsonl', '--dry-run', '--report', name], dir).code, 0, format);
    const text = readFileSync(join(dir, name), 'utf8');
    for (const v of VALUES) assert.equal(text.includes(v), false, `${format} report holds a value`);
  }
  assert.ok(!existsSync(join(dir, 'in.jsonl.redacted')));
});

test('redact: styles; pseudonyms are consistent across the file', () => {
  const text = '{"a":"ann@mail.com"}\n{"b":"bob@mail.org and ann@mail.com"}\n';
  const dir = workspace({ 'in.jsonl': text });
  assert.equal(run(['redact', 'in.jsonl', '-o', 'p.jsonl', '--style', 'pseudonym'], dir).code, 0);
  assert.equal(readFileSync(join(dir, 'p.jsonl'), 'utf8'), '{"a":"[EMAIL_ADDRESS_1]"}\n{"b":"[EMAIL_ADDRESS_2] and [EMAIL_ADDRESS_1]"}\n');
  assert.equal(run(['redact', 'in.jsonl', '-o', 'm.jsonl', '--style', 'mask'], dir).code, 0);
  const stars = '*'.repeat('ann@mail.com'.length);
  assert.equal(readFileSync(join(dir, 'm.jsonl'), 'utf8'), `{"a":"${stars}"}\n{"b":"${stars} and ${stars}"}\n`);
  assert.equal(run(['redact', 'in.jsonl', '-o', 'e.jsonl', '--entities', 'PHONE_NUMBER'], dir).code, 0);
  assert.equal(readFileSync(join(dir, 'e.jsonl'), 'utf8'), text);
  assert.equal(run(['redact', 'in.jsonl', '-o', 'x.jsonl', '--style', 'shout'], dir).code, 2);
  writeFileSync(join(dir, 'names.txt'), 'I am Maria Garcia, mail ann@mail.com\n');
  assert.equal(run(['redact', 'names.txt', '-o', 'with.txt'], dir).code, 0);
  assert.equal(readFileSync(join(dir, 'with.txt'), 'utf8'), expected('I am Maria Garcia, mail ann@mail.com\n', 'text').text);
  assert.equal(run(['redact', 'names.txt', '-o', 'n.txt', '--no-names'], dir).code, 0);
  assert.equal(readFileSync(join(dir, 'n.txt'), 'utf8'), 'I am Maria Garcia, mail [EMAIL_ADDRESS]\n');
});

test('redact: CSV with quoted multi-line cells and text paragraphs, as the editor redacts them', () => {
  const csv = 'name,email,notes\r\nAnn Lee,ann@mail.com,"first line\r\nsecond bob@mail.org"\r\nCarl,carl@mail.net,\r\n';
  const txt = 'Hello,\nwrite to ann@mail.com\n\nor call +1 415 555 0123\n';
  const dir = workspace({ 'a.csv': csv, 'a.txt': txt });
  assert.equal(run(['redact', 'a.csv', '-o', 'b.csv'], dir).code, 0);
  assert.equal(readFileSync(join(dir, 'b.csv'), 'utf8'), expected(csv, 'csv').text);
  assert.equal(run(['redact', 'a.txt', '-o', 'b.txt'], dir).code, 0);
  assert.equal(readFileSync(join(dir, 'b.txt'), 'utf8'), expected(txt, 'text').text);
});

test('redact: a malformed line in the middle of a large file is reported by line number and passed through, or dropped', () => {
  const lines: string[] = [];
  for (let i = 0; i < 30000; i++) lines.push(JSON.stringify({ id: i, text: `row ${i} of the dataset, nothing personal here at all` }));
  const bad = 15001;
  lines[bad - 1] = '{"text": "broken bob@mail.org", ';
  const text = lines.join('\n') + '\n';
  const dir = workspace({ 'big.jsonl': text });
  const r = run(['redact', 'big.jsonl', '-o', 'out.jsonl'], dir);
  assert.equal(r.code, 0, r.err);
  assert.match(r.err, new RegExp(`line ${bad} is not valid JSON; passed through`));
  assert.equal(r.err.includes('bob@mail.org'), false);
  const out = readFileSync(join(dir, 'out.jsonl'), 'utf8').split('\n');
  assert.equal(out.length, lines.length + 1);
  assert.equal(out[bad - 1], '{"text": "broken [EMAIL_ADDRESS]", ', 'redacted as plain text, otherwise unchanged');
  assert.equal(out[bad], lines[bad]);

  const d = run(['redact', 'big.jsonl', '-o', 'dropped.jsonl', '--drop-invalid'], dir);
  assert.equal(d.code, 0, d.err);
  assert.match(d.err, new RegExp(`line ${bad} is not valid JSON; dropped`));
  const kept = readFileSync(join(dir, 'dropped.jsonl'), 'utf8').split('\n').filter(Boolean);
  assert.equal(kept.length, lines.length - 1);
  for (const l of kept) JSON.parse(l);
});

test('redact: --in-place replaces the input atomically and keeps its mode', () => {
  const dir = workspace({ 'in.jsonl': DATA });
  chmodSync(join(dir, 'in.jsonl'), 0o640);
  const r = run(['redact', 'in.jsonl', '--in-place'], dir);
  assert.equal(r.code, 0, r.err);
  assert.equal(readFileSync(join(dir, 'in.jsonl'), 'utf8'), expected(DATA, 'jsonl').text);
  assert.equal(statSync(join(dir, 'in.jsonl')).mode & 0o777, 0o640);
  assert.deepEqual(readdirSync(dir), ['in.jsonl']);
});

test('redact: usage and input errors exit 2 with one line and write nothing', () => {
  const dir = workspace({ 'in.jsonl': DATA, 'bad.txt': Buffer.from('caf\xe9 ann@mail.com\n', 'latin1') });
  for (const args of [['in.jsonl'], ['in.jsonl', '-o', 'in.jsonl'], ['in.jsonl', '-o', 'x', '--in-place'], ['missing.jsonl', '-o', 'x'], ['bad.txt', '-o', 'x'], ['in.jsonl', '--dry-run'], ['in.jsonl', '-o', 'x', '--report', 'r.pdf']]) {
    const r = run(['redact', ...args], dir);
    assert.equal(r.code, 2, args.join(' '));
    assert.equal(r.err.trim().split('\n').length, 1, r.err);
  }
  assert.deepEqual(readdirSync(dir).sort(), ['bad.txt', 'in.jsonl']);
  assert.match(run(['redact', 'bad.txt', '-o', 'x'], dir).err, /not valid UTF-8 \(line 1\)/);
});

/** A JSONL file of about `mb` megabytes with some PII on every line. */
function bigFile(path: string, mb: number): void {
  const line = (i: number) => JSON.stringify({ id: i, text: `message ${i}: please write to user${i % 977}@mail.com about the order, thanks`, pad: 'lorem ipsum dolor sit amet '.repeat(8) }) + '\n';
  const chunk = Array.from({ length: 1000 }, (_, i) => line(i)).join('');
  const n = Math.ceil((mb * 1024 * 1024) / Buffer.byteLength(chunk));
  writeFileSync(path, chunk.repeat(n));
}

async function interrupt(dir: string, args: string[], signal: NodeJS.Signals): Promise<{ code: number | null; err: string }> {
  const child = spawn(process.execPath, [BIN, ...args], { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  child.stderr.on('data', (d) => (err += d));
  const closed = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  // Wait until the temporary output exists and has data: the run is under way.
  const deadline = Date.now() + 60_000;
  for (;;) {
    const tmp = readdirSync(dir).find((n) => n.endsWith('.tmp'));
    if (tmp && statSync(join(dir, tmp)).size > 0) break;
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`the redact run did not start writing in time (${err})`);
    await new Promise((r) => setTimeout(r, 20));
  }
  child.kill(signal);
  return { code: await closed, err };
}

test('redact: Ctrl-C mid-way leaves no output, no temporary file and the input intact (also with --in-place and SIGTERM)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'datasan-sigint-'));
  bigFile(join(dir, 'big.jsonl'), 48);
  const before = sha(join(dir, 'big.jsonl'));
  const a = await interrupt(dir, ['redact', 'big.jsonl', '-o', 'out.jsonl'], 'SIGINT');
  assert.equal(a.code, 130, a.err);
  assert.match(a.err, /interrupted; no output was written/);
  assert.deepEqual(readdirSync(dir), ['big.jsonl']);
  assert.equal(sha(join(dir, 'big.jsonl')), before);

  const b = await interrupt(dir, ['redact', 'big.jsonl', '--in-place'], 'SIGTERM');
  assert.equal(b.code, 130, b.err);
  assert.deepEqual(readdirSync(dir), ['big.jsonl']);
  assert.equal(sha(join(dir, 'big.jsonl')), before, 'the input is unchanged');
});

test('redact: no progress bar when stderr is not a terminal', () => {
  const dir = workspace({ 'in.jsonl': DATA });
  const r = run(['redact', 'in.jsonl', '-o', 'out.jsonl'], dir, { env: { CI: '' } });
  assert.equal(r.err.includes('\r'), false);
  assert.equal(r.err.trim().split('\n').length, 1);
});

test('redact: --jobs spreads a big file over worker threads with the same output and report as one thread, pseudonyms included', () => {
  const dir = workspace({ 'big.jsonl': bigJsonl() });
  for (const style of ['placeholder', 'pseudonym']) {
    const one = run(['redact', 'big.jsonl', '-o', `one-${style}.jsonl`, '--style', style, '--jobs', '1', '--report', `one-${style}.json`], dir);
    const two = run(['redact', 'big.jsonl', '-o', `two-${style}.jsonl`, '--style', style, '--jobs', '2', '--report', `two-${style}.json`], dir);
    assert.equal(one.code, 0, one.err);
    assert.equal(two.code, 0, two.err);
    assert.equal(sha(join(dir, `two-${style}.jsonl`)), sha(join(dir, `one-${style}.jsonl`)));
    // The same report but for when it was made and how long it took.
    const report = (f: string) => JSON.parse(readFileSync(join(dir, f), 'utf8'), (k, v) => (k === 'generated' || k === 'durationMs' ? undefined : v));
    assert.deepEqual(report(`two-${style}.json`), report(`one-${style}.json`));
    const out = readFileSync(join(dir, `two-${style}.jsonl`), 'utf8');
    assert.ok(!out.includes('user97@mail.com') && !out.includes('4111 1111 1111 1111') && !out.includes('carol.mendes@mail.net'));
    if (style === 'pseudonym') assert.match(out, /\[EMAIL_ADDRESS_2\]/);
  }
});
