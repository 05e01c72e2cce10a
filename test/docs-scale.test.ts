// The README's "Datasets at scale" commands (### Parquet, ### Pipes, ### Merging reports, ### Dask) run as
// written, with `datasan` and `python3` on PATH (and `bin/datasan`), over a generated Parquet file and 8
// generated shards; what they write is checked against one run of `datasan redact` over the whole. The Dask block runs on a LocalCluster and on a scheduler with two
// `dask worker` processes started here. Under CI a missing Dask or zstd fails the test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { BIN, run, workspace } from './cli/helpers';
import { comparable, writeShards } from './cli/shards';
import { pythonWithDistributed, underCi } from './dask-python';
import { asyncBufferFromFile, parquetReadObjects } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { type ChatRow, writeChatParquet } from './cli/parquet-fixture';

const ROOT = join(__dirname, '..');

/** The ```sh blocks under `### heading` of the README's "## Datasets at scale". */
function readmeBlocks(heading: string): string[] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = /^## Datasets at scale\n([^]*?)(?=^## )/m.exec(readme)?.[1];
  assert.ok(section, 'README has a "## Datasets at scale" section');
  const sub = new RegExp(`^### ${heading}\\n([^]*?)(?=^### |$(?![^]))`, 'm').exec(section)?.[1];
  assert.ok(sub, `"## Datasets at scale" has a "### ${heading}" part`);
  const blocks = [...sub.matchAll(/^```sh\n([^]*?)^```$/gm)].map((m) => m[1]);
  assert.ok(blocks.length, `"### ${heading}" has commands`);
  return blocks;
}

/** A folder with the shards under data/ (plain and .zst), the key, examples/ and `datasan`/`python3` on PATH. */
function setUp(python: string | undefined) {
  const dir = workspace({});
  mkdirSync(join(dir, 'data'));
  const shards = writeShards(join(dir, 'data'), 1600);
  writeFileSync(join(dir, 'datasan.key'), readFileSync(join(dir, 'data', 'datasan.key')));
  for (const s of shards) assert.equal(spawnSync('zstd', ['-q', join(dir, 'data', s)]).status, 0, 'zstd');
  symlinkSync(join(ROOT, 'examples'), join(dir, 'examples'));
  const bin = join(dir, '.bin');
  mkdirSync(bin);
  symlinkSync(BIN, join(bin, 'datasan'));
  if (python) symlinkSync(python.includes('/') ? python : spawnSync('sh', ['-c', `command -v ${python}`], { encoding: 'utf8' }).stdout.trim(), join(bin, 'python3'));
  const env = { ...process.env, PATH: [bin, dirname(process.execPath), process.env.PATH].join(delimiter) };
  return { dir, shards, env };
}

function sh(script: string, cwd: string, env: NodeJS.ProcessEnv) {
  const r = spawnSync('bash', ['-e', '-o', 'pipefail', '-c', script], { cwd, env, encoding: 'utf8', timeout: 300_000 });
  assert.equal(r.status, 0, `${script}\n${r.stderr}`);
  return r;
}

test('docs: the README\'s Parquet commands scan, redact (with a report) and repair a Parquet file', async () => {
  const dir = workspace({});
  mkdirSync(join(dir, 'data'));
  mkdirSync(join(dir, 'bin'));
  symlinkSync(BIN, join(dir, 'bin', 'datasan'));
  const row = (id: bigint, content: string): ChatRow => ({ id, score: 1, created: null, text: null, messages: [{ role: 'user', content }] });
  await writeChatParquet(join(dir, 'data', 'train-00000-of-00004.parquet'), [
    [row(1n, 'write to ann.lee@mail.com'), row(2n, 'nothing here')],
    [row(3n, 'ann.lee@mail.com, bob@mail.org, +1 415 555 0132 and cy@mail.net')],
  ]);
  for (const block of readmeBlocks('Parquet')) sh(block, dir, process.env);
  const findings = JSON.parse(readFileSync(join(dir, 'findings.json'), 'utf8'));
  assert.deepEqual([...new Set(findings.files[0].findings.map((f: { column: string }) => f.column))], ['messages[0].content']);
  const rows = async (f: string) => (await parquetReadObjects({ file: await asyncBufferFromFile(join(dir, f)), compressors })) as { id: bigint; messages: { content: string }[] }[];
  const redacted = await rows('redacted/train-00000-of-00004.parquet');
  assert.deepEqual(redacted.map((r) => r.id), [1n, 2n, 3n]);
  assert.ok(!JSON.stringify(redacted.map((r) => r.messages)).includes('@mail'), 'the redacted file holds an email');
  assert.ok(existsSync(join(dir, 'report.html')));
  // The third row had 4 redactions: more than --max-redactions 2.
  assert.deepEqual((await rows('repaired.parquet')).map((r) => r.id), [1n, 2n]);
});

const zstdMissing = spawnSync('zstd', ['--version']).status !== 0;

test('docs: the README\'s pipe and merge commands redact shards through zstd pipes and merge their reports into the single run\'s', (t) => {
  if (zstdMissing) {
    if (underCi) assert.fail('zstd is missing (.ci/run installs it)');
    return t.skip('zstd is not installed');
  }
  const { dir, shards, env } = setUp(undefined);
  const whole = run(['redact', 'data/all.jsonl', '-o', 'all.out.jsonl', '--pseudonym-key-file', 'datasan.key', '--report', 'all.json'], dir);
  assert.equal(whole.code, 0, whole.err);
  const first = run(['redact', 'data/shard-00.jsonl', '-o', 'shard-00.out.jsonl', '--pseudonym-key-file', 'datasan.key'], dir);
  assert.equal(first.code, 0, first.err);
  const unzstd = (f: string) => spawnSync('zstd', ['-dc', join(dir, f)]).stdout;

  mkdirSync(join(dir, 'redacted'));
  for (const block of readmeBlocks('Pipes')) sh(block, dir, env);
  assert.ok(unzstd('redacted/shard-00.jsonl.zst').equals(readFileSync(join(dir, 'shard-00.out.jsonl'))));
  const findings = JSON.parse(readFileSync(join(dir, 'findings.json'), 'utf8'));
  assert.equal(findings.files[0].path, '<stdin>');
  assert.ok(findings.files[0].findings.length > 10);

  for (const block of readmeBlocks('Merging reports')) sh(block, dir, env);
  assert.ok(Buffer.concat(shards.map((s) => unzstd(`redacted/${s}.zst`))).equals(readFileSync(join(dir, 'all.out.jsonl'))));
  const merged = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'));
  assert.deepEqual(comparable(merged), comparable(JSON.parse(readFileSync(join(dir, 'all.json'), 'utf8'))));
  for (const f of ['report.html', 'report.md']) assert.ok(existsSync(join(dir, f)), f);
});

/** Starts a Dask scheduler and two one-thread workers; resolves with its address. */
async function cluster(python: string, dir: string, env: NodeJS.ProcessEnv, started: ChildProcess[]): Promise<string> {
  const file = join(dir, 'scheduler.json');
  const opts = { cwd: dir, env, detached: true, stdio: 'ignore' as const };
  started.push(spawn(python, ['-m', 'distributed.cli.dask_scheduler', '--port', '0', '--no-dashboard', '--scheduler-file', file], opts));
  const until = Date.now() + 120_000;
  while (!existsSync(file) && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
  assert.ok(existsSync(file), 'the Dask scheduler did not start');
  started.push(spawn(python, ['-m', 'distributed.cli.dask_worker', '--scheduler-file', file, '--nworkers', '2', '--nthreads', '1', '--no-dashboard'], opts));
  return JSON.parse(readFileSync(file, 'utf8')).address;
}

test('docs: the README\'s Dask commands run on a LocalCluster and on a running scheduler, with the single run\'s output', async (t) => {
  const python = pythonWithDistributed();
  if (!python) {
    if (underCi) assert.fail('Dask is missing: no python3 imports "distributed" (.ci/run installs python3-distributed)');
    return t.skip('Dask is not installed (apt-get install python3-distributed)');
  }
  const { dir, shards, env } = setUp(python);
  const whole = run(['redact', 'data/all.jsonl', '-o', 'all.out.jsonl', '--pseudonym-key-file', 'datasan.key'], dir);
  assert.equal(whole.code, 0, whole.err);
  const started: ChildProcess[] = [];
  try {
    const address = await cluster(python, dir, env, started);
    const [block] = readmeBlocks('Dask');
    const r = sh(block, dir, { ...env, DASK_SCHEDULER: address });
    assert.match(r.stderr, /redacted 8 shards in [\d.]+ s on 2 worker processes \(a local cluster of 2\)/);
    assert.match(r.stderr, new RegExp(`redacted 8 shards in [\\d.]+ s on 2 worker processes \\(${address.replace(/\./g, '\\.')}\\)`));
  } finally {
    for (const c of started) if (c.pid) process.kill(-c.pid, 'SIGTERM');
  }
  for (const out of ['redacted-dask', 'redacted-cluster']) {
    const concatenated = Buffer.concat(shards.map((s) => readFileSync(join(dir, out, s))));
    assert.ok(concatenated.equals(readFileSync(join(dir, 'all.out.jsonl'))), `${out} differs from the redaction of the whole`);
    assert.ok(existsSync(join(dir, out, 'report.html')));
  }
});
