// What every benchmark shares: where generated data lives, the chat dataset, medians, and timing a
// process with its peak memory.
import { type ChildProcess, spawn } from 'node:child_process';
import { buildSync } from 'esbuild';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { availableParallelism, loadavg } from 'node:os';
import { denseRecord, generate } from './generate';

/** Generated data, git-ignored. */
export const DATA = join(__dirname, '.data');

/** The 1-minute load average and the number of cores, e.g. "1.7 on 2 cores": how busy the machine was. */
export function loadAverage(): string {
  return `${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores`;
}

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The deterministic chat-style JSONL of at least `mb` MB (seed 42), generated once and reused. */
export async function chatDataset(mb: number): Promise<string> {
  mkdirSync(DATA, { recursive: true });
  const path = join(DATA, `chat-${mb}mb-seed42.jsonl`);
  if (!existsSync(path) || statSync(path).size < mb * 1024 * 1024) await generate(path, mb * 1024 * 1024);
  return path;
}

/** The deterministic PII-dense JSONL of at least `mb` MB (seed 42, generate.ts denseRecord), generated once and reused. */
export async function denseDataset(mb: number): Promise<string> {
  mkdirSync(DATA, { recursive: true });
  const path = join(DATA, `dense-${mb}mb-seed42.jsonl`);
  if (!existsSync(path) || statSync(path).size < mb * 1024 * 1024) await generate(path, mb * 1024 * 1024, 42, denseRecord);
  return path;
}

const ROOT = join(__dirname, '..');

/**
 * The engine as it ships, bundled by esbuild like dist/server.js and dist/cli.js (through tsx each import
 * is a getter call, which distorts both times and profiles): `exports` are export lines relative to the
 * repository root, e.g. "export { createScanner } from './server/src/engine/index';"; `root` is that root
 * (another checkout's, to compare versions).
 */
export function bundledEngine<T>(name: string, exports: string[], root = ROOT): T {
  mkdirSync(DATA, { recursive: true });
  const outfile = join(DATA, `${name}-bench-engine.js`);
  buildSync({
    stdin: { contents: exports.join('\n'), resolveDir: root, loader: 'ts' },
    bundle: true,
    platform: 'node',
    target: 'es2022', // as scripts/build.mjs, which says why
    format: 'cjs',
    outfile,
    logLevel: 'warning',
    define: { 'import.meta.url': 'importMetaUrl' },
    banner: { js: "const importMetaUrl = require('url').pathToFileURL(__filename).href;" },
  });
  return require(outfile) as T;
}

export interface Measure {
  ms: number;
  /** Peak resident set size of the measured process, in MB. */
  peakMb: number;
}

/** A measure with the CPU time (user + sys) of the process, threads included, as last polled from /proc (within 25 ms of its end). */
export type TimedMeasure = Measure & { cpuMs: number };

/** VmHWM (the RSS high-water mark since the process started) of a process, in kB; 0 once it is gone. */
export function hwmKb(pid: number | undefined): number {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/** User + sys CPU time of a process in ms (fields 14 and 15 of /proc/PID/stat, in clock ticks of 10 ms); 0 once it is gone. */
export function cpuMsOf(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0;
  }
}

/** Waits for a spawned process to end: its wall time, peak RSS and CPU time (polled from /proc), exit code and last stderr. */
export function watched(child: ChildProcess): Promise<TimedMeasure & { code: number | null; err: string }> {
  return new Promise((resolve, reject) => {
    const t = process.hrtime.bigint();
    let err = '';
    child.stderr?.on('data', (d) => (err = (err + d).slice(-2000)));
    let peak = 0;
    let cpu = 0;
    const poll = setInterval(() => {
      peak = Math.max(peak, hwmKb(child.pid));
      cpu = Math.max(cpu, cpuMsOf(child.pid));
    }, 25);
    child.on('error', (e) => {
      clearInterval(poll);
      reject(e);
    });
    child.on('close', (code) => {
      clearInterval(poll);
      resolve({ ms: Number(process.hrtime.bigint() - t) / 1e6, peakMb: peak / 1024, cpuMs: cpu, code, err });
    });
  });
}

/** Runs a node script; wall time, peak RSS (polled from /proc) and its standard output. Exit 0 or 1 is success. */
export async function measure(args: string[]): Promise<TimedMeasure & { stdout: string }> {
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  const out: Buffer[] = [];
  child.stdout.on('data', (d: Buffer) => out.push(d));
  const r = await watched(child);
  if (r.code !== 0 && r.code !== 1) throw new Error(`${args.join(' ')} exited ${r.code}: ${r.err}`);
  return { ms: r.ms, peakMb: r.peakMb, cpuMs: r.cpuMs, stdout: Buffer.concat(out).toString('utf8') };
}
