// `datasan scan`: the same engine and defaults as the editor, output as text, json (or sarif).
import { promises as fs } from 'node:fs';
import { relative, resolve } from 'node:path';
import { DEFAULT_SETTINGS } from '../engine/settings';
import { createScanner } from '../engine/index';
import { formatOf } from '../engine/formats/units';
import { type FoundIn, PARTLY_SCANNED, scanFile } from '../engine/stream';
import type { Scanner } from '../engine/scan';
import { Allowlist, ALLOWLIST_PATH, allowlistErrorMessage, loadTeamKey } from '../engine/allowlist';
import { ioMessage } from '../engine/io';
import { DETECTOR_FAILED } from '../engine/scan';
import { boundHeapGrowth } from '../engine/memory';
import { printable } from '../engine/printable';
import { UsageError } from './errors';
import { DEFAULT_LOCALES, inputFormat, parseCommand, parseJobs, POOL_FROM_BYTES, SCAN_OPTIONS, scanPool, scanSettings, STDIN, STDIN_NAME } from './options';
import type { ScanPool } from '../engine/parallel/pool';
import { collectFiles, skippedSummary } from './files';
import { TextWriter } from './format-text';
import { JsonWriter } from './format-json';
import { Output, type ReportWriter } from './output';
import { SarifWriter } from './sarif';
import { scanParquetFile } from '../engine/parquet';

export const SCAN_HELP = `Usage: datasan scan [options] <path|glob>...
       git ls-files | datasan scan --file-list - [options]
       zstdcat shard.jsonl.zst | datasan scan - [options]

Options:
  --format text|json|sarif   Output format (default: text); sarif is SARIF 2.1.0 for code scanning
  --file-list <file|->       Also scan the paths listed in a file (one per line; - reads stdin)
  --input-format <format>    How to read - (standard input, reported as <stdin>): jsonl (the default) or
                             text, read as they come in constant memory; csv, tsv, markdown or json, read whole
  --min-confidence <0..1>    Report findings at or above this confidence (default: ${DEFAULT_SETTINGS.minConfidence})
  --entities <A,B,…>         Only these entity kinds (turns on kinds that are off by default)
  --show-values              Include the matched values (otherwise no output contains a detected value)
  --locales <a,b|all>        Country groups of national identifiers, or languages such as pt-br
                             (default: ${DEFAULT_LOCALES.join(',')}, whatever the machine's language)
  --no-names                 Skip names, places and addresses (the structured detectors only; faster)
  --no-allowlist             Ignore .datasan/allowlist.json
  --rules FILE               Custom rules (default: .datasan/rules.json, when present)
  --jobs auto|N              Threads for JSONL, text and Parquet files over 8 MB (default auto: one per idle core, at most 4)
  -h, --help                 Show this help

Exit status: 0 no findings, 1 findings, 2 usage or I/O error (also when anything named could not be
scanned whole, after the report).`;

export async function runScan(argv: string[]): Promise<number> {
  const args = parseCommand(argv, {
    ...SCAN_OPTIONS,
    format: { type: 'string', default: 'text' },
    'show-values': { type: 'boolean', default: false },
    'file-list': { type: 'string' },
    'input-format': { type: 'string' },
  });
  const o = args.values;
  if (o.help) {
    console.log(SCAN_HELP);
    return 0;
  }
  if (!['text', 'json', 'sarif'].includes(o.format!)) throw new UsageError(`--format must be text, json or sarif, not "${o.format}"`);
  if (o.format === 'sarif' && o['show-values']) throw new UsageError('--show-values is not available with --format sarif (SARIF never holds a value)');
  const { settings, entities } = scanSettings(o['min-confidence'], o.entities, o.locales, o['no-names'], o.rules);
  const stdinNamed = args.positionals.filter((p) => p === STDIN).length;
  if (stdinNamed > 1) throw new UsageError('name - (standard input) once');
  if (stdinNamed && o['file-list'] === STDIN) throw new UsageError('standard input cannot be both scanned (-) and the file list (--file-list -)');
  const stdinFormat = inputFormat(STDIN, o['input-format']);
  const listed = o['file-list'] !== undefined ? await readFileList(o['file-list']) : [];
  const targets = [...args.positionals, ...listed];
  if (targets.length === 0 && o['file-list'] === undefined) throw new UsageError('name at least one file, folder or glob (try "datasan scan --help")');

  const allowlist = o['no-allowlist'] ? undefined : await loadAllowlist();
  const scanner = createScanner(settings, { entities, allowlist });
  // Listed files (e.g. from git ls-files) are passed over when binary, as files found in a folder are.
  const fromList = new Set(listed.map((p) => resolve(p)));
  const collected = await collectFiles(targets);
  const files = collected.files.map((f) => (fromList.has(f.path) ? { ...f, explicit: false } : f));
  const jobs = parseJobs(o.jobs);
  boundHeapGrowth();
  const out = new Output();
  const writer = reportWriter(o.format as 'text' | 'json' | 'sarif', out, scanner, o['show-values']!);
  // Counted as numbers: no finding is held once written.
  let findings = 0;
  /** Files not scanned whole: their number, and the first few with their first error for stderr. */
  const failed: { count: number; partly: number; shown: { path: string; error: string }[] } = { count: 0, partly: 0, shown: [] };
  const fail = (path: string, errors: readonly string[]) => {
    failed.count++;
    if (errors.some((e) => e.startsWith(PARTLY_SCANNED))) failed.partly++;
    if (failed.shown.length < SHOWN_FAILURES) failed.shown.push({ path, error: errors[0] });
  };
  let pool: ScanPool | undefined;
  try {
    for (const f of files) {
      const path = f.stdin ? STDIN_NAME : relative(process.cwd(), f.path) || f.path;
      if (f.error) {
        writer.startFile(path);
        writer.endFile([f.error]);
        fail(path, [f.error]);
        continue;
      }
      const format = f.stdin ? stdinFormat : formatOf(undefined, f.path);
      // Standard input's size is unknown: it is scanned as a big file is (on threads, with --jobs).
      const big = (format === 'jsonl' || format === 'text' || format === 'parquet') && (f.stdin || (await fs.stat(f.path).then((st) => st.size, () => 0)) >= POOL_FROM_BYTES);
      if (big) pool ??= scanPool(jobs, scanner, entities, allowlist);
      let started = false;
      let detectorFailed = 0;
      const onFound = (found: FoundIn) => {
        if (!started) writer.startFile(path);
        started = true;
        for (const n of found.notices) if (n.rule === DETECTOR_FAILED) detectorFailed++;
        writer.found(found);
        return out.drained();
      };
      const scanOptions = { batches: big ? pool : undefined, onFound, stream: f.stdin ? process.stdin : undefined };
      const r = format === 'parquet' ? await scanParquetFile(f.path, scanner, scanOptions) : await scanFile(f.path, format, scanner, scanOptions);
      // Binary files found in folders are passed over silently, as grep and ripgrep do.
      if (!started && !f.explicit && r.errors.some((e) => e.startsWith('binary'))) continue;
      if (!started) writer.startFile(path);
      // Records a detector failed on were scanned by the others only: the file is partly scanned.
      const errors = detectorFailed ? [...r.errors, `${PARTLY_SCANNED}: a detector failed on ${detectorFailed} record${detectorFailed === 1 ? '' : 's'} (see the ${DETECTOR_FAILED} notices)`] : r.errors;
      writer.endFile(errors);
      findings += r.total;
      if (errors.length) fail(path, errors);
      await out.drained();
    }
  } finally {
    await pool?.close();
  }
  writer.end();
  out.flush();
  const skipped = skippedSummary(collected.skipped);
  if (skipped) process.stderr.write(`datasan: ${skipped}\n`);
  // Anything named that could not be scanned (or only in part) is an I/O error, findings or not.
  if (failed.count) {
    process.stderr.write(`datasan: ${notScannedLine(failed)}\n`);
    return 2;
  }
  return findings ? 1 : 0;
}

const SHOWN_FAILURES = 3;

/** "1 file partly scanned and 2 files not scanned: a.jsonl (…), …" for the files with errors, on one line. */
function notScannedLine(failed: { count: number; partly: number; shown: { path: string; error: string }[] }): string {
  const { count, partly } = failed;
  const counts = [partly && `${partly} file${partly === 1 ? '' : 's'} ${PARTLY_SCANNED}`, count - partly && `${count - partly} file${count - partly === 1 ? '' : 's'} not scanned`].filter(Boolean);
  const list = failed.shown.map((r) => `${printable(r.path)} (${r.error})`);
  if (count > SHOWN_FAILURES) list.push(`and ${count - SHOWN_FAILURES} more`);
  return `${counts.join(' and ')}: ${list.join('; ')}`;
}


function reportWriter(format: 'text' | 'json' | 'sarif', out: Output, scanner: Scanner, showValues: boolean): ReportWriter {
  if (format === 'json') return new JsonWriter(out, showValues);
  if (format === 'sarif') return new SarifWriter(out, scanner.detectors);
  return new TextWriter(out, !!process.stdout.isTTY && !process.env.NO_COLOR, showValues);
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

/** The allow-list of the current folder (warnings about its entries on stderr), or undefined when there is none. */
export async function loadAllowlist(): Promise<Allowlist | undefined> {
  let text: string;
  try {
    text = await fs.readFile(resolve(ALLOWLIST_PATH), 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new UsageError(`${ALLOWLIST_PATH}: ${ioMessage(e)}`);
  }
  let allowlist: Allowlist;
  try {
    allowlist = Allowlist.parse(text, loadTeamKey());
  } catch (e) {
    throw new UsageError(allowlistErrorMessage(e));
  }
  for (const w of allowlist.warnings()) process.stderr.write(`datasan: ${w}\n`);
  return allowlist;
}
