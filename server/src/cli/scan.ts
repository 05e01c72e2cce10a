// `datasan scan`: the same engine and defaults as the editor, output as text, json (or sarif).
import { promises as fs } from 'node:fs';
import { relative, resolve } from 'node:path';
import { DEFAULT_SETTINGS } from '../engine/settings';
import { createScanner } from '../engine/index';
import { formatOf } from '../engine/formats/units';
import { type FileScan, type Located, scanFile } from '../engine/stream';
import { Allowlist, ALLOWLIST_PATH } from '../engine/allowlist';
import { findingValue } from '../engine/redact';
import { ioMessage } from '../engine/io';
import { DETECTOR_FAILED } from '../engine/scan';
import { UsageError } from './errors';
import { DEFAULT_LOCALES, parseCommand, parseJobs, POOL_FROM_BYTES, SCAN_OPTIONS, scanPool, scanSettings } from './options';
import type { ScanPool } from '../engine/parallel/pool';
import { collectFiles } from './files';
import { formatText } from './format-text';
import { toSarif } from './sarif';

export const SCAN_HELP = `Usage: datasan scan [options] <path|glob>...
       git ls-files | datasan scan --file-list - [options]

Options:
  --format text|json|sarif   Output format (default: text); sarif is SARIF 2.1.0 for code scanning
  --file-list <file|->       Also scan the paths listed in a file (one per line; - reads stdin)
  --min-confidence <0..1>    Report findings at or above this confidence (default: ${DEFAULT_SETTINGS.minConfidence})
  --entities <A,B,…>         Only these entity kinds (turns on kinds that are off by default)
  --show-values              Include the matched values (otherwise no output contains a detected value)
  --locales <a,b|all>        Country groups of national identifiers, or languages such as pt-br
                             (default: ${DEFAULT_LOCALES.join(',')}, whatever the machine's language)
  --no-names                 Skip names, places and addresses (the structured detectors only; faster)
  --no-allowlist             Ignore .datasan/allowlist.json
  --jobs auto|N              Threads for JSONL and text files over 8 MB (default auto: one per core, at most 4)
  -h, --help                 Show this help

Exit status: 0 no findings, 1 findings, 2 usage or I/O error.`;

export interface FileReport {
  path: string;
  findings: (Omit<Located, 'start' | 'end' | 'reasons' | 'container' | 'record'> & { offset: number; length: number; record?: number; value?: string })[];
  notices: { rule: string; message: string; range: Located['range'] }[];
  errors: string[];
}

export async function runScan(argv: string[]): Promise<number> {
  const args = parseCommand(argv, {
    ...SCAN_OPTIONS,
    format: { type: 'string', default: 'text' },
    'show-values': { type: 'boolean', default: false },
    'file-list': { type: 'string' },
  });
  const o = args.values;
  if (o.help) {
    console.log(SCAN_HELP);
    return 0;
  }
  if (!['text', 'json', 'sarif'].includes(o.format!)) throw new UsageError(`--format must be text, json or sarif, not "${o.format}"`);
  if (o.format === 'sarif' && o['show-values']) throw new UsageError('--show-values is not available with --format sarif (SARIF never holds a value)');
  const { settings, entities } = scanSettings(o['min-confidence'], o.entities, o.locales, o['no-names']);
  const listed = o['file-list'] !== undefined ? await readFileList(o['file-list']) : [];
  const targets = [...args.positionals, ...listed];
  if (targets.length === 0 && o['file-list'] === undefined) throw new UsageError('name at least one file, folder or glob (try "datasan scan --help")');

  const allowlist = o['no-allowlist'] ? undefined : await loadAllowlist();
  const scanner = createScanner(settings, { entities, allowlist });
  // Listed files (e.g. from git ls-files) are passed over when binary, as files found in a folder are.
  const fromList = new Set(listed.map((p) => resolve(p)));
  const files = (await collectFiles(targets)).map((f) => (fromList.has(f.path) ? { ...f, explicit: false } : f));
  const reports: FileReport[] = [];
  const jobs = parseJobs(o.jobs);
  let pool: ScanPool | undefined;
  try {
    for (const f of files) {
      const path = relative(process.cwd(), f.path) || f.path;
      if (f.error) {
        reports.push({ path, findings: [], notices: [], errors: [f.error] });
        continue;
      }
      const format = formatOf(undefined, f.path);
      const big = (format === 'jsonl' || format === 'text') && (await fs.stat(f.path).then((st) => st.size, () => 0)) >= POOL_FROM_BYTES;
      if (big) pool ??= scanPool(jobs, scanner, entities, allowlist);
      const r = await scanFile(f.path, format, scanner, { batches: big ? pool : undefined });
      // Binary files found in folders are passed over silently, as grep and ripgrep do.
      if (!f.explicit && r.errors.some((e) => e.startsWith('binary'))) continue;
      reports.push(await toReport(path, f.path, r, o['show-values']!));
    }
  } finally {
    await pool?.close();
  }
  if (o.format === 'json') process.stdout.write(JSON.stringify({ version: 1, files: reports }, null, 2) + '\n');
  else if (o.format === 'sarif') process.stdout.write(JSON.stringify(await toSarif(reports, scanner.detectors), null, 2) + '\n');
  else process.stdout.write(formatText(reports, process.stdout.isTTY && !process.env.NO_COLOR));
  const partial = reports.filter((r) => r.notices.some((n) => n.rule === DETECTOR_FAILED)).length;
  if (partial) process.stderr.write(`datasan: ${partial} file${partial === 1 ? ' was' : 's were'} not fully scanned: a detector failed on some records (see the ${DETECTOR_FAILED} notices)\n`);
  if (reports.some((r) => r.findings.length)) return 1;
  const failed = reports.filter((r) => r.errors.length).length;
  if (failed) {
    process.stderr.write(`datasan: ${failed} file${failed === 1 ? '' : 's'} could not be scanned\n`);
    return 2;
  }
  return partial ? 2 : 0;
}

/** Paths listed one per line in a file, or on stdin for "-" (blank lines and surrounding spaces ignored). */
async function readFileList(source: string): Promise<string[]> {
  let text: string;
  try {
    if (source === '-') {
      const chunks: Buffer[] = [];
      for await (const c of process.stdin) chunks.push(c as Buffer);
      text = Buffer.concat(chunks).toString('utf8');
    } else text = await fs.readFile(source, 'utf8');
  } catch (e) {
    throw new UsageError(`--file-list ${source}: ${ioMessage(e)}`);
  }
  return text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
}

export async function loadAllowlist(): Promise<Allowlist | undefined> {
  try {
    return Allowlist.parse(await fs.readFile(resolve(ALLOWLIST_PATH), 'utf8'));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new UsageError(`${ALLOWLIST_PATH}: ${e instanceof SyntaxError ? 'not valid JSON' : (e as Error).message || ioMessage(e)}`);
  }
}

async function toReport(path: string, absolute: string, r: FileScan, showValues: boolean): Promise<FileReport> {
  let text: string | undefined;
  if (showValues && r.findings.length) text = await fs.readFile(absolute, 'utf8').then((t) => t.replace(/^\uFEFF/, ''));
  return {
    path,
    findings: r.findings.map((f) => ({
      rule: f.rule,
      entity: f.entity,
      confidence: f.confidence,
      severity: f.severity,
      message: f.message,
      offset: f.start,
      length: f.end - f.start,
      range: f.range,
      ...(f.record !== undefined ? { record: f.record } : {}),
      ...(text !== undefined ? { value: findingValue(text, f) } : {}),
    })),
    notices: r.notices.map((n) => ({ rule: n.rule, message: n.message, range: n.range })),
    errors: r.errors,
  };
}
