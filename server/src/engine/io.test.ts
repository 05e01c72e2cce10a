import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AtomicFile, decodeText, ioMessage, openOutput, OutputError, removeStaleTemps, writeFileAtomic, WriteError } from './io';

const dir = () => mkdtempSync(join(tmpdir(), 'datasan-io-'));

test('AtomicFile: nothing at the target until commit; abort leaves no file behind', async () => {
  const d = dir();
  const target = join(d, 'out.jsonl');
  const f = await AtomicFile.create(target);
  await f.write('hello\n');
  assert.deepEqual(readdirSync(d).filter((n) => n === 'out.jsonl'), []);
  await f.commit();
  assert.equal(readFileSync(target, 'utf8'), 'hello\n');
  assert.deepEqual(readdirSync(d), ['out.jsonl']);

  const g = await AtomicFile.create(target);
  await g.write('half');
  await g.abort();
  assert.deepEqual(readdirSync(d), ['out.jsonl']);
  assert.equal(readFileSync(target, 'utf8'), 'hello\n', 'the old file is untouched');
});

test('openOutput: a symbolic link is kept and the file it points to is replaced, its mode kept', async () => {
  const d = dir();
  mkdirSync(join(d, 'blobs'));
  writeFileSync(join(d, 'blobs', 'abc123'), '{"email":"ann.lee@mail.com"}\n');
  chmodSync(join(d, 'blobs', 'abc123'), 0o640);
  symlinkSync(join('blobs', 'abc123'), join(d, 'train.jsonl'));
  await writeFileAtomic(join(d, 'train.jsonl'), '{"email":"[EMAIL_ADDRESS]"}\n');
  assert.ok(lstatSync(join(d, 'train.jsonl')).isSymbolicLink(), 'the link is still a link');
  assert.equal(readlinkSync(join(d, 'train.jsonl')), join('blobs', 'abc123'));
  assert.equal(readFileSync(join(d, 'blobs', 'abc123'), 'utf8'), '{"email":"[EMAIL_ADDRESS]"}\n');
  assert.equal(statSync(join(d, 'blobs', 'abc123')).mode & 0o777, 0o640);
  assert.deepEqual(readdirSync(join(d, 'blobs')), ['abc123'], 'no temporary file is left');
});

test('openOutput: an existing file keeps its mode; a new one gets the mode asked for', async () => {
  const d = dir();
  writeFileSync(join(d, 'old.jsonl'), 'x\n');
  chmodSync(join(d, 'old.jsonl'), 0o604);
  await writeFileAtomic(join(d, 'old.jsonl'), 'y\n', 0o600);
  assert.equal(statSync(join(d, 'old.jsonl')).mode & 0o777, 0o604);
  await writeFileAtomic(join(d, 'new.jsonl'), 'y\n', 0o600);
  assert.equal(statSync(join(d, 'new.jsonl')).mode & 0o777, 0o600);
});

test('openOutput: /dev/null and a FIFO are written to, not renamed over; folders, sockets and dangling links are refused', async () => {
  const devnull = statSync('/dev/null');
  const f = await openOutput('/dev/null');
  assert.equal(f.atomic, false);
  await f.write('data\n');
  await f.commit();
  const after = statSync('/dev/null');
  assert.ok(after.isCharacterDevice() && after.ino === devnull.ino, '/dev/null is still the device');

  const d = dir();
  const fifo = join(d, 'pipe');
  execFileSync('mkfifo', [fifo]);
  const reader = spawn('cat', [fifo]);
  let got = '';
  reader.stdout.on('data', (b) => (got += b));
  const done = new Promise((r) => reader.on('close', r));
  await writeFileAtomic(fifo, 'through the pipe\n');
  await done;
  assert.equal(got, 'through the pipe\n');
  assert.ok(lstatSync(fifo).isFIFO(), 'the FIFO is still a FIFO');

  mkdirSync(join(d, 'folder'));
  await assert.rejects(openOutput(join(d, 'folder')), (e) => e instanceof OutputError && e.message === 'is a folder');
  const server = createServer();
  await new Promise<void>((r) => server.listen(join(d, 'sock'), r));
  await assert.rejects(openOutput(join(d, 'sock')), (e) => e instanceof OutputError && /not a regular file \(a socket\)/.test(e.message));
  assert.ok(lstatSync(join(d, 'sock')).isSocket(), 'the socket is left as it was');
  server.close();
  symlinkSync(join(d, 'nowhere'), join(d, 'dangling'));
  await assert.rejects(openOutput(join(d, 'dangling')), (e) => e instanceof OutputError && /symbolic link to a file that does not exist/.test(e.message));
  assert.deepEqual(readdirSync(d).filter((n) => n.endsWith('.tmp')), []);
});

test('openOutput: a full device is a write error that says so (not "cannot read")', async () => {
  const f = await openOutput('/dev/full');
  await assert.rejects(
    (async () => {
      await f.write('x'.repeat(1 << 20));
      await f.commit();
    })(),
    (e) => e instanceof WriteError && e.reason === 'no space left on the device',
  );
  assert.equal(ioMessage(Object.assign(new Error(), { code: 'ENOSPC' }), 'write'), 'no space left on the device');
});

test('removeStaleTemps: removes our temporary files of dead processes only', async () => {
  const d = dir();
  // A pid that is not running: a child that has exited.
  const dead = spawn(process.execPath, ['-e', '']);
  await new Promise((r) => dead.on('close', r));
  const names = {
    stale: `.out.jsonl.datasan-${dead.pid}-0badc0de.tmp`,
    alive: `.out.jsonl.datasan-${process.pid}-0badc0de.tmp`,
    notOurs: `.out.jsonl.other-${dead.pid}-0badc0de.tmp`,
    badHex: `.out.jsonl.datasan-${dead.pid}-xyz.tmp`,
    data: 'out.jsonl',
  };
  for (const n of Object.values(names)) writeFileSync(join(d, n), 'x');
  assert.deepEqual(await removeStaleTemps(d), [names.stale]);
  assert.deepEqual(readdirSync(d).sort(), [names.alive, names.notOurs, names.badHex, names.data].sort());
});

test('decodeText: UTF-16 LE and BE with a BOM are decoded as editors do; without a BOM NULs stay binary', () => {
  const text = 'mail ann.lee@mail.com\n';
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  const be = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
  assert.deepEqual(decodeText(le), { ok: true, text, bytes: le.length });
  assert.deepEqual(decodeText(be), { ok: true, text, bytes: be.length });
  assert.deepEqual(decodeText(Buffer.from(text, 'utf16le')), { ok: false, message: 'binary file, not scanned' });
  // A lone surrogate is not UTF-16.
  assert.equal(decodeText(Buffer.from([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00])).ok, false);
});
