// npm run bench -- findings: peak memory of `datasan scan` when a file has millions of findings. A
// deterministic JSONL with 2 M email addresses (4 a line) is scanned to each format as a child process,
// its output counted as it streams by (never kept); beside it, in the same run, the same scan of a file of
// the same size and shape with no findings (each address with its @ and dots made underscores).
//   BENCH_FINDINGS   findings in the file (default 2 000 000, a multiple of 4)
//   BENCH_NAMES=0    scan with --no-names (default: every detector, as `datasan scan` runs)
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { DATA, watched } from './common';

const ROOT = join(__dirname, '..');
const FINDINGS = Number(process.env.BENCH_FINDINGS ?? 2_000_000);
const TARGET_MB = 300;
const DOMAINS = ['mail.com', 'mail.org', 'post.net', 'inbox.io'];

/** Line `i`: four addresses, or (clean) the same text with nothing to find in it. */
function line(i: number, clean: boolean): string {
  const [a, b, c, d] = DOMAINS.map((domain, k) => {
    const address = `user${i * 4 + k}@${domain}`;
    return clean ? address.replace(/[@.]/g, '_') : address;
  });
  return `{"id":${i},"text":"write to ${a}, cc ${b}; bcc ${c} or ${d} before noon"}\n`;
}

async function dataset(clean: boolean): Promise<string> {
  mkdirSync(DATA, { recursive: true });
  const path = join(DATA, `findings-${FINDINGS}${clean ? '-clean' : ''}.jsonl`);
  if (existsSync(path)) return path;
  const out = createWriteStream(path);
  for (let i = 0; i < FINDINGS / 4; i++) if (!out.write(line(i, clean))) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
  return path;
}

interface Run {
  ms: number;
  peakMb: number;
  outputMb: number;
  /** Findings in the output, counted as it streamed by (SARIF: results, at most code scanning's limit). */
  counted: number;
}

/** Runs the CLI, polling its RSS high-water mark; its output is counted, not kept. */
async function scan(format: string, path: string): Promise<Run> {
  const args = [join(ROOT, 'bin', 'datasan'), 'scan', '--format', format, ...(process.env.BENCH_NAMES === '0' ? ['--no-names'] : []), path];
  const marker = format === 'sarif' ? '"ruleId": "pii/email"' : format === 'json' ? '"rule": "pii/email"' : ' pii/email ';
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
  let bytes = 0;
  let counted = 0;
  let tail = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    bytes += Buffer.byteLength(chunk);
    const text = tail + chunk;
    for (let at = text.indexOf(marker); at !== -1; at = text.indexOf(marker, at + marker.length)) counted++;
    // Keep what could begin a marker split across chunks (too short to hold a whole one).
    tail = text.slice(-(marker.length - 1));
  });
  const r = await watched(child);
  if (r.code !== 0 && r.code !== 1) throw new Error(`datasan scan --format ${format} exited ${r.code}: ${r.err}`);
  return { ms: r.ms, peakMb: r.peakMb, outputMb: bytes / 1024 / 1024, counted };
}

export default async function findingsBench(): Promise<void> {
  if (!existsSync(join(ROOT, 'dist', 'cli.js'))) {
    console.log('\n## findings: skipped, run "npm run build" first (dist/cli.js is measured)');
    return;
  }
  const [full, clean] = [await dataset(false), await dataset(true)];
  const mb = (p: string) => (statSync(p).size / 1024 / 1024).toFixed(0);
  const names = process.env.BENCH_NAMES === '0' ? ' --no-names' : '';
  console.log(`\n## peak memory of datasan scan${names} with ${FINDINGS.toLocaleString('en')} findings (${mb(full)} MB JSONL) beside a same-size file with none (${mb(clean)} MB)`);
  console.log('format  peak RSS, findings  peak RSS, none  ratio   time      output     findings written');
  for (const format of ['json', 'sarif', 'text']) {
    const base = await scan(format, clean);
    const r = await scan(format, full);
    if (base.counted !== 0) throw new Error(`the clean file has ${base.counted} findings`);
    const expected = format === 'sarif' ? 25_000 : FINDINGS;
    if (r.counted !== expected) throw new Error(`--format ${format} wrote ${r.counted} findings, not ${expected}`);
    const met = r.peakMb <= TARGET_MB ? 'met' : 'NOT met';
    console.log(
      `${format.padEnd(6)}  ${r.peakMb.toFixed(0).padStart(8)} MB${''.padEnd(8)}${base.peakMb.toFixed(0).padStart(6)} MB  ${(r.peakMb / base.peakMb).toFixed(2).padStart(5)}×  ` +
        `${(r.ms / 1000).toFixed(1).padStart(6)} s  ${r.outputMb.toFixed(0).padStart(6)} MB  ${r.counted.toLocaleString('en').padStart(10)}   target ≤ ${TARGET_MB} MB ${met}`,
    );
  }
}
