// npm run bench -- pseudonyms: what keyed pseudonyms (--pseudonym-key-file) cost against numbered ones, on the
// same generated chat JSONL in the same run (interleaved, medians). Target: keyed ≥ 0.9× numbered throughput.
//   BENCH_PSEUDONYM_MB  size of the file (default 100)
import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA, chatDataset, loadAverage, measure, median } from './common';

const BIN = join(__dirname, '..', 'bin', 'datasan');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const MB = Number(process.env.BENCH_PSEUDONYM_MB ?? 100);

export default async function pseudonymBench(): Promise<void> {
  mkdirSync(DATA, { recursive: true });
  const input = await chatDataset(MB);
  const mb = statSync(input).size / 1024 / 1024;
  const key = join(DATA, 'bench.key');
  writeFileSync(key, '5b2f8e1c7a9d3f6b0e4c8a2d7f1b9e3c\n');
  const out = join(DATA, 'pseudonym-out.jsonl');
  const numbered: number[] = [];
  const keyed: number[] = [];
  const loads = [loadAverage()];
  for (let i = 0; i < RUNS; i++) {
    numbered.push((await measure([BIN, 'redact', '--no-names', '--jobs', '1', '--style', 'pseudonym', input, '-o', out])).ms);
    rmSync(out, { force: true });
    keyed.push((await measure([BIN, 'redact', '--no-names', '--jobs', '1', '--pseudonym-key-file', key, input, '-o', out])).ms);
    rmSync(out, { force: true });
  }
  loads.push(loadAverage());
  const rate = (xs: number[]) => mb / (median(xs) / 1000);
  const ratio = rate(keyed) / rate(numbered);
  console.log(`\n## keyed pseudonyms, datasan redact --no-names of ${mb.toFixed(0)} MB chat JSONL (median of ${RUNS}, interleaved; load ${loads.join(' → ')})`);
  console.log(`numbered (--style pseudonym):        ${rate(numbered).toFixed(1)} MB/s`);
  console.log(`keyed (--pseudonym-key-file):        ${rate(keyed).toFixed(1)} MB/s`);
  console.log(`ratio keyed / numbered: ${ratio.toFixed(2)}× (target ≥ 0.90×: keyed pseudonyms cost at most 10%) ${ratio >= 0.9 ? 'PASS' : 'FAIL'}`);
}
