// The Dask recipe (examples/dask/redact_shards.py) on a LocalCluster of 2 workers over 8 shards: the redacted
// shards concatenate to exactly one `datasan redact` of the whole with the same key, and the merged report
// equals that run's report. Fails (never skips) under CI when Dask's `distributed` is missing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { BIN, run, workspace } from './cli/helpers';
import { comparable, writeShards } from './cli/shards';
import { pythonWithDistributed, underCi } from './dask-python';

const RECIPE = join(__dirname, '..', 'examples', 'dask', 'redact_shards.py');

test('dask recipe: 8 shards on a LocalCluster of 2 workers give the single run\'s output, byte for byte, and its report', (t) => {
  const python = pythonWithDistributed();
  if (!python) {
    if (underCi) assert.fail('Dask is missing: no python3 imports "distributed" (.ci/run installs python3-distributed)');
    t.skip('Dask is not installed (apt-get install python3-distributed)');
    return;
  }
  const dir = workspace({});
  const shards = writeShards(dir, 1600);
  const whole = run(['redact', 'all.jsonl', '-o', 'all.out.jsonl', '--pseudonym-key-file', 'datasan.key', '--report', 'all.json'], dir);
  assert.equal(whole.code, 0, whole.err);
  const env = { ...process.env, PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH}` };
  const r = spawnSync(python, [RECIPE, '--workers', '2', '--key', 'datasan.key', '--out', 'redacted', '--datasan', BIN, '--report', 'redacted/report.json', '--report', 'redacted/report.html', ...shards], { cwd: dir, env, encoding: 'utf8', timeout: 300_000 });
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stderr, /redacted 8 shards in [\d.]+ s on 2 worker processes \(a local cluster of 2\)/);
  const read = (f: string) => readFileSync(join(dir, f));
  assert.ok(read('all.out.jsonl').equals(Buffer.concat(shards.map((s) => read(join('redacted', s))))), 'the redacted shards differ from the redaction of the whole');
  const merged = JSON.parse(read('redacted/report.json').toString());
  assert.deepEqual(comparable(merged), comparable(JSON.parse(read('all.json').toString())));
  assert.equal(merged.input.shards, 8);
  assert.ok(existsSync(join(dir, 'redacted', 'report.html')));
  for (const f of ['redacted/report.html', 'redacted/report.json', ...shards.map((s) => join('redacted', s))]) assert.ok(!read(f).includes('@mail.com'), `${f} holds an email`);
});

test('dask recipe: a Node.js datasan starts under node with --node-flags (default --single-threaded), anything else as it is', (t) => {
  const python = pythonWithDistributed();
  if (!python) {
    if (underCi) assert.fail('Dask is missing: no python3 imports "distributed" (.ci/run installs python3-distributed)');
    t.skip('Dask is not installed (apt-get install python3-distributed)');
    return;
  }
  const dir = workspace({ 'datasan.sh': '#!/bin/sh\nexec true\n' });
  const probe = [
    'import json, sys, inspect',
    `sys.path.insert(0, ${JSON.stringify(dirname(RECIPE))})`,
    'import redact_shards as r',
    'default = inspect.signature(r.redact_shard).parameters["node_flags"].default',
    `print(json.dumps([r._batch_command(${JSON.stringify(BIN)}, list(default)), r._batch_command(${JSON.stringify(BIN)}, []), r._batch_command("datasan.sh", ["--single-threaded"])]))`,
  ].join('\n');
  const env = { ...process.env, PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH}` };
  const r = spawnSync(python, ['-c', probe], { cwd: dir, env, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const [flagged, plain, shell] = JSON.parse(r.stdout) as string[][];
  assert.deepEqual(flagged.slice(1), ['--single-threaded', BIN, 'redact', '--batch']);
  assert.match(flagged[0], /node$/);
  assert.deepEqual(plain, [BIN, 'redact', '--batch']);
  assert.deepEqual(shell, ['datasan.sh', 'redact', '--batch']);
});
