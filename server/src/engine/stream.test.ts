import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createScanner } from './index';
import { DETECTORS } from './detectors/index';
import { DEFAULT_SETTINGS } from './settings';
import { scanFile } from './stream';

const dir = () => mkdtempSync(join(tmpdir(), 'datasan-stream-'));
const EMAIL = DETECTORS.find((d) => d.id === 'pii/email')!;

test('scanFile: a file that fails half way keeps its findings and says it was partly scanned, and where it stopped', async () => {
  const d = dir();
  const good = Array.from({ length: 4000 }, (_, i) => JSON.stringify({ id: i, text: i === 0 ? 'write to ann.lee@mail.com' : `record ${i} of the training set, nothing personal` })).join('\n') + '\n';
  // A Latin-1 byte near the end: the first chunks are read and scanned before it is met.
  writeFileSync(join(d, 'train.jsonl'), Buffer.concat([Buffer.from(good), Buffer.from('{"text":"caf\xe9"}\n', 'latin1')]));
  const r = await scanFile(join(d, 'train.jsonl'), 'jsonl', createScanner(DEFAULT_SETTINGS, { detectors: [EMAIL] }));
  assert.equal(r.findings.length, 1);
  assert.equal(r.errors.length, 1);
  const m = /^partly scanned \(lines 1–(\d+)\), then not valid UTF-8 \(line 4001\)$/.exec(r.errors[0]);
  assert.ok(m, r.errors[0]);
  assert.ok(Number(m[1]) >= 1000 && Number(m[1]) < 4001, r.errors[0]);
});

test('scanFile: an exception of the engine is an internal error named by its kind, without its message (which may quote data)', async () => {
  const d = dir();
  const failing = () => {
    const scanner = createScanner(DEFAULT_SETTINGS, { detectors: [EMAIL] });
    scanner.scanUnit = scanner.scan = (text: string) => {
      throw new RangeError(`bad value ${text}`);
    };
    return scanner;
  };
  writeFileSync(join(d, 'a.txt'), 'mail ann.lee@mail.com\n');
  assert.deepEqual((await scanFile(join(d, 'a.txt'), 'text', failing())).errors, ['internal error while scanning (RangeError); please report it']);
  writeFileSync(join(d, 'a.csv'), 'email\nann.lee@mail.com\n');
  assert.deepEqual((await scanFile(join(d, 'a.csv'), 'csv', failing())).errors, ['internal error while scanning (RangeError); please report it']);
});
