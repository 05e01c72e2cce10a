// `datasan scan`: the same engine and defaults as the editor, output as text, json (or sarif).
import { promises as fs } from 'node:fs';
import { relative, resolve } from 'node:path';
import { DEFAULT_SETTINGS } from '../engine/settings';
import { createScanner } from '../engine/index';
import { formatOf } from '../engine/formats/units';
import { type FileScan, type Located, PARTLY_SCANNED, scanFile } from '../engine/stream';
import { Allowlist, ALLOWLIST_PATH } from '../engine/allowlist';
import { type ParseError, parse as parseJsonc, printParseErrorCode } from 'jsonc-parser/lib/esm/main.js';
import { findingValue } from '../engine/redact';
import { decodeText, ioMessage } from '../engine/io';
import { UsageError } from './errors';
import { DEFAULT_LOCALES, parseCommand, parseJobs, POOL_FROM_BYTES, SCAN_OPTIONS, scanPool, scanSettings } from './options';
import type { ScanPool } from '../engine/parallel/pool';
import { collectFiles, skippedSummary } from './files';
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

Exit status: 0 no findings, 1 findings, 2 usage or I/O error (also when anything named could not be
scanned whole, after the report).`;

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
  const collected = await collectFiles(targets);
  const files = collected.files.map((f) => (fromList.has(f.path) ? { ...f, explicit: false } : f));
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
  const skipped = skippedSummary(collected.skipped);
  if (skipped) process.stderr.write(`datasan: ${skipped}\n`);
  // Anything named that could not be scanned (or only in part) is an I/O error, findings or not.
  const failed = reports.filter((r) => r.errors.length);
  if (failed.length) {
    process.stderr.write(`datasan: ${notScannedLine(failed)}\n`);
    return 2;
  }
  return reports.some((r) => r.findings.length) ? 1 : 0;
}

/** "1 file partly scanned and 2 files not scanned: a.jsonl (…), …" for the reports with errors, on one line. */
function notScannedLine(failed: readonly FileReport[]): string {
  const partly = failed.filter((r) => r.errors.some((e) => e.startsWith(PARTLY_SCANNED))).length;
  const counts = [partly && `${partly} file${partly === 1 ? '' : 's'} ${PARTLY_SCANNED}`, failed.length - partly && `${failed.length - partly} file${failed.length - partly === 1 ? '' : 's'} not scanned`].filter(Boolean);
  const shown = 3;
  const list = failed.slice(0, shown).map((r) => `${quotedIfOdd(r.path)} (${r.errors[0]})`);
  if (failed.length > shown) list.push(`and ${failed.length - shown} more`);
  return `${counts.join(' and ')}: ${list.join('; ')}`;
}

/** A path with control characters (which a terminal would act on) shown as a JSON string. */
function quotedIfOdd(path: string): string {
  return /[\u0000-\u001f\u007f-\u009f]/.test(path) ? JSON.stringify(path) : path;
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
  let text: string;
  try {
    text = await fs.readFile(resolve(ALLOWLIST_PATH), 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new UsageError(`${ALLOWLIST_PATH}: ${ioMessage(e)}`);
  }
  const problem = allowlistProblem(text);
  if (problem) throw new UsageError(`${ALLOWLIST_PATH}${problem}`);
  try {
    return Allowlist.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    // The engine's own messages name the problem; anything else (a TypeError) would be JavaScript's words.
    throw new UsageError(`${ALLOWLIST_PATH}: ${e instanceof TypeError || !(e instanceof Error) ? ALLOWLIST_SHAPE : e.message}`);
  }
}

const ALLOWLIST_SHAPE = 'not a Datasan allow-list (it needs an object with "salt" and "entries")';

/** Where an allow-list's JSON is broken (" line L, column C: …") or its top level is not an object; no content is quoted. */
function allowlistProblem(file: string): string | undefined {
  const text = file.replace(/^\uFEFF/, '');
  const errors: ParseError[] = [];
  const data: unknown = parseJsonc(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (errors.length) {
    const { offset, error } = errors[0];
    const before = text.slice(0, offset).split('\n');
    const what = printParseErrorCode(error).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
    return ` line ${before.length}, column ${before[before.length - 1].length + 1}: not valid JSON (${what})`;
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return `: ${ALLOWLIST_SHAPE}`;
  return undefined;
}

async function toReport(path: string, absolute: string, r: FileScan, showValues: boolean): Promise<FileReport> {
  let text: string | undefined;
  if (showValues && r.findings.length) {
    const decoded = decodeText(await fs.readFile(absolute));
    if (decoded.ok) text = decoded.text;
  }
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
