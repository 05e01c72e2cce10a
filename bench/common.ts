// What every benchmark shares: where generated data lives, the chat dataset, medians, and timing a
// process with its peak memory.
import { spawn } from 'node:child_process';
import { buildSync } from 'esbuild';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { generate } from './generate';

/** Generated data, git-ignored. */
export const DATA = join(__dirname, '.data');

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The deterministic chat-style JSONL of at least `mb` MB (seed 42), generated once and reused. */
export async function chatDataset(mb: number): Promise<string> {
  mkdirSync(DATA, { recursive: true });
  const path = join(DATA, `chat-${mb}mb-seed42.jsonl`);
  if (!existsSync(path) || statSync(path).size < mb * 1024 * 1024) await generate(path, mb * 1024 * 1024);
  return path;
}

const ROOT = join(__dirname, '..');

/**
 * The engine as it ships, bundled by esbuild like dist/server.js and dist/cli.js (through tsx each import
 * is a getter call, which distorts both times and profiles): `exports` are export lines relative to the
 * repository root, e.g. "export { createScanner } from './server/src/engine/index';".
 */
export function bundledEngine<T>(name: string, exports: string[]): T {
  mkdirSync(DATA, { recursive: true });
  const outfile = join(DATA, `${name}-bench-engine.js`);
  buildSync({
    stdin: { contents: exports.join('\n'), resolveDir: ROOT, loader: 'ts' },
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

/** VmHWM (the RSS high-water mark since the process started) of a process, in kB; 0 once it is gone. */
export function hwmKb(pid: number | undefined): number {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/** Runs a node script; wall time, peak RSS (polled from /proc) and its standard output. Exit 0 or 1 is success. */
export function measure(args: string[]): Promise<Measure & { stdout: string }> {
  return new Promise((resolve, reject) => {
    const t = process.hrtime.bigint();
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    let err = '';
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d) => (err = (err + d).slice(-2000)));
    let peak = 0;
    const poll = setInterval(() => (peak = Math.max(peak, hwmKb(child.pid))), 25);
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - t) / 1e6;
      clearInterval(poll);
      if (code !== 0 && code !== 1) reject(new Error(`${args.join(' ')} exited ${code}: ${err}`));
      else resolve({ ms, peakMb: peak / 1024, stdout: Buffer.concat(out).toString('utf8') });
    });
  });
}
