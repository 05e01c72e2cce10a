// npm run bench: throughput of `datasan scan` against a read-and-JSON.parse baseline measured in the
// same run, and the editor's latencies over LSP. Deterministic data; medians of several runs; ratios printed.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient } from '../test/lsp/client';
import { DATA, chatDataset, denseDataset, loadAverage, median } from './common';

const ROOT = join(__dirname, '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const SCAN_MB = Number(process.env.BENCH_SCAN_MB ?? 50);

function timeCommand(args: string[]): number {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'], maxBuffer: 1 << 30 });
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} exited ${r.status}`);
  return Number(process.hrtime.bigint() - t) / 1e6;
}

/** The scan of one corpus beside its read + JSON.parse baseline, runs interleaved so that machine noise hits all alike. */
function scanCorpus(label: string, path: string) {
  const mb = statSync(path).size / 1024 / 1024;
  const base: number[] = [];
  const scan: number[] = [];
  const names: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    base.push(timeCommand([join(__dirname, 'baseline-parse.mjs'), path]));
    scan.push(timeCommand([join(ROOT, 'bin', 'datasan'), 'scan', '--no-names', '--format', 'json', path]));
    if (process.env.BENCH_NAMES !== '0') names.push(timeCommand([join(ROOT, 'bin', 'datasan'), 'scan', '--format', 'json', path]));
  }
  const rate = (xs: number[]) => ({ ms: median(xs), mbps: mb / (median(xs) / 1000) });
  const b = rate(base);
  const s = rate(scan);
  console.log(`\n## datasan scan of ${mb.toFixed(1)} MB ${label} (median of ${RUNS}, wall clock, whole process; load ${loadAverage()})`);
  console.log(`baseline (read + JSON.parse every line):       ${b.ms.toFixed(0)} ms, ${b.mbps.toFixed(1)} MB/s`);
  console.log(`datasan scan --no-names (structured detectors): ${s.ms.toFixed(0)} ms, ${s.mbps.toFixed(1)} MB/s`);
  console.log(`ratio structured scan / baseline: ${(s.mbps / b.mbps).toFixed(2)}× (target ≥ 0.5×)`);
  if (names.length) {
    const n = rate(names);
    console.log(`datasan scan (every detector, names on):        ${n.ms.toFixed(0)} ms, ${n.mbps.toFixed(1)} MB/s (target ≥ 5 MB/s)`);
  }
}

async function scanBench() {
  scanCorpus('chat JSONL', await chatDataset(SCAN_MB));
  // Every record with UUID ids and numbers, an email or phone in a third of the messages, some non-English text.
  scanCorpus('PII-dense JSONL', await denseDataset(SCAN_MB));
}

/** Opens a 10 MB JSONL over LSP and edits one line at a time; with names on, also waits for the names pass. */
async function lspRuns(text: string, settings: Record<string, unknown>, names: boolean) {
  const opens: number[] = [];
  const opensSettled: number[] = [];
  const edits: number[] = [];
  const editsSettled: number[] = [];
  const lines = text.split('\n');
  for (let run = 0; run < RUNS; run++) {
    const client = new LspClient(ROOT);
    await client.initialize(null, settings);
    const uri = pathToFileURL(join(DATA, `open-${run}.jsonl`)).href;
    let t = performance.now();
    const settledOpen = names ? client.nextSettled(uri) : undefined;
    await client.open(uri, 'jsonl', text);
    opens.push(performance.now() - t);
    if (settledOpen) {
      await settledOpen;
      opensSettled.push(performance.now() - t);
    }
    for (let k = 0; k < 5; k++) {
      const line = 1000 + k * 977;
      const edit = { range: { start: { line, character: 0 }, end: { line, character: lines[line].length } }, newText: JSON.stringify({ text: `edited ${k}: I am Ingrid Solberg, write to editor${k}@mail.com` }) };
      t = performance.now();
      const settled = names ? client.nextSettled(uri) : undefined;
      const d = await client.change(uri, 2 + k, [edit]);
      edits.push(performance.now() - t);
      if (!d.some((x) => x.range.start.line === line)) throw new Error('the edited line was not rescanned');
      if (settled) {
        const all = await settled;
        editsSettled.push(performance.now() - t);
        if (!all.some((x) => x.range.start.line === line && x.code === 'pii/person')) throw new Error('the names pass missed the edited line');
      }
    }
    await client.close();
  }
  return { opens, opensSettled, edits, editsSettled };
}

async function lspBench() {
  const path = await chatDataset(10);
  const text = readFileSync(path, 'utf8');
  const extra = JSON.parse(process.env.BENCH_SETTINGS ?? '{}');
  console.log(`\n## editor over LSP, ${(text.length / 1024 / 1024).toFixed(1)} MB JSONL (medians; ${RUNS} opens, 5 edits each)`);
  const configs: [string, boolean][] = [['names off', false]];
  if (process.env.BENCH_NAMES !== '0') configs.push(['names on', true]);
  for (const [label, names] of configs) {
    const r = await lspRuns(text, { ...extra, names: { enable: names } }, names);
    console.log(`${label}: didOpen → diagnostics ${median(r.opens).toFixed(0)} ms (target < 1500 ms); one-line edit → fresh diagnostics ${median(r.edits).toFixed(0)} ms (target < 100 ms)`);
    if (names) console.log(`${label}: … → names included: after didOpen ${median(r.opensSettled).toFixed(0)} ms, after an edit ${median(r.editsSettled).toFixed(0)} ms`);
  }
}

async function main() {
  const which = process.argv.slice(2);
  const all = which.length === 0;
  console.log(`# Datasan benchmarks — node ${process.version}, ${RUNS} runs each`);
  if (all || which.includes('scan')) await scanBench();
  if (all || which.includes('lsp')) await lspBench();
  for (const extra of ['names', 'names-model', 'national', 'redact', 'scan-from-disk', 'findings', 'pseudonyms', 'allowlist', 'adversarial', 'dask', 'parquet', 'jobs']) {
    const file = join(__dirname, `${extra}.ts`);
    if ((all || which.includes(extra)) && existsSync(file)) await (await import(file)).default?.();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
