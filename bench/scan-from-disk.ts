// npm run bench -- scan-from-disk: "Datasan: Scan from Disk" of a ~200 MB generated chat JSONL over the real
// editor path — the bundled server (dist/server.js) over stdio, workspace/executeCommand scanFromDisk, timed
// until both its response and the file's diagnostics have arrived — against, in the same run, the CLI scan of
// the same file and the read-and-JSON.parse baseline; and the server's peak memory (RSS high-water mark),
// which should stay flat since the file is streamed. Medians of BENCH_RUNS runs, interleaved so that
// machine noise hits all three alike; a fresh server per run, so that its peak belongs to that scan.
//   BENCH_DISK_MB   size of the file (default 200)
//   BENCH_RUNS      runs each (default 3)
//
// The server's from-disk scan runs the structured detectors only (names run on a worker, for open documents
// only), so the like-for-like CLI figure is `datasan scan --no-names`; both must report the same count.
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient } from '../test/lsp/client';
import { Commands } from '../server/src/protocol';
import { DATA, type Measure, chatDataset, hwmKb, measure, median } from './common';

const ROOT = join(__dirname, '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const DISK_MB = Number(process.env.BENCH_DISK_MB ?? 200);

interface LspMeasure extends Measure {
  /** The server's RSS high-water mark after initialize, before the scan. */
  idleMb: number;
  findings: number;
  diagnostics: number;
}

/** One "Scan from Disk" on a fresh server: request sent → response and publishDiagnostics both received. */
async function scanOverLsp(path: string): Promise<LspMeasure> {
  const client = new LspClient(ROOT);
  try {
    await client.initialize(null, {});
    const idleMb = hwmKb(client.pid) / 1024;
    const uri = pathToFileURL(path).href;
    const t = performance.now();
    const diagnosticsAt = client.nextDiagnostics(uri, 30 * 60_000).then((d) => ({ d, ms: performance.now() - t }));
    const responseAt = client.connection
      .sendRequest<{ findings: number; error?: string; cancelled?: boolean }>('workspace/executeCommand', { command: Commands.scanFromDisk, arguments: [{ uri }] })
      .then((r) => ({ r, ms: performance.now() - t }));
    const [diag, resp] = await Promise.all([diagnosticsAt, responseAt]);
    const peakMb = hwmKb(client.pid) / 1024;
    if (resp.r.error || resp.r.cancelled) throw new Error(`scan from disk failed: ${resp.r.error ?? 'cancelled'}`);
    return { ms: Math.max(diag.ms, resp.ms), peakMb, idleMb, findings: resp.r.findings, diagnostics: diag.d.length };
  } finally {
    await client.close();
  }
}

const findingsIn = (json: string) => (JSON.parse(json) as { files: { findings: unknown[] }[] }).files[0].findings.length;

export default async function scanFromDiskBench(): Promise<void> {
  if (!existsSync(join(ROOT, 'dist', 'server.js')) || !existsSync(join(ROOT, 'dist', 'cli.js'))) {
    console.log('\n## scan from disk: skipped, run "npm run build" first (dist/server.js and dist/cli.js are measured)');
    return;
  }
  const path = await chatDataset(DISK_MB);
  const mb = statSync(path).size / 1024 / 1024;
  // The CLI's figure is the whole process; a one-line file shows how much of it is startup.
  const tiny = join(DATA, 'one-line.jsonl');
  writeFileSync(tiny, '{"text":"hello"}\n');
  const cliArgs = [join(ROOT, 'bin', 'datasan'), 'scan', '--no-names', '--format', 'json'];
  const base: Measure[] = [];
  const startup: Measure[] = [];
  const cli: Measure[] = [];
  const lsp: LspMeasure[] = [];
  for (let i = 0; i < RUNS; i++) {
    base.push(await measure([join(__dirname, 'baseline-parse.mjs'), path]));
    startup.push(await measure([...cliArgs, tiny]));
    const c = await measure([...cliArgs, path]);
    cli.push(c);
    const l = await scanOverLsp(path);
    lsp.push(l);
    const cliFindings = findingsIn(c.stdout);
    if (l.findings !== cliFindings) throw new Error(`scan from disk reported ${l.findings} findings, the CLI ${cliFindings}`);
  }
  const summary = (ms: Measure[]) => ({ ms: median(ms.map((m) => m.ms)), peakMb: Math.max(...ms.map((m) => m.peakMb)) });
  const b = summary(base);
  const c = summary(cli);
  const l = summary(lsp);
  const mbps = (m: Measure) => mb / (m.ms / 1000);
  const row = (label: string, m: Measure) =>
    `${label.padEnd(58)} ${(m.ms / 1000).toFixed(2).padStart(7)} s  ${mbps(m).toFixed(1).padStart(6)} MB/s  peak RSS ${m.peakMb.toFixed(0).padStart(4)} MB`;
  console.log(`\n## Scan from Disk of ${mb.toFixed(0)} MB chat JSONL over LSP (median of ${RUNS}; peak RSS is the highest run)`);
  console.log(row('baseline (read + JSON.parse every line)', b));
  console.log(row('datasan scan --no-names --format json (CLI, whole process)', c));
  console.log(`  of which CLI startup (the same scan of a one-line file): ${(median(startup.map((m) => m.ms)) / 1000).toFixed(2)} s`);
  console.log(row('Scan from Disk over LSP (request → response + diags)', l));
  console.log(`ratio Scan from Disk / CLI scan throughput: ${(mbps(l) / mbps(c)).toFixed(2)}×; / read + parse baseline: ${(mbps(l) / mbps(b)).toFixed(2)}×`);
  console.log(
    `server memory: ${median(lsp.map((m) => m.idleMb)).toFixed(0)} MB after initialize, peak ${l.peakMb.toFixed(0)} MB while scanning ${mb.toFixed(0)} MB; ` +
      `${lsp[0].findings} findings, ${lsp[0].diagnostics} published (capped by maxProblems), same count as the CLI`,
  );
}
