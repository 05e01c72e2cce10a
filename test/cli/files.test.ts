// Which files the CLI reads and writes, and what it says when it cannot: symbolic links (a Hugging Face
// cache snapshot), FIFOs and devices, temporary files of killed runs, exit status and messages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Allowlist } from '../../server/src/engine/allowlist';
import { BIN, run, workspace } from './helpers';
import { parquetWriteBuffer } from 'hyparquet-writer';

const TRAIN = '{"text":"write to ann.lee@mail.com"}\n{"text":"nothing personal"}\n';
const REDACTED = '{"text":"write to [EMAIL_ADDRESS]"}\n{"text":"nothing personal"}\n';

/** A Hugging Face hub cache entry: files of a revision are symbolic links into blobs/ (named by hash). */
function hfCache(): { dir: string; snapshot: string } {
  const repo = 'hub/datasets--acme--support-chats';
  const rev = 'snapshots/3f2a9c1e0b7d4a6f8e5c2b1a0d9e8f7c6b5a4d3e';
  const dir = workspace({
    [`${repo}/blobs/5d41402abc4b2a76b9719d911017c592`]: TRAIN,
    [`${repo}/blobs/7d793037a0760186574b0282f2f435e7`]: 'Support chats, collected in 2024.\nContact: bob@mail.org\n',
    [`${repo}/blobs/a3cca2b2aa1e3b5b3b5aad99a8529074`]: Buffer.from(parquetWriteBuffer({ columnData: [{ name: 'text', data: ['write to cy.dee@mail.net'], type: 'STRING' }] })),
    [`${repo}/refs/main`]: '3f2a9c1e0b7d4a6f8e5c2b1a0d9e8f7c6b5a4d3e',
  });
  const snapshot = join(dir, repo, rev);
  mkdirSync(join(snapshot, 'data'), { recursive: true });
  symlinkSync('../../../blobs/5d41402abc4b2a76b9719d911017c592', join(snapshot, 'data', 'train.jsonl'));
  symlinkSync('../../blobs/7d793037a0760186574b0282f2f435e7', join(snapshot, 'README.md'));
  symlinkSync('../../../blobs/a3cca2b2aa1e3b5b3b5aad99a8529074', join(snapshot, 'data', 'train.parquet'));
  // The same blob under a second name, a link to a blob that was never downloaded, a loop, a folder link.
  symlinkSync('../../../blobs/5d41402abc4b2a76b9719d911017c592', join(snapshot, 'data', 'validation.jsonl'));
  symlinkSync('../../../blobs/0000000000000000000000000000dead', join(snapshot, 'data', 'test.jsonl'));
  symlinkSync('loop-b.jsonl', join(snapshot, 'data', 'loop-a.jsonl'));
  symlinkSync('loop-a.jsonl', join(snapshot, 'data', 'loop-b.jsonl'));
  symlinkSync('data', join(snapshot, 'data-link'));
  return { dir, snapshot };
}

test('scan: a Hugging Face cache snapshot (all symbolic links) is scanned, each real file once, and skipped entries are counted', () => {
  const { dir, snapshot } = hfCache();
  const r = run(['scan', '--format', 'json', snapshot], dir);
  assert.equal(r.code, 1, r.err);
  const files = JSON.parse(r.out).files as { path: string; findings: unknown[] }[];
  assert.deepEqual(
    files.map((f) => [f.path.split('/').slice(-2).join('/'), f.findings.length]),
    [
      ['3f2a9c1e0b7d4a6f8e5c2b1a0d9e8f7c6b5a4d3e/README.md', 1],
      ['data/train.jsonl', 1],
      ['data/train.parquet', 1],
    ],
  );
  assert.equal(r.err, 'datasan: skipped 5 entries in folders: 2 symbolic links in a loop, 1 broken symbolic link, 1 link to a file scanned already, 1 symbolic link to a folder (not followed)\n');
});

test('redact: --in-place on a symbolic link writes the file it points to and keeps the link; -o through a link too', () => {
  const { dir, snapshot } = hfCache();
  const link = join(snapshot, 'data', 'train.jsonl');
  const blob = join(dir, 'hub/datasets--acme--support-chats/blobs/5d41402abc4b2a76b9719d911017c592');
  chmodSync(blob, 0o640);
  const r = run(['redact', link, '--in-place'], dir);
  assert.equal(r.code, 0, r.err);
  assert.ok(lstatSync(link).isSymbolicLink(), 'the link is still a link');
  assert.equal(readlinkSync(link), '../../../blobs/5d41402abc4b2a76b9719d911017c592');
  assert.equal(readFileSync(blob, 'utf8'), REDACTED, 'the PII is gone from the real file');
  assert.equal(statSync(blob).mode & 0o777, 0o640);

  const out = workspace({ 'in.jsonl': TRAIN, 'real/out.jsonl': 'old\n' });
  symlinkSync('real/out.jsonl', join(out, 'out.jsonl'));
  assert.equal(run(['redact', 'in.jsonl', '-o', 'out.jsonl'], out).code, 0);
  assert.ok(lstatSync(join(out, 'out.jsonl')).isSymbolicLink());
  assert.equal(readFileSync(join(out, 'real/out.jsonl'), 'utf8'), REDACTED);
});

test('redact: -o aimed at a FIFO writes into it, /dev/null stays a device, - is standard output; a folder is refused', async () => {
  const dir = workspace({ 'in.jsonl': TRAIN });
  execFileSync('mkfifo', [join(dir, 'pipe')]);
  const reader = spawn('cat', [join(dir, 'pipe')]);
  let got = '';
  reader.stdout.on('data', (b) => (got += b));
  const read = new Promise((r) => reader.on('close', r));
  const writer = spawn(process.execPath, [BIN, 'redact', 'in.jsonl', '-o', 'pipe'], { cwd: dir, stdio: 'ignore' });
  assert.equal(await new Promise((r) => writer.on('close', r)), 0);
  await read;
  assert.equal(got, REDACTED);
  assert.ok(lstatSync(join(dir, 'pipe')).isFIFO(), 'the FIFO is still a FIFO');

  const ino = statSync('/dev/null').ino;
  assert.equal(run(['redact', 'in.jsonl', '-o', '/dev/null'], dir).code, 0);
  assert.ok(statSync('/dev/null').isCharacterDevice() && statSync('/dev/null').ino === ino);

  const stdout = run(['redact', 'in.jsonl', '-o', '-'], dir);
  assert.equal(stdout.code, 0, stdout.err);
  assert.equal(stdout.out, REDACTED);
  assert.match(stdout.err, /→ standard output/);

  mkdirSync(join(dir, 'folder'));
  const folder = run(['redact', 'in.jsonl', '-o', 'folder'], dir);
  assert.equal(folder.code, 2);
  assert.equal(folder.err, 'datasan: cannot write folder: is a folder\n');
  assert.deepEqual(readdirSync(dir).sort(), ['folder', 'in.jsonl', 'pipe']);
});

test('redact: a write error says "cannot write" and names the output (a full disk: /dev/full)', () => {
  const dir = workspace({ 'in.jsonl': TRAIN });
  const r = run(['redact', 'in.jsonl', '-o', '/dev/full'], dir);
  assert.equal(r.code, 2);
  assert.equal(r.err, 'datasan: cannot write /dev/full: no space left on the device\n');
});

test('redact: after kill -9 the temporary file stays; the next run removes it and says so', async () => {
  const dir = workspace({});
  const line = (i: number) => JSON.stringify({ id: i, text: `message ${i}: write to user${i % 977}@mail.com`, pad: 'lorem ipsum dolor sit amet '.repeat(8) }) + '\n';
  writeFileSync(join(dir, 'big.jsonl'), Array.from({ length: 1000 }, (_, i) => line(i)).join('').repeat(120));
  const child = spawn(process.execPath, [BIN, 'redact', 'big.jsonl', '-o', 'out.jsonl', '--jobs', '1'], { cwd: dir, stdio: 'ignore' });
  const closed = new Promise((r) => child.on('close', r));
  const deadline = Date.now() + 60_000;
  let tmp: string | undefined;
  while (!(tmp = readdirSync(dir).find((n) => n.endsWith('.tmp'))) || statSync(join(dir, tmp)).size === 0) {
    if (Date.now() > deadline || child.exitCode !== null) throw new Error('the redact run did not start writing in time');
    await new Promise((r) => setTimeout(r, 20));
  }
  child.kill('SIGKILL');
  await closed;
  assert.match(tmp, new RegExp(`^\\.out\\.jsonl\\.datasan-${child.pid}-[0-9a-f]{8}\\.tmp$`));
  assert.ok(existsSync(join(dir, tmp)), 'kill -9 leaves the temporary file');
  // A temporary file of a live process (this one) is not touched.
  const live = `.out.jsonl.datasan-${process.pid}-0badc0de.tmp`;
  writeFileSync(join(dir, live), 'in progress');

  writeFileSync(join(dir, 'small.jsonl'), TRAIN);
  const r = run(['redact', 'small.jsonl', '-o', 'out.jsonl'], dir);
  assert.equal(r.code, 0, r.err);
  assert.match(r.err, new RegExp(`^datasan: removed 1 temporary file left beside out.jsonl by an interrupted run \\(${tmp.replace(/\./g, '\\.')}\\)\n`));
  assert.deepEqual(readdirSync(dir).sort(), [live, 'big.jsonl', 'out.jsonl', 'small.jsonl']);
});

test('scan: findings in one file and an I/O error in another: both reported, exit 2; SARIF says the run did not succeed', () => {
  const dir = workspace({ 'a.jsonl': TRAIN });
  const text = run(['scan', 'a.jsonl', 'gone.jsonl'], dir);
  assert.equal(text.code, 2);
  assert.match(text.out, /a\.jsonl\n {2}1:19 .*pii\/email/);
  assert.match(text.out, /gone\.jsonl\n {2}error {2}file not found/);
  assert.match(text.out, /✖ 1 finding in 1 file, 1 file not scanned\n$/);
  assert.equal(text.err, 'datasan: 1 file not scanned: gone.jsonl (file not found)\n');

  const sarif = run(['scan', '--format', 'sarif', 'a.jsonl', 'gone.jsonl'], dir);
  assert.equal(sarif.code, 2);
  const invocation = JSON.parse(sarif.out).runs[0].invocations[0];
  assert.equal(invocation.executionSuccessful, false);
  assert.deepEqual(
    invocation.toolExecutionNotifications.map((n: { level: string; message: { text: string } }) => [n.level, n.message.text]),
    [['error', 'gone.jsonl: file not found']],
  );
  assert.equal(JSON.parse(run(['scan', '--format', 'sarif', 'a.jsonl'], dir).out).runs[0].invocations[0].executionSuccessful, true);
});

test('scan: nothing scanned is never "✔ no findings": a glob matching nothing, a missing file, a list of unreadable files', () => {
  const dir = workspace({ 'a.jsonl': TRAIN, 'latin1.txt': Buffer.from('caf\xe9\n', 'latin1') });
  const glob = run(['scan', 'data/*.jsonl'], dir);
  assert.equal(glob.code, 2);
  assert.equal(glob.out, 'data/*.jsonl\n  error  no files match this pattern\n\nno file scanned, 1 file not scanned\n');
  const missing = run(['scan', 'missing.txt'], dir);
  assert.equal(missing.code, 2);
  assert.doesNotMatch(missing.out, /✔/);
  assert.match(missing.out, /\nno file scanned, 1 file not scanned\n$/);
  const list = run(['scan', '--file-list', '-'], dir, { input: 'gone.jsonl\nlatin1.txt\n' });
  assert.equal(list.code, 2);
  assert.match(list.out, /\nno file scanned, 2 files not scanned\n$/);
  assert.equal(list.err, 'datasan: 2 files not scanned: gone.jsonl (file not found); latin1.txt (not valid UTF-8 (line 1), not scanned)\n');
  const empty = workspace({ 'weights/model.safetensors': Buffer.from([1, 0, 2]) });
  const folder = run(['scan', 'weights'], empty);
  assert.equal(folder.code, 2);
  assert.match(folder.out, /weights\n {2}error {2}no file to scan in this folder \(1 binary file passed over\)/);
});

test('scan: a FIFO is never opened (no hang): named, it is an error; in a folder, it is skipped and counted', () => {
  const dir = workspace({ 'd/a.jsonl': TRAIN });
  execFileSync('mkfifo', [join(dir, 'd', 'queue')]);
  const named = spawnSync(process.execPath, [BIN, 'scan', 'd/queue'], { cwd: dir, encoding: 'utf8', timeout: 30_000 });
  assert.equal(named.status, 2, 'exits instead of waiting for a writer');
  assert.match(named.stdout, /d\/queue\n {2}error {2}not a regular file \(a FIFO\), not scanned/);
  const folder = spawnSync(process.execPath, [BIN, 'scan', 'd'], { cwd: dir, encoding: 'utf8', timeout: 30_000 });
  assert.equal(folder.status, 1);
  assert.match(folder.stdout, /✖ 1 finding in 1 file\n$/);
  assert.equal(folder.stderr, 'datasan: skipped 1 entry in folders: 1 FIFO (not a regular file)\n');
});

test('scan: a file that fails half way lists its findings and says it was partly scanned, and where it stopped', () => {
  const good = Array.from({ length: 4000 }, (_, i) => JSON.stringify({ id: i, text: i === 0 ? 'write to ann.lee@mail.com' : `record ${i} of the training set, nothing personal` })).join('\n') + '\n';
  const dir = workspace({ 'train.jsonl': Buffer.concat([Buffer.from(good), Buffer.from('{"text":"caf\xe9"}\n', 'latin1')]) });
  const r = run(['scan', 'train.jsonl'], dir);
  assert.equal(r.code, 2);
  // Findings are written as found, so the error that stopped the scan follows them.
  assert.match(r.out, /train\.jsonl\n {2}1:26 [^\n]*pii\/email[^\n]*\n {2}error {2}partly scanned \(lines 1–\d+\), then not valid UTF-8 \(line 4001\)\n/);
  assert.match(r.out, /✖ 1 finding in 1 file, 1 file partly scanned\n$/);
  assert.match(r.err, /^datasan: 1 file partly scanned: train\.jsonl \(partly scanned/);
  assert.doesNotMatch(r.out, /not scanned/);
});

test('scan: UTF-16 files with a BOM are decoded as editors do and scanned; redact refuses them with a clear message', () => {
  const text = '{"text":"write to ann.lee@mail.com"}\r\n';
  const dir = workspace({
    'le.jsonl': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
    'be.csv': Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('email\r\nann.lee@mail.com\r\n', 'utf16le').swap16()]),
  });
  const r = run(['scan', '--format', 'json', '--show-values', 'le.jsonl', 'be.csv'], dir);
  assert.equal(r.code, 1, r.err);
  const files = JSON.parse(r.out).files;
  assert.deepEqual(files[0].findings.map((f: { value: string; range: unknown }) => [f.value, f.range]), [['ann.lee@mail.com', { start: { line: 0, character: 18 }, end: { line: 0, character: 34 } }]]);
  assert.deepEqual(files[1].findings.map((f: { value: string }) => f.value), ['ann.lee@mail.com']);
  const redact = run(['redact', 'le.jsonl', '-o', 'out.jsonl'], dir);
  assert.equal(redact.code, 2);
  assert.equal(redact.err, 'datasan: le.jsonl: UTF-16LE text; convert it to UTF-8 first (for example with iconv -f UTF-16 -t UTF-8), not redacted\n');
});

test('scan: a broken allow-list is named with its line and column, never with JavaScript text or its content', () => {
  const salt = Allowlist.empty().toJSON().match(/"salt": "([^"]+)"/)![1];
  const broken = `{\n  "version": 1,\n  "salt": "${salt}",\n  "entries": [\n    { "fingerprint": "ab12" }\n    { "fingerprint": "cd34" }\n  ]\n}\n`;
  const dir = workspace({ 'a.txt': 'nothing\n', '.datasan/allowlist.json': broken });
  const r = run(['scan', 'a.txt'], dir);
  assert.equal(r.code, 2);
  assert.equal(r.err, 'datasan: .datasan/allowlist.json line 6, column 5: not valid JSON (comma expected)\n');
  writeFileSync(join(dir, '.datasan/allowlist.json'), 'null\n');
  assert.equal(run(['scan', 'a.txt'], dir).err, 'datasan: .datasan/allowlist.json: not a Datasan allow-list (it needs an object with "salt" and "entries")\n');
});

test('redact: the report counts every redaction of a CSV whose first row holds data, as stderr does', () => {
  const dir = workspace({ 'contacts.csv': 'ann.lee@mail.com,+1 415 555 0123\nbob@mail.org,+1 415 555 0199\ncarl@mail.net,+1 415 555 0142\n' });
  const r = run(['redact', 'contacts.csv', '-o', 'out.csv', '--report', 'report.json'], dir);
  assert.equal(r.code, 0, r.err);
  const said = Number(/redacted (\d+) values in (\d+) records/.exec(r.err)![1]);
  const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'));
  assert.equal(said, 6);
  assert.equal(report.totals.redactions, said);
  assert.equal(report.totals.records, 3);
  assert.equal(JSON.stringify(report).includes('ann.lee'), false, 'a first row of data names no column');
});

test('redact and repair: -o through a link to the input is refused as the input (it would be replaced in place)', () => {
  const dir = workspace({ 'in.jsonl': TRAIN });
  symlinkSync('in.jsonl', join(dir, 'alias.jsonl'));
  for (const command of [['redact'], ['repair', '--max-redactions', '0']]) {
    const r = run([...command, 'in.jsonl', '-o', 'alias.jsonl'], dir);
    assert.equal(r.code, 2, command[0]);
    assert.equal(r.err, 'datasan: the output is the input; use --in-place to replace it\n');
  }
  assert.equal(readFileSync(join(dir, 'in.jsonl'), 'utf8'), TRAIN);
  assert.ok(lstatSync(join(dir, 'alias.jsonl')).isSymbolicLink());
});
