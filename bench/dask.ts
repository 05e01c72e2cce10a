// npm run bench -- dask: the Dask recipe (examples/dask) over 8 shards of the generated chat JSONL, on a
// LocalCluster of 1 worker and of 2 workers, interleaved in the same run. Target: 2 workers ≥ 1.6× 1 worker on
// this 2-core machine, with output identical to each other and to one `datasan redact` of the whole. The
// machine's load and the CPU time of the datasan processes (user+sys, from the recipe) are printed beside the
// speed-up: other jobs on the machine cap what a second worker can gain, the CPU time a shard takes does not move.
//   BENCH_DASK_MB    size of the dataset (default 64: 8 MB shards; each worker's datasan process starts and warms
//                    up once, on its first shard)
//   BENCH_DASK_RUNS  runs of each (default 3; medians)
//   BENCH_DASK_NAMES 0 to pass --no-names (default: names on, the real workload)
//   BENCH_DASK_NODE_FLAGS  the recipe's --node-flags (default: the recipe's own, --single-threaded; "" for none)
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { DATA, chatDataset, loadAverage, median } from './common';
import { pythonWithDistributed } from '../test/dask-python';

const ROOT = join(__dirname, '..');
const BIN = join(ROOT, 'bin', 'datasan');
const RECIPE = join(ROOT, 'examples', 'dask', 'redact_shards.py');
const MB = Number(process.env.BENCH_DASK_MB ?? 64);
const RUNS = Number(process.env.BENCH_DASK_RUNS ?? 3);
const SHARDS = 8;

/** Splits `input` into SHARDS files of whole lines in `dir`; returns their paths in order. */
function split(input: string, dir: string): string[] {
  const lines = readFileSync(input, 'utf8').split(/(?<=\n)/);
  const per = Math.ceil(lines.length / SHARDS);
  return Array.from({ length: SHARDS }, (_, k) => {
    const path = join(dir, `shard-${String(k).padStart(2, '0')}.jsonl`);
    writeFileSync(path, lines.slice(k * per, (k + 1) * per).join(''));
    return path;
  });
}

export default async function daskBench(): Promise<void> {
  const python = pythonWithDistributed();
  if (!python) {
    console.log('\n## dask: skipped — no python3 imports "distributed" (apt-get install python3-distributed)');
    return;
  }
  const input = await chatDataset(MB);
  const mb = statSync(input).size / 1024 / 1024;
  const dir = join(DATA, `dask-${MB}mb`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const shards = split(input, dir);
  const key = join(dir, 'datasan.key');
  writeFileSync(key, '5b2f8e1c7a9d3f6b0e4c8a2d7f1b9e3c\n');
  const extra = process.env.BENCH_DASK_NAMES === '0' ? ['--no-names'] : [];
  const nodeFlags = process.env.BENCH_DASK_NODE_FLAGS === undefined ? [] : [`--node-flags=${process.env.BENCH_DASK_NODE_FLAGS}`];
  const env = { ...process.env, PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH}` };

  /** One run of the recipe: wall-clock ms of the whole (cluster start included), the tasks' ms, datasan's CPU ms, the output. */
  const recipe = (workers: number) => {
    const out = join(dir, `out-${workers}`);
    rmSync(out, { recursive: true, force: true });
    const t = process.hrtime.bigint();
    const options = ['--key', key, '--out', out, '--datasan', BIN, '--report', join(out, 'report.json'), ...nodeFlags];
    const r = spawnSync(python, [RECIPE, '--workers', String(workers), ...options, ...extra.map((a) => `--redact-arg=${a}`), ...shards], { env, encoding: 'utf8' });
    const wall = Number(process.hrtime.bigint() - t) / 1e6;
    if (r.status !== 0) throw new Error(`the Dask recipe with ${workers} workers exited ${r.status}: ${r.stderr.slice(-2000)}`);
    const summary = /redacted \d+ shards in ([\d.]+) s .*datasan CPU ([\d.]+) s/.exec(r.stderr);
    if (!summary) throw new Error(`the Dask recipe printed no summary: ${r.stderr.slice(-2000)}`);
    return { wall, tasks: Number(summary[1]) * 1000, cpu: Number(summary[2]) * 1000, output: Buffer.concat(shards.map((s) => readFileSync(join(out, s.slice(dir.length + 1))))) };
  };

  type Run = ReturnType<typeof recipe>;
  const one: Run[] = [];
  const two: Run[] = [];
  const loads = [loadAverage()];
  for (let i = 0; i < RUNS; i++) {
    one.push(recipe(1));
    two.push(recipe(2));
    loads.push(loadAverage());
  }
  const single = join(dir, 'whole.out.jsonl');
  const s = spawnSync(process.execPath, [BIN, 'redact', input, '-o', single, '--pseudonym-key-file', key, ...extra], { stdio: ['ignore', 'ignore', 'pipe'] });
  if (s.status !== 0) throw new Error(`datasan redact of the whole exited ${s.status}`);
  const whole = readFileSync(single);
  const identical = [...one, ...two].every((r) => r.output.equals(whole));

  const ms = (xs: Run[], k: 'wall' | 'tasks' | 'cpu') => median(xs.map((x) => x[k]));
  const s1 = (x: number) => (x / 1000).toFixed(1);
  const perShard = (xs: Run[]) => `datasan CPU ${s1(ms(xs, 'cpu'))} s, ${(ms(xs, 'cpu') / SHARDS / 1000).toFixed(2)} s a shard`;
  const speedup = ms(one, 'tasks') / ms(two, 'tasks');
  const speedupWall = ms(one, 'wall') / ms(two, 'wall');
  console.log(`\n## Dask recipe, ${SHARDS} shards of ${mb.toFixed(1)} MB chat JSONL in all, names ${extra.length ? 'off' : 'on'}, LocalCluster (median of ${RUNS}, interleaved)`);
  console.log(`load (1-minute average) before and after each pair of runs: ${loads.join(', ')}`);
  console.log(`1 worker:  tasks ${s1(ms(one, 'tasks'))} s, whole recipe ${s1(ms(one, 'wall'))} s (cluster start and merge included); ${perShard(one)}`);
  console.log(`2 workers: tasks ${s1(ms(two, 'tasks'))} s, whole recipe ${s1(ms(two, 'wall'))} s; ${perShard(two)}`);
  console.log(`speed-up 2 workers / 1 worker: ${speedup.toFixed(2)}× on the tasks, ${speedupWall.toFixed(2)}× on the whole recipe (target ≥ 1.6× on the tasks): ${speedup >= 1.6 ? 'PASS' : 'FAIL'}`);
  // One datasan process uses more than one core (V8 compiles and collects garbage on background threads), which
  // caps what a second worker can add on a machine of two.
  console.log(`cores one worker's tasks kept busy: ${(ms(one, 'cpu') / ms(one, 'tasks')).toFixed(2)} (CPU time / task time)`);
  console.log(`output of every run identical to one datasan redact of the whole: ${identical ? 'PASS' : 'FAIL'}`);
  if (!identical) process.exitCode = 1;
}
