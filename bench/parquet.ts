// npm run bench -- parquet: `datasan scan` of a generated Parquet chat dataset against a scan of the same
// records as JSONL in the same run (records per second), and the peak memory of `datasan redact` on it
// against the largest row group. Deterministic data (bench/generate.ts, seed 42); medians of BENCH_RUNS runs,
// interleaved so that machine noise hits both alike; every command with --jobs 1, so that the comparison does not
// depend on how many cores other processes leave idle. Targets (#17): Parquet scan ≥ 0.5× the JSONL scan's
// speed, and redact's peak RSS ≤ 2 × the largest row group (uncompressed, from the file's metadata) + 150 MB.
//   BENCH_PARQUET_MB          at least this many MB of Parquet (default 200)
//   BENCH_PARQUET_GROUP_ROWS  rows per row group (default 10000)
//   BENCH_RUNS                runs each (default 3); BENCH_NAMES=0 skips the runs with names on
import { once } from 'node:events';
import { createWriteStream, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileWriter, ParquetWriter } from 'hyparquet-writer';
import { asyncBufferFromFile, parquetMetadataAsync, type SchemaElement } from 'hyparquet';
import { DATA, loadAverage, measure, median, type TimedMeasure as Measure } from './common';
import { prng, record } from './generate';
import { MESSAGES_SCHEMA, stringColumn } from '../test/cli/parquet-fixture';

const ROOT = join(__dirname, '..');
const BIN = join(ROOT, 'bin', 'datasan');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const MB = Number(process.env.BENCH_PARQUET_MB ?? 200);
const GROUP_ROWS = Number(process.env.BENCH_PARQUET_GROUP_ROWS ?? 10_000);

const SCHEMA: SchemaElement[] = [{ name: 'root', num_children: 3 }, stringColumn('id'), ...MESSAGES_SCHEMA, { name: 'score', type: 'DOUBLE', repetition_type: 'OPTIONAL' }];

type Row = { id: string; messages: { role: string; content: string }[]; score: number };

/** The chat records of bench/generate.ts as Parquet (Snappy) and, the same records, as JSONL; generated once. */
async function datasets(): Promise<{ parquet: string; jsonl: string; rows: number }> {
  mkdirSync(DATA, { recursive: true });
  const base = join(DATA, `chat-parquet-${MB}mb-${GROUP_ROWS}rows-seed42`);
  const parquet = `${base}.parquet`;
  const jsonl = `${base}.jsonl`;
  if (existsSync(parquet) && existsSync(jsonl)) {
    const meta = await parquetMetadataAsync(await asyncBufferFromFile(parquet));
    return { parquet, jsonl, rows: Number(meta.num_rows) };
  }
  const rand = prng(42);
  const writer = new ParquetWriter({ writer: fileWriter(`${parquet}.tmp`), schema: SCHEMA, codec: 'SNAPPY' });
  const lines = createWriteStream(`${jsonl}.tmp`);
  let rows = 0;
  // The Parquet size is known as row groups are written: groups are added until it is reached.
  while ((writer.writer as unknown as { offset: number }).offset < MB * 1024 * 1024) {
    const group: Row[] = [];
    let text = '';
    for (let i = 0; i < GROUP_ROWS; i++) {
      const line = record(rand);
      group.push(JSON.parse(line) as Row);
      text += line + '\n';
    }
    await writer.write({ columnData: (['id', 'messages', 'score'] as const).map((name) => ({ name, data: group.map((r) => r[name]) })), rowGroupSize: group.length });
    if (!lines.write(text)) await once(lines, 'drain');
    rows += group.length;
  }
  await writer.finish();
  lines.end();
  await once(lines, 'finish');
  renameSync(`${parquet}.tmp`, parquet);
  renameSync(`${jsonl}.tmp`, jsonl);
  return { parquet, jsonl, rows };
}

export default async function parquetBench(): Promise<void> {
  const { parquet, jsonl, rows } = await datasets();
  const meta = await parquetMetadataAsync(await asyncBufferFromFile(parquet));
  const largestGroupMb = Math.max(...meta.row_groups.map((g) => Number(g.total_byte_size))) / 1024 / 1024;
  const parquetMb = statSync(parquet).size / 1024 / 1024;
  const jsonlMb = statSync(jsonl).size / 1024 / 1024;
  const names = process.env.BENCH_NAMES !== '0';

  const loads = [loadAverage()];
  const scans: Record<string, Measure[]> = { jsonl: [], parquet: [], jsonlNames: [], parquetNames: [] };
  for (let i = 0; i < RUNS; i++) {
    scans.jsonl.push(await measure([BIN, 'scan', '--no-names', '--jobs', '1', '--format', 'json', jsonl]));
    scans.parquet.push(await measure([BIN, 'scan', '--no-names', '--jobs', '1', '--format', 'json', parquet]));
    if (names) {
      scans.jsonlNames.push(await measure([BIN, 'scan', '--jobs', '1', '--format', 'json', jsonl]));
      scans.parquetNames.push(await measure([BIN, 'scan', '--jobs', '1', '--format', 'json', parquet]));
    }
  }
  loads.push(loadAverage());
  const out = join(DATA, 'redact-out.parquet');
  const redacts: Measure[] = [];
  for (let i = 0; i < RUNS; i++) {
    redacts.push(await measure([BIN, 'redact', '--no-names', '--jobs', '1', parquet, '-o', out]));
    rmSync(out, { force: true });
  }
  loads.push(loadAverage());
  const ms = (xs: Measure[]) => median(xs.map((m) => m.ms));
  const cpu = (xs: Measure[]) => median(xs.map((m) => m.cpuMs));
  const line = (label: string, xs: Measure[]) => `${label.padEnd(46)} ${(ms(xs) / 1000).toFixed(1).padStart(6)} s  ${(rows / (ms(xs) / 1000) / 1000).toFixed(1).padStart(6)} k records/s  CPU ${(cpu(xs) / 1000).toFixed(1).padStart(6)} s  peak RSS ${Math.max(...xs.map((m) => m.peakMb)).toFixed(0).padStart(5)} MB`;
  console.log(`\n## datasan scan of ${rows.toLocaleString('en-US')} chat records: ${parquetMb.toFixed(0)} MB Parquet (${meta.row_groups.length} row groups of ${GROUP_ROWS.toLocaleString('en-US')} rows, Snappy) vs the same as ${jsonlMb.toFixed(0)} MB JSONL (median of ${RUNS}, --jobs 1)`);
  console.log(`load (1-minute average) before the scans, before and after the redactions: ${loads.join(', ')}`);
  console.log(line('JSONL scan --no-names (baseline)', scans.jsonl));
  console.log(line('Parquet scan --no-names', scans.parquet));
  const ratio = ms(scans.jsonl) / ms(scans.parquet);
  console.log(`ratio Parquet/JSONL speed, --no-names: ${ratio.toFixed(2)}× on the wall clock (target ≥ 0.5×): ${ratio >= 0.5 ? 'PASS' : 'FAIL'}; ${(cpu(scans.jsonl) / cpu(scans.parquet)).toFixed(2)}× in CPU time (user+sys), which other jobs on the machine move less`);
  if (names) {
    console.log(line('JSONL scan, names on', scans.jsonlNames));
    console.log(line('Parquet scan, names on', scans.parquetNames));
    const r = ms(scans.jsonlNames) / ms(scans.parquetNames);
    console.log(`ratio Parquet/JSONL speed, names on: ${r.toFixed(2)}× (target ≥ 0.5×): ${r >= 0.5 ? 'PASS' : 'FAIL'}`);
  }
  const peak = Math.max(...redacts.map((m) => m.peakMb));
  const target = 2 * largestGroupMb + 150;
  console.log(line('Parquet redact --no-names', redacts));
  console.log(`peak RSS of redact (highest of ${RUNS}): ${peak.toFixed(0)} MB; largest row group ${largestGroupMb.toFixed(1)} MB uncompressed → target ≤ 2 × ${largestGroupMb.toFixed(1)} + 150 = ${target.toFixed(0)} MB, ratio ${(peak / target).toFixed(2)}: ${peak <= target ? 'PASS' : 'FAIL'}`);
}
