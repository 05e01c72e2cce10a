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

test('scanFile: a CSV file is read a row at a time, with the findings a scan of the whole text gives (columns from the first row, rows over several lines)', async () => {
  const rows = ['id,contact,notes'];
  for (let i = 0; i < 4000; i++) rows.push(i % 500 === 7 ? `${i},user${i}@mail.com,"line one\r\nline two, ""quoted"""` : `${i},none,"${'x'.repeat(90)}"`);
  const text = rows.join('\r\n') + '\r\n';
  const path = join(mkdtempSync(join(tmpdir(), 'datasan-csv-')), 'big.csv');
  writeFileSync(path, text);
  const scanner = createScanner({ ...DEFAULT_SETTINGS, names: { ...DEFAULT_SETTINGS.names, enable: false } });
  const key = (f: { rule: string; start: number; end: number; record?: number }) => `${f.rule}@${f.start}-${f.end}#${f.record}`;
  const whole = scanner.scan(text, 'csv').findings.map(key);
  assert.equal(whole.length, 8);
  const streamed = await scanFile(path, 'csv', scanner);
  assert.deepEqual(streamed.findings.map(key), whole);
  const found: string[] = [];
  let calls = 0;
  await scanFile(path, 'csv', scanner, { onFound: (f) => void (calls++, found.push(...f.findings.map(key))) });
  assert.deepEqual(found, whole);
  assert.ok(calls > 1, 'findings are handed on as the rows are read, not at the end');
});

test('scanFile: CSV rows are scanned as they come in, before the rest of the input has arrived (constant memory)', async () => {
  const head = 'id,contact\n1,ann.lee@mail.com\n';
  let seen!: () => void;
  const firstFinding = new Promise<'found'>((resolve) => (seen = () => resolve('found')));
  let before: string | undefined;
  async function* input() {
    yield Buffer.from(head);
    // Enough rows for the batches scanned ahead (batch.ts) to hand the first one on.
    for (let i = 0; i < 8; i++) yield Buffer.from(`2,"${'x'.repeat(300_000)}"\n`);
    // The rest comes only after a finding of the first part was handed on (or, failing that, after 3 s).
    before = await Promise.race([firstFinding, new Promise<string>((r) => setTimeout(() => r('timed out'), 3000))]);
    yield Buffer.from('10,bob.ray@mail.org\n');
  }
  const found: number[] = [];
  await scanFile('stdin.csv', 'csv', createScanner(), { stream: input(), onFound: (f) => void (found.push(...f.findings.map((x) => x.record!)), seen()) });
  assert.equal(before, 'found');
  assert.deepEqual(found, [1, 10]);
});
