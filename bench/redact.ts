// npm run bench -- redact: `datasan redact` throughput on a ≥ 1 GB generated chat JSONL against a
// read-and-write-only baseline in the same run, and the redact process's peak memory (RSS high-water
// mark) at two file sizes. Medians of BENCH_RUNS runs, interleaved so that machine noise hits both alike.
//   BENCH_REDACT_MB       size of the throughput file (default 1024)
//   BENCH_REDACT_MEM_MB   the second size for peak memory (default 250)
//   BENCH_RUNS            runs each (default 3)
import { mkdirSync, rmSync, statfsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DATA, type Measure, chatDataset, measure, median } from './common';

const ROOT = join(__dirname, '..');
const BIN = join(ROOT, 'bin', 'datasan');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const BIG_MB = Number(process.env.BENCH_REDACT_MB ?? 1024);
const SMALL_MB = Number(process.env.BENCH_REDACT_MEM_MB ?? 250);
const MEMORY_TARGET_MB = 200;
// Everything but the free-text detectors (names, places): shows the pipeline's own cost.
const STRUCTURED = 'EMAIL_ADDRESS,PHONE_NUMBER,CREDIT_CARD,IP_ADDRESS,IBAN_CODE,US_SSN,CRYPTO,URL,MAC_ADDRESS,SECRET';

function freeMb(path: string): number {
  const s = statfsSync(path);
  return (s.bavail * s.bsize) / 1024 / 1024;
}

const row = (label: string, mb: number, m: Measure) => `${label.padEnd(44)} ${(m.ms / 1000).toFixed(1).padStart(7)} s  ${(mb / (m.ms / 1000)).toFixed(1).padStart(7)} MB/s  peak RSS ${m.peakMb.toFixed(0).padStart(4)} MB`;

export default async function redactBench(): Promise<void> {
  mkdirSync(DATA, { recursive: true });
  const need = (BIG_MB + SMALL_MB) * 1.05 + 2 * BIG_MB;
  if (freeMb(DATA) < need) {
    console.log(`\n## datasan redact: skipped, ${need.toFixed(0)} MB of free disk needed in bench/.data (${freeMb(DATA).toFixed(0)} MB free)`);
    return;
  }
  const big = await chatDataset(BIG_MB);
  const small = await chatDataset(SMALL_MB);
  const out = join(DATA, 'redact-out.jsonl');
  const copy = join(DATA, 'copy-out.jsonl');
  const bigMb = statSync(big).size / 1024 / 1024;
  const smallMb = statSync(small).size / 1024 / 1024;

  const base: Measure[] = [];
  const red: Measure[] = [];
  for (let i = 0; i < RUNS; i++) {
    base.push(await measure([join(__dirname, 'baseline-copy.mjs'), big, copy]));
    rmSync(copy, { force: true });
    red.push(await measure([BIN, 'redact', big, '-o', out]));
    rmSync(out, { force: true });
  }
  const b = { ms: median(base.map((m) => m.ms)), peakMb: median(base.map((m) => m.peakMb)) };
  const r = { ms: median(red.map((m) => m.ms)), peakMb: Math.max(...red.map((m) => m.peakMb)) };

  const smallRuns: Measure[] = [];
  const structured: Measure[] = [];
  const smallBase: Measure[] = [];
  for (let i = 0; i < RUNS; i++) {
    smallBase.push(await measure([join(__dirname, 'baseline-copy.mjs'), small, copy]));
    rmSync(copy, { force: true });
    smallRuns.push(await measure([BIN, 'redact', small, '-o', out]));
    rmSync(out, { force: true });
    structured.push(await measure([BIN, 'redact', small, '-o', out, '--entities', STRUCTURED]));
    rmSync(out, { force: true });
  }
  const s = { ms: median(smallRuns.map((m) => m.ms)), peakMb: Math.max(...smallRuns.map((m) => m.peakMb)) };
  const st = { ms: median(structured.map((m) => m.ms)), peakMb: Math.max(...structured.map((m) => m.peakMb)) };
  const sb = { ms: median(smallBase.map((m) => m.ms)), peakMb: median(smallBase.map((m) => m.peakMb)) };

  const mbps = (mb: number, m: Measure) => mb / (m.ms / 1000);
  console.log(`\n## datasan redact of ${bigMb.toFixed(0)} MB chat JSONL (median of ${RUNS}; peak RSS is the highest run)`);
  console.log(row('baseline (read + write every line)', bigMb, b));
  console.log(row('datasan redact', bigMb, r));
  console.log(`ratio redact/baseline throughput: ${(mbps(bigMb, r) / mbps(bigMb, b)).toFixed(3)}× (target ≥ 0.4×)`);
  console.log(`\n## datasan redact of ${smallMb.toFixed(0)} MB (median of ${RUNS})`);
  console.log(row('baseline (read + write every line)', smallMb, sb));
  console.log(row('datasan redact', smallMb, s));
  console.log(row('datasan redact --entities <all but names>', smallMb, st));
  console.log(`ratio redact/baseline: ${(mbps(smallMb, s) / mbps(smallMb, sb)).toFixed(3)}×; without the names detectors: ${(mbps(smallMb, st) / mbps(smallMb, sb)).toFixed(3)}×`);
  console.log(`\npeak memory of datasan redact: ${s.peakMb.toFixed(0)} MB at ${smallMb.toFixed(0)} MB, ${r.peakMb.toFixed(0)} MB at ${bigMb.toFixed(0)} MB (target < ${MEMORY_TARGET_MB} MB for both)`);
}
