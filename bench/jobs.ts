// npm run bench -- jobs: `datasan scan --jobs 1` against `--jobs auto` (the default) in the same run, with
// names on (chat corpus) and off (PII-dense corpus): the default must never be slower than one thread.
// Runs interleaved, medians of BENCH_RUNS; BENCH_SCAN_MB sets the size (default 50).
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { chatDataset, denseDataset, loadAverage, measure, median } from './common';

const ROOT = join(__dirname, '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const SCAN_MB = Number(process.env.BENCH_SCAN_MB ?? 50);

async function compare(label: string, path: string, extra: string[]) {
  const mb = statSync(path).size / 1024 / 1024;
  const one: number[] = [];
  const auto: number[] = [];
  const loads: string[] = [];
  for (let i = 0; i < RUNS; i++) {
    loads.push(loadAverage());
    const a = await measure([join(ROOT, 'bin', 'datasan'), 'scan', '--jobs', '1', '--format', 'json', ...extra, path]);
    const b = await measure([join(ROOT, 'bin', 'datasan'), 'scan', '--jobs', 'auto', '--format', 'json', ...extra, path]);
    if (a.stdout !== b.stdout) throw new Error(`--jobs auto reported other findings than --jobs 1 on ${label}`);
    one.push(a.ms);
    auto.push(b.ms);
  }
  const s1 = median(one);
  const sa = median(auto);
  console.log(`\n## --jobs 1 vs --jobs auto: ${mb.toFixed(0)} MB ${label} (median of ${RUNS}; load at each run start: ${loads.join(', ')})`);
  console.log(`--jobs 1:    ${(s1 / 1000).toFixed(2)} s, ${(mb / (s1 / 1000)).toFixed(1)} MB/s`);
  console.log(`--jobs auto: ${(sa / 1000).toFixed(2)} s, ${(mb / (sa / 1000)).toFixed(1)} MB/s`);
  console.log(`speed-up auto / 1: ${(s1 / sa).toFixed(2)}× (target ≥ 1.0×: never slower), same findings`);
}

export default async function jobsBench(): Promise<void> {
  await compare('chat JSONL, names on', await chatDataset(SCAN_MB), []);
  await compare('PII-dense JSONL, --no-names', await denseDataset(SCAN_MB), ['--no-names']);
}
