// `-` as the input of scan and redact: read from a real pipe as it comes, in constant memory.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, run, workspace } from './helpers';
import { comparable, datasetLines, SHARD_KEY } from './shards';

/** Runs bin/datasan with its stdin a pipe fed `chunks` one at a time (each after `gate`, when given, resolves). */
function piped(args: string[], cwd: string, chunks: string[], gate?: (i: number, out: () => string) => Promise<void>) {
  const child = spawn(process.execPath, [BIN, ...args], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
  let failed: unknown;
  const done = new Promise<{ code: number | null; out: string; err: string }>((resolve, reject) => child.on('close', (code) => (failed ? reject(failed) : resolve({ code, out, err }))));
  (async () => {
    for (let i = 0; i < chunks.length; i++) {
      await gate?.(i, () => out);
      if (!child.stdin.write(chunks[i])) await new Promise((r) => child.stdin.once('drain', r));
    }
  })()
    .catch((e) => (failed = e))
    .finally(() => child.stdin.end());
  return done;
}

/** About 1.2 MB of JSONL (many pipe reads and batches), cut into 64 KB writes at arbitrary places. */
const TEXT = datasetLines(9000).join('\n') + '\n';
const chunked = (s: string, size = 65_536) => Array.from({ length: Math.ceil(s.length / size) }, (_, i) => s.slice(i * size, (i + 1) * size));

test('cli stdin: redact - -o - through a pipe equals the redaction of the file, with keyed pseudonyms and the report', async () => {
  const dir = workspace({ 'all.jsonl': TEXT, 'datasan.key': SHARD_KEY });
  const file = run(['redact', '--no-names', 'all.jsonl', '-o', 'file.out.jsonl', '--pseudonym-key-file', 'datasan.key', '--report', 'file.json'], dir);
  assert.equal(file.code, 0, file.err);
  const r = await piped(['redact', '--no-names', '-', '-o', '-', '--pseudonym-key-file', 'datasan.key', '--report', 'pipe.json'], dir, chunked(TEXT));
  assert.equal(r.code, 0, r.err);
  assert.ok(TEXT.length > 1_000_000);
  assert.equal(r.out, readFileSync(join(dir, 'file.out.jsonl'), 'utf8'));
  assert.match(r.out, /\[EMAIL_ADDRESS_[a-km-np-z2-9]{12}\]/);
  assert.match(r.err, /redacted [\d,]+ values in [\d,]+ records → standard output/);
  const pipe = JSON.parse(readFileSync(join(dir, 'pipe.json'), 'utf8'));
  const fromFile = JSON.parse(readFileSync(join(dir, 'file.json'), 'utf8'));
  assert.deepEqual(pipe.input, { path: '<stdin>', format: 'jsonl', bytes: Buffer.byteLength(TEXT) });
  assert.deepEqual(comparable(pipe), comparable(fromFile));
});

test('cli stdin: redact - writes its first records before the input ends (streamed, not read whole)', async () => {
  const dir = workspace({});
  const chunks = chunked(TEXT, 200_000);
  // The last chunk is written only once redacted output of the first ones has come out.
  const r = await piped(['redact', '--no-names', '--jobs', '1', '-', '-o', '-'], dir, chunks, async (i, out) => {
    if (i < chunks.length - 1) return;
    const until = Date.now() + 20_000;
    while (!out().length && Date.now() < until) await new Promise((res) => setTimeout(res, 20));
    assert.ok(out().length > 0, 'no output before the end of the input');
  });
  assert.equal(r.code, 0, r.err);
  assert.equal(r.out.split('\n').length, TEXT.split('\n').length);
  assert.ok(!r.out.includes('@mail.com'));
});

test('cli stdin: numbered pseudonyms and text input through a pipe; --in-place is refused', async () => {
  const dir = workspace({ 'notes.txt': 'Write to ann.lee@mail.com.\n\nOr to bo.berg@mail.com, then ann.lee@mail.com again.\n' });
  const text = readFileSync(join(dir, 'notes.txt'), 'utf8');
  const r = await piped(['redact', '--no-names', '--style', 'pseudonym', '--input-format', 'text', '-', '-o', '-'], dir, [text]);
  assert.equal(r.code, 0, r.err);
  assert.equal(r.out, 'Write to [EMAIL_ADDRESS_1].\n\nOr to [EMAIL_ADDRESS_2], then [EMAIL_ADDRESS_1] again.\n');
  const inPlace = run(['redact', '-', '--in-place'], dir, { input: text });
  assert.equal(inPlace.code, 2);
  assert.match(inPlace.err, /--in-place needs a file: standard input cannot be replaced/);
});

test('cli stdin: scan - reports findings for <stdin>, with the lines of the stream', async () => {
  const dir = workspace({ 'all.jsonl': TEXT });
  const file = run(['scan', '--no-names', '--format', 'json', 'all.jsonl'], dir);
  assert.equal(file.code, 1, file.err);
  const r = await piped(['scan', '--no-names', '--format', 'json', '-'], dir, chunked(TEXT));
  assert.equal(r.code, 1, r.err);
  const fromPipe = JSON.parse(r.out);
  const fromFile = JSON.parse(file.out);
  assert.equal(fromPipe.files.length, 1);
  assert.equal(fromPipe.files[0].path, '<stdin>');
  assert.ok(fromPipe.files[0].findings.length > 1000);
  assert.deepEqual(fromPipe.files[0].findings, fromFile.files[0].findings);
  const text = run(['scan', '--no-names', '--input-format', 'text', '-'], dir, { input: 'line one\nmail ann.lee@mail.com here\n' });
  assert.equal(text.code, 1);
  assert.match(text.out, /^<stdin>\n\s+2:6\s+warning\s+Email address/m);
  assert.equal(run(['scan', '-', '-'], dir, { input: '' }).code, 2);
  assert.match(run(['scan', '-', '--file-list', '-'], dir, { input: '' }).err, /cannot be both scanned \(-\) and the file list/);
  assert.equal(run(['scan', '-'], dir, { input: '{"ok": true}\n' }).code, 0);
});
