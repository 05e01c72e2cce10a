// bin/datasan runs the bundle with the V8 code cache the build writes beside it, and only with its own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { join } from 'node:path';
import vm from 'node:vm';
import { BIN, workspace } from './helpers';

const DIST = join(__dirname, '..', '..', 'dist');
const header = (file: string) => `${statSync(file).size} ${statSync(file).mtimeMs}`;
const v8Cache = (file: string) => new vm.Script((Module as unknown as { wrap(s: string): string }).wrap(readFileSync(file, 'utf8')), { filename: file }).createCachedData();

test('the build writes a code cache that names the CLI bundle it was made from', () => {
  const cache = readFileSync(join(DIST, 'cli.js.cache'));
  assert.equal(cache.toString('latin1', 0, cache.indexOf(10)), header(join(DIST, 'cli.js')));
  assert.ok(cache.length > 100_000, 'the cache holds compiled code');
});

test('a code cache made for another bundle is not used, even one V8 would accept (same length)', () => {
  const dir = workspace({ 'dist/cli.js': 'process.stdout.write("new")\n', 'old.js': 'process.stdout.write("old")\n' });
  mkdirSync(join(dir, 'bin'));
  copyFileSync(BIN, join(dir, 'bin', 'datasan'));
  const bundle = join(dir, 'dist', 'cli.js');
  const runBin = () => spawnSync(process.execPath, [join(dir, 'bin', 'datasan')], { encoding: 'utf8' }).stdout;
  // The old bundle's cache, headed as the old bundle was (same size, an hour earlier).
  utimesSync(bundle, new Date(), new Date());
  const old = join(dir, 'old.js');
  utimesSync(old, new Date(Date.now() - 3_600_000), new Date(Date.now() - 3_600_000));
  writeFileSync(`${bundle}.cache`, Buffer.concat([Buffer.from(`${header(old)}\n`), v8Cache(old)]));
  assert.equal(runBin(), 'new');
  // Its own cache is used, and gives the same run.
  writeFileSync(`${bundle}.cache`, Buffer.concat([Buffer.from(`${header(bundle)}\n`), v8Cache(bundle)]));
  assert.equal(runBin(), 'new');
});
