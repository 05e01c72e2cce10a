import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { ScanPool, workersFor } from './pool';
import { createScanner } from '../index';
import { inThisThread, type BatchUnit } from '../batch';
import { Allowlist } from '../allowlist';
import { DEFAULT_SETTINGS, type DatasanSettings } from '../settings';

const entry = join(__dirname, 'dev-entry.mjs');

const lines: BatchUnit[] = [
  '{"text":"write to ann.lee@mail.com or call +1 415 555 0100"}',
  '{"text":"nothing here"}',
  'not json, but mail bob@mail.org',
  '{"q":"card 4111 1111 1111 1111","a":"token hf_abcdefghijklmnopqrstuvwxyzABCDEFGH"}',
  '{"text":"caf\\u00e9 owner: \\"zoe.dubois@mail.com\\""}',
  '{"text":"My name is Zofia Nowicka and I live at 12 Baker Street, London."}',
].map((text, i) => ({ text, record: i + 1 }));

async function both(settings: DatasanSettings, opts: { entities?: Set<string>; allowlist?: Allowlist } = {}) {
  const scanner = createScanner(settings, opts);
  const pool = new ScanPool({ scanner, ...opts, jobs: 2, entry });
  try {
    await pool.ready;
    // The worker takes the first two batches; the third, sent while its queue is full, is scanned in this thread.
    const [a, b, c] = await Promise.all([pool.scanBatch(lines.slice(0, 2), 'jsonl'), pool.scanBatch(lines.slice(2, 4), 'jsonl'), pool.scanBatch(lines.slice(4), 'jsonl')]);
    return { pooled: [...a, ...b, ...c], here: await inThisThread(scanner).scanBatch(lines, 'jsonl') };
  } finally {
    await pool.close();
  }
}

test('scan pool: workers (and this thread when they are busy) find exactly what this thread alone finds, batch by batch, in order', async () => {
  const { pooled, here } = await both(DEFAULT_SETTINGS);
  assert.deepEqual(pooled, here);
  const rules = pooled.map((u) => u.findings.map((f) => f.rule));
  assert.ok(rules[0].includes('pii/email') && rules[3].includes('pii/credit-card') && rules[5].includes('pii/person'), JSON.stringify(rules));
  assert.deepEqual(pooled[1], { findings: [], notices: [], invalidJson: false });
  assert.equal(pooled[2].invalidJson, true);
  assert.equal(pooled[0].findings[0].record, 1);
});

test('scan pool: settings, the entity filter and the allow-list reach the workers', async () => {
  const allowlist = Allowlist.empty().with('ann.lee@mail.com', 'EMAIL_ADDRESS');
  const settings = { ...DEFAULT_SETTINGS, names: { ...DEFAULT_SETTINGS.names, enable: false } };
  const { pooled, here } = await both(settings, { entities: new Set(['EMAIL_ADDRESS']), allowlist });
  assert.deepEqual(pooled, here);
  const found = pooled.flatMap((u) => u.findings.map((f) => f.entity));
  assert.deepEqual(found, ['EMAIL_ADDRESS', 'EMAIL_ADDRESS'], 'bob and zoe; ann is allowed, other kinds filtered out');
});

test('scan pool: a closed pool rejects new batches instead of hanging', async () => {
  const scanner = createScanner(DEFAULT_SETTINGS);
  const pool = new ScanPool({ scanner, jobs: 2, entry });
  await pool.close();
  await assert.rejects(pool.scanBatch(lines, 'jsonl'), /closed/);
});

test('scan pool: a worker still loading is given no batch; this thread scans them all meanwhile, and nothing waits for it', async () => {
  const scanner = createScanner(DEFAULT_SETTINGS);
  const pool = new ScanPool({ scanner, jobs: 2, entry: join(__dirname, 'loading-worker.mjs') });
  try {
    const waited = new Promise<'waited'>((resolve) => setTimeout(() => resolve('waited'), 10_000).unref());
    const pooled = await Promise.race([Promise.all([pool.scanBatch(lines.slice(0, 3), 'jsonl'), pool.scanBatch(lines.slice(3), 'jsonl')]), waited]);
    assert.notEqual(pooled, 'waited', 'a batch was given to the worker that is not ready');
    assert.deepEqual((pooled as Awaited<ReturnType<ScanPool['scanBatch']>>[]).flat(), await inThisThread(scanner).scanBatch(lines, 'jsonl'));
  } finally {
    await pool.close();
  }
});

/** Whether `batch` settles within `ms` (a batch given to silent-worker.mjs never does). */
async function settlesWithin<T>(batch: Promise<T>, ms: number): Promise<boolean> {
  return Promise.race([batch.then(() => true, () => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), ms).unref())]);
}

test('scan pool: one worker per core other processes leave idle beyond this thread\'s, at most jobs - 1', () => {
  assert.equal(workersFor(2, 1), 1, 'an idle 2-core machine: this thread and one worker');
  assert.equal(workersFor(1.6, 1), 1);
  assert.equal(workersFor(1.4, 1), 0, 'a worker would share a core with this thread or another process');
  assert.equal(workersFor(0.3, 1), 0);
  assert.equal(workersFor(8, 3), 3);
  assert.equal(workersFor(2.6, 3), 2);
});

test('scan pool (--jobs auto): on a busy machine no worker is started and this thread scans every batch; once cores are idle, workers take batches', async () => {
  const scanner = createScanner(DEFAULT_SETTINGS);
  let idle: number | undefined = 0.8;
  const busy = new ScanPool({ scanner, jobs: 2, entry: join(__dirname, 'silent-worker.mjs'), idleCores: () => idle });
  try {
    await busy.ready;
    const first = busy.scanBatch(lines.slice(0, 3), 'jsonl');
    const second = busy.scanBatch(lines.slice(3), 'jsonl');
    assert.ok((await settlesWithin(Promise.all([first, second]), 5000)) === true, 'a batch was given to a worker on a busy machine');
    assert.deepEqual([...(await first), ...(await second)], await inThisThread(scanner).scanBatch(lines, 'jsonl'));
    // The other processes are done: a worker starts, and once it is ready it takes the next batch.
    idle = 2;
    await busy.scanBatch(lines.slice(0, 1), 'jsonl');
    idle = undefined; // no new measure: the last one holds
    await busy.ready;
    assert.equal(await settlesWithin(busy.scanBatch(lines.slice(1, 2), 'jsonl'), 1000), false, 'the batch went to the (silent) worker');
  } finally {
    await busy.close();
  }
});
