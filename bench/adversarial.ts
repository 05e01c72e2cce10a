// npm run bench -- adversarial: hostile one-line inputs next to plain prose, in the same run. Each family
// (engine/detectors/hostile.ts: digit clusters with every separator, card-, SSN- and IBAN-shaped runs, name
// and address lists, @ chains, long tokens, hex, base64, …) is scanned as JSONL records whose text is a
// 1 MB line, by the engine as the CLI runs it (every detector, names on), bundled as it ships; CPU time,
// median of interleaved runs. Target: no family below 1/20 of prose's throughput, none throwing (a detector
// that fails shows in the unit's `failed`). The same with the structured detectors only (--no-names), whose
// prose is far faster. Then the CLI on a 20 MB and a 200 MB single line of prose and hostile stretches (wall
// clock, peak memory), next to the CLI on 20 MB of prose in one line.
//   npm run bench -- adversarial   or   node --import tsx bench/adversarial.ts
//   BENCH_ADVERSARIAL_MB=2 (per family) BENCH_RUNS=3 BENCH_ADVERSARIAL_ONLY=<family substring>
//   BENCH_ADVERSARIAL_CLI=0 skips the CLI part, BENCH_ADVERSARIAL_ENGINE=0 the tables; BENCH_ADVERSARIAL_BIG_MB=200
//   sizes the largest line
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HOSTILE_PIECES, hostileLine } from '../server/src/testing/hostile';
import { DATA, bundledEngine, median, watched } from './common';
import { generate as proseRecords } from './names';

const MB = 1 << 20;
const FAMILY_MB = Number(process.env.BENCH_ADVERSARIAL_MB ?? 2);
const RUNS = Math.max(3, Number(process.env.BENCH_RUNS ?? 3));
const ONLY = process.env.BENCH_ADVERSARIAL_ONLY;
const CLI = process.env.BENCH_ADVERSARIAL_CLI !== '0';
const ENGINE = process.env.BENCH_ADVERSARIAL_ENGINE !== '0';
const BIG_MB = Number(process.env.BENCH_ADVERSARIAL_BIG_MB ?? 200);
/** Slowest family's throughput as a share of prose's. */
const TARGET = 1 / 20;
const ROOT = join(__dirname, '..');

interface Engine {
  createScanner: typeof import('../server/src/engine/index').createScanner;
  activeDetectors: typeof import('../server/src/engine/detectors/active').activeDetectors;
  DEFAULT_SETTINGS: typeof import('../server/src/engine/settings').DEFAULT_SETTINGS;
}

/** Plain prose, the chat-style text of the names benchmark, as one line of at least `chars` characters. */
function proseLine(chars: number, seed: number): string {
  const line = proseRecords(chars, seed).join(' ');
  return line;
}

/** CPU milliseconds (user + system) spent by `f`. */
function cpuMs(f: () => void): number {
  const t = process.cpuUsage();
  f();
  const d = process.cpuUsage(t);
  return (d.user + d.system) / 1000;
}

interface Row {
  family: string;
  records: string[];
  mb: number;
  times: number[];
  failed: Set<string>;
}

type Scanner = ReturnType<Engine['createScanner']>;

/** The table for one configuration of the engine; the worst family's share of prose's throughput. */
function familyTable(label: string, scanner: Scanner, families: { family: string; records: string[] }[]): { family: string; ratio: number; threw: number } {
  const rows: Row[] = families.map((f) => ({ ...f, mb: f.records.reduce((s, x) => s + Buffer.byteLength(x), 0) / MB, times: [], failed: new Set() }));
  const scanAll = (r: Row) => {
    for (const rec of r.records) for (const f of scanner.scanUnit(rec, 'jsonl', undefined, false).failed ?? []) r.failed.add(f);
  };
  console.log(`\n## Adversarial inputs, ${label}: engine CPU time on JSONL records of a 1 MB line (${rows[0].records.length} per family), bundled engine, median of ${RUNS} interleaved runs`);
  for (const r of rows) scanAll(r); // warm-up
  for (let i = 0; i < RUNS; i++) for (const r of rows) r.times.push(cpuMs(() => scanAll(r)));
  const rate = (r: Row) => r.mb / (median(r.times) / 1000);
  const prose = rate(rows[0]);
  const worst = { family: '', ratio: Infinity, threw: rows.filter((r) => r.failed.size).length };
  for (const r of rows) {
    const ratio = rate(r) / prose;
    if (r !== rows[0] && ratio < worst.ratio) Object.assign(worst, { family: r.family, ratio });
    const flag = r === rows[0] ? '' : ratio >= TARGET ? '✔' : '✖';
    const failed = r.failed.size ? `  THREW: ${[...r.failed].join(', ')}` : '';
    console.log(`${r.family.padEnd(26)} ${median(r.times).toFixed(0).padStart(7)} ms CPU ${rate(r).toFixed(2).padStart(7)} MB/s ${r === rows[0] ? '  (baseline)' : `${ratio.toFixed(2).padStart(6)}× prose ${flag}`}${failed}`);
  }
  const met = worst.ratio >= TARGET && worst.threw === 0;
  console.log(`worst: ${worst.family} at ${worst.ratio.toFixed(3)}× prose (1/${(1 / worst.ratio).toFixed(1)}); ${worst.threw} famil${worst.threw === 1 ? 'y' : 'ies'} threw; target ≥ 1/20 of prose and none throwing: ${met ? '✔ met' : '✖ NOT met'}`);
  return worst;
}

/** Runs the CLI to the end with its output discarded; wall time and peak RSS. */
function cli(args: string[]): Promise<{ ms: number; peakMb: number; code: number | null; err: string }> {
  return watched(spawn(process.execPath, [join(ROOT, 'bin', 'datasan'), ...args], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] }));
}

/**
 * The families of the single long lines: the issue's (digit clusters, name and address lists, @ chains, long
 * tokens). Card numbers and the other families made of nothing but findings are measured in the table above:
 * in a 200 MB line they would measure the output of millions of findings, not the line.
 */
const LONG_LINE_FAMILIES = ['token ids', 'digits joined by "."', 'digits joined by "-"', 'digits joined by "/"', 'digits joined by "+"', 'digits joined by "_"', '1-1-1-…', '1.1.1.1…', 'DE00 DE00 …', 'name list', 'address list', '@ chain', '@ chain of words', 'long token', 'base64'];

/** A file of one JSONL record whose text is one line of `mb` MB: prose, or prose and the hostile families in turn. */
export function singleLineFile(name: string, mb: number, hostile: boolean): string {
  mkdirSync(DATA, { recursive: true });
  const path = join(DATA, `adversarial-${name}-${mb}mb.jsonl`);
  if (existsSync(path)) return path;
  const families = LONG_LINE_FAMILIES;
  const parts: string[] = [];
  let n = 0;
  // 256 KB stretches: of prose, or of each family in turn with prose between them.
  for (let i = 0; n < mb * MB; i++) {
    const part = hostile && i % 2 === 1 ? hostileLine(families[(i >> 1) % families.length], 1 << 18, i) : proseLine(1 << 18, i);
    parts.push(part);
    n += part.length;
  }
  writeFileSync(path, JSON.stringify({ id: name, text: parts.join(' ') }) + '\n' + JSON.stringify({ id: 'next', text: 'the record after it: write to bob.smith@outlook.com' }) + '\n');
  return path;
}

export default async function adversarialBench(): Promise<{ worst: number; met: boolean }> {
  const { createScanner, activeDetectors, DEFAULT_SETTINGS } = bundledEngine<Engine>('adversarial', [
    "export { createScanner } from './server/src/engine/index';",
    "export { activeDetectors } from './server/src/engine/detectors/active';",
    "export { DEFAULT_SETTINGS } from './server/src/engine/settings';",
  ]);
  const lines = Math.max(1, Math.round(FAMILY_MB));
  const record = (text: string) => JSON.stringify({ text });
  const families = [{ family: 'plain prose', records: Array.from({ length: lines }, (_, i) => record(proseLine(MB, 100 + i))) }];
  for (const family of Object.keys(HOSTILE_PIECES)) {
    if (!ONLY || family.includes(ONLY)) families.push({ family, records: Array.from({ length: lines }, (_, i) => record(hostileLine(family, MB, 100 + i))) });
  }
  const configs: [string, Scanner][] = [
    ['every detector (names on, as `datasan scan`)', createScanner(DEFAULT_SETTINGS)],
    ['structured detectors only (`--no-names`)', createScanner(DEFAULT_SETTINGS, { detectors: activeDetectors(DEFAULT_SETTINGS, { names: false }) })],
  ];
  let worst = { family: '', ratio: Infinity };
  let met = true;
  for (const [label, scanner] of ENGINE ? configs : []) {
    const w = familyTable(label, scanner, families);
    met &&= w.ratio >= TARGET && w.threw === 0;
    if (w.ratio < worst.ratio) worst = { family: `${w.family} (${label})`, ratio: w.ratio };
  }

  if (CLI) {
    // Text output, as a user runs it (the default); findings are written as they are found.
    console.log(`\n## Adversarial inputs: datasan scan on single lines (text output; whole process, wall clock, median of ${RUNS}; peak RSS)`);
    const files = [
      { label: 'prose, one 20 MB line', path: singleLineFile('prose', 20, false) },
      { label: 'hostile mix, one 20 MB line', path: singleLineFile('hostile', 20, true) },
      { label: `hostile mix, one ${BIG_MB} MB line`, path: singleLineFile('hostile', BIG_MB, true), runs: 1 },
    ];
    let proseRate = 0;
    for (const f of files) {
      const mb = statSync(f.path).size / MB;
      const runs = Array.from({ length: f.runs ?? RUNS }, () => 0);
      const results = [];
      for (const _ of runs) results.push(await cli(['scan', f.path]));
      const ms = median(results.map((r) => r.ms));
      const peak = Math.max(...results.map((r) => r.peakMb));
      const ok = results.every((r) => r.code === 0 || r.code === 1);
      const mbps = mb / (ms / 1000);
      if (!proseRate) proseRate = mbps;
      const ratio = mbps / proseRate;
      const last = results[results.length - 1];
      const note = ok ? '' : `  exit ${last.code}: ${last.err.trim().split('\n').pop()}`;
      if (f !== files[0]) met &&= ok && ratio >= TARGET;
      if (f !== files[0] && ratio < worst.ratio) worst = { family: f.label, ratio };
      console.log(`${f.label.padEnd(32)} ${(ms / 1000).toFixed(1).padStart(6)} s ${mbps.toFixed(2).padStart(7)} MB/s ${f === files[0] ? ' (baseline)   ' : `${ratio.toFixed(2).padStart(6)}× prose`} peak ${peak.toFixed(0)} MB${note}`);
    }
    console.log(`worst of all: ${worst.family} at ${worst.ratio.toFixed(3)}× prose; target ${met ? '✔ met' : '✖ NOT met'}`);
  }
  return { worst: worst.ratio, met };
}

if (/bench[\\/]adversarial\.[cm]?[jt]s$/.test(process.argv[1] ?? '')) adversarialBench().catch((e) => {
  console.error(e);
  process.exit(1);
});
