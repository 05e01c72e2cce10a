// `datasan redact <in> -o <out>`: streams a dataset of any size through the engine in constant memory
// and writes it atomically with every finding replaced; `--report` says what was redacted, and where.
import { promises as fs, type Stats } from 'node:fs';
import { relative, resolve } from 'node:path';
import { DEFAULT_SETTINGS, type RedactionStyle } from '../engine/settings';
import { createScanner } from '../engine/index';
import { AbortedError, type RedactedUnit, type RedactStats } from '../engine/redact-stream';
import { ParquetError, redactParquet } from '../engine/parquet';
import { runRedactJob, SameFileError } from '../engine/redact-job';
import { DecodeError } from '../engine/stream';
import { formatBytes, ioMessage, openOutput, OutputError, type OutputFile, writeFileAtomic, WriteError } from '../engine/io';
import { ReportCollector } from '../engine/report/model';
import { renderReport, reportFormatOf } from '../engine/report/render';
import { UsageError } from './errors';
import { boundHeapGrowth } from '../engine/memory';
import { DEFAULT_LOCALES, inputFormat, parseCommand, parseJobs, POOL_FROM_BYTES, SCAN_OPTIONS, scanPool, scanSettings, STDIN, STDIN_NAME } from './options';
import { loadAllowlist } from './scan';
import { readPseudonymKey } from '../engine/pseudonyms';
import { Progress } from './progress';

export const REDACT_HELP = `Usage: datasan redact <input> -o <output> [options]
       datasan redact <input> --in-place [options]
       zstdcat shard.jsonl.zst | datasan redact - -o - | zstd > shard.redacted.jsonl.zst
       datasan redact --batch   (one redaction per line of standard input, its arguments as a JSON array;
                                 each answered by a line {"status": N} on standard output)

Streams a JSONL, CSV/TSV, Markdown, text or Parquet file of any size (or standard input, named -) in
constant memory and writes a copy with every finding replaced (a Parquet file: same schema, rows and row
groups, Snappy pages). The output is written to a temporary file beside it and renamed at the end, so it
is never half-written; Ctrl-C leaves no output. Outside redacted spans the bytes are unchanged.

Options:
  -o, --output <file>        Where to write the redacted copy (- for standard output; through a symbolic
                             link, its file is written)
  --in-place                 Replace the input itself (atomically; a symbolic link's file, the link kept)
  --style <style>            placeholder ([EMAIL_ADDRESS]), pseudonym ([EMAIL_ADDRESS_1], consistent
                             across the file), mask (*****) or partial (last four digits kept)
                             (default: ${DEFAULT_SETTINGS.redaction.style})
  --pseudonym-key-file <file>
                             Pseudonyms keyed by the file's secret (at least 16 bytes) instead of numbered:
                             [PERSON_k3f9q2ab7xmz], the same on every shard, machine and run with that key
                             (implies --style pseudonym)
  --min-confidence <0..1>    Redact findings at or above this confidence (default: ${DEFAULT_SETTINGS.minConfidence})
  --entities <A,B,…>         Only these entity kinds
  --locales <a,b|all>        Country groups of national identifiers, or languages such as pt-br
                             (default: ${DEFAULT_LOCALES.join(',')}, whatever the machine's language)
  --no-names                 Skip names, places and addresses (structured detectors only; faster)
  --input-format <format>    jsonl, csv, tsv, markdown, text, json or parquet (default: from the extension;
                             jsonl for -, standard input, which is read as it comes, in constant memory)
  --drop-invalid             Leave out JSONL lines that are not valid JSON (default: pass them through,
                             with their findings redacted as plain text)
  --report <file>            Write a report (.html, .md or .json): counts per entity, field and record
  --dry-run                  Write nothing but the report
  --no-allowlist             Ignore .datasan/allowlist.json
  --rules FILE               Custom rules (default: .datasan/rules.json, when present)
  --jobs auto|N              Threads for a JSONL or Parquet input over 8 MB (default auto: one per idle core, at most 4)
  -h, --help                 Show this help

Exit status: 0 done, 2 usage or I/O error, 130 interrupted.`;

const STYLES: RedactionStyle[] = ['placeholder', 'pseudonym', 'mask', 'partial'];

/** The key of --pseudonym-key-file, or a usage error that names the problem (never the key). */
async function pseudonymKeyOf(path: string): Promise<Uint8Array> {
  try {
    return await readPseudonymKey(path);
  } catch (e) {
    throw new UsageError(`--pseudonym-key-file ${path}: ${(e as NodeJS.ErrnoException).code ? ioMessage(e) : (e as Error).message}`);
  }
}

/** Runs `work` with Ctrl-C (SIGINT) and SIGTERM turned into an abort; a second signal exits at once. */
export async function withInterrupts<T>(work: (signal: AbortSignal, onExit: (cleanup: () => void) => void) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  const cleanups: (() => void)[] = [];
  const onSignal = () => {
    if (controller.signal.aborted) {
      for (const c of cleanups) c();
      process.exit(130);
    }
    controller.abort();
  };
  const onExit = () => cleanups.forEach((c) => c());
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  process.on('exit', onExit);
  try {
    return await work(controller.signal, (c) => cleanups.push(c));
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    process.off('exit', onExit);
  }
}

export function plural(n: number, word: string): string {
  return `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
}

export async function runRedact(argv: string[]): Promise<number> {
  const args = parseCommand(argv, {
    ...SCAN_OPTIONS,
    output: { type: 'string', short: 'o' },
    'in-place': { type: 'boolean', default: false },
    style: { type: 'string' },
    'pseudonym-key-file': { type: 'string' },
    'input-format': { type: 'string' },
    'drop-invalid': { type: 'boolean', default: false },
    report: { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
  });
  const o = args.values;
  if (o.help) {
    console.log(REDACT_HELP);
    return 0;
  }
  if (args.positionals.length !== 1) throw new UsageError('name one input file, or - for standard input (try "datasan redact --help")');
  const fromStdin = args.positionals[0] === STDIN;
  const input = fromStdin ? STDIN : resolve(args.positionals[0]);
  const dryRun = o['dry-run']!;
  if (!dryRun && !o.output && !o['in-place']) throw new UsageError('say where to write: -o <output>, --in-place, or --dry-run with --report');
  if (o.output && o['in-place']) throw new UsageError('use either -o or --in-place, not both');
  if (fromStdin && o['in-place']) throw new UsageError('--in-place needs a file: standard input cannot be replaced (use -o)');
  if (dryRun && !o.report) throw new UsageError('--dry-run writes nothing: add --report <file>');
  const keyFile = o['pseudonym-key-file'];
  const style = (o.style ?? (keyFile !== undefined ? 'pseudonym' : DEFAULT_SETTINGS.redaction.style)) as RedactionStyle;
  if (!STYLES.includes(style)) throw new UsageError(`--style must be one of ${STYLES.join(', ')}, not "${o.style}"`);
  if (keyFile !== undefined && style !== 'pseudonym') throw new UsageError('--pseudonym-key-file goes with --style pseudonym');
  const pseudonymKey = keyFile === undefined ? undefined : await pseudonymKeyOf(keyFile);
  const reportFormat = o.report ? reportFormatOf(o.report) : undefined;
  if (o.report && !reportFormat) throw new UsageError('--report must name a .html, .md or .json file');
  const format = inputFormat(input, o['input-format']);
  const { settings, entities } = scanSettings(o['min-confidence'], o.entities, o.locales, o['no-names'], o.rules);
  settings.redaction.style = style;

  // Standard input: size unknown, read once as it comes; scanned on threads as a big file is (--jobs).
  const st = fromStdin ? { size: 0, mode: 0o666 } : await statInput(input, args.positionals[0]);
  const output = dryRun ? undefined : o['in-place'] ? input : o.output === '-' ? '-' : resolve(o.output!);

  boundHeapGrowth();
  const allowlist = o['no-allowlist'] ? undefined : await loadAllowlist();
  const scanner = createScanner(settings, { entities, allowlist });
  const jobs = parseJobs(o.jobs);
  const pool = (format === 'jsonl' || format === 'parquet') && (fromStdin || st.size >= POOL_FROM_BYTES) ? scanPool(jobs, scanner, entities, allowlist) : undefined;
  const shownInput = fromStdin ? STDIN_NAME : relative(process.cwd(), input) || input;
  const collector = o.report
    ? new ReportCollector({ input: shownInput, format, bytes: st.size, style, minConfidence: settings.minConfidence, entities: entities && [...entities], dropInvalid: o['drop-invalid'], dryRun, scanner })
    : undefined;

  const started = Date.now();
  const progress = new Progress(st.size, 'redacting');
  const invalidShown = 20;
  let invalidSeen = 0;
  let failedSeen = 0;
  const outcome = await withInterrupts(async (signal, onExit): Promise<RedactStats | 'interrupted'> => {
    let atomic = true;
    try {
      const onUnit = (u: RedactedUnit) => {
        collector?.add(u);
        if (u.invalid && invalidSeen++ < invalidShown) {
          progress.done();
          process.stderr.write(`datasan: line ${u.line} is not valid JSON; ${u.dropped ? 'dropped' : 'passed through with its findings redacted as plain text'}\n`);
        }
        if (u.failed && failedSeen++ < invalidShown) {
          progress.done();
          process.stderr.write(`datasan: line ${u.line} ${NOT_FULLY_SCANNED}; its other findings were redacted\n`);
        }
      };
      return await runRedactJob({
        input: fromStdin ? process.stdin : input,
        format,
        output,
        inPlace: o['in-place'],
        mode: st.mode & 0o777,
        scanner,
        batches: pool,
        style,
        pseudonymKey,
        signal,
        dropInvalid: o['drop-invalid'],
        parquet: redactParquet,
        onOpen: (file) => {
          atomic = file.atomic;
          tellStaleRemoved(file);
          onExit(() => file.abortSync());
        },
        onProgress: (bytes, phase) => progress.update(bytes, phase === 'seed' ? 'numbering ' : 'redacting'),
        onHeaders: collector && ((h) => collector.setHeaders(h)),
        onUnit,
      });
    } catch (e) {
      progress.done();
      if (e instanceof AbortedError) {
        process.stderr.write(`datasan: interrupted; ${!output ? 'nothing was written' : !atomic ? `the output to ${shownPath(output)} is incomplete` : 'no output was written'}${o['in-place'] ? ' and the input is unchanged' : ''}\n`);
        return 'interrupted';
      }
      if (e instanceof SameFileError) throw new UsageError('the output is the input; use --in-place to replace it');
      throw commandError(e, fromStdin ? STDIN_NAME : args.positionals[0], output);
    } finally {
      await pool?.close();
    }
  });
  progress.done();
  if (outcome === 'interrupted') return 130;
  const stats = outcome;
  if (stats.invalidCount > invalidShown) process.stderr.write(`datasan: ${plural(stats.invalidCount - invalidShown, 'more invalid JSON line')} (not listed)\n`);
  if (collector && o.report) await writeReport(o.report, renderReport(collector.report(stats.bytesRead, stats.lines), reportFormat!));
  if (stats.failedCount > invalidShown) process.stderr.write(`datasan: ${plural(stats.failedCount - invalidShown, 'more line')} not fully scanned (not listed)\n`);
  const secs = (Date.now() - started) / 1000;
  const where = output ? (o['in-place'] ? `${shownInput} (in place)` : shownPath(output)) : 'nothing (dry run)';
  process.stderr.write(
    `datasan: ${dryRun ? 'would redact' : 'redacted'} ${plural(stats.redactions, 'value')} in ${plural(stats.records, 'record')}` +
      `${stats.dropped ? `, dropped ${plural(stats.dropped, 'invalid line')}` : ''} → ${where}` +
      ` (${formatBytes(stats.bytesRead)} in ${secs.toFixed(1)} s${o.report ? `; report: ${o.report}` : ''})\n`,
  );
  return failedLinesStatus(stats.failedCount);
}

/** What stderr says of a line a detector failed on (see docs/rules/engine-detector-failed.md). */
export const NOT_FULLY_SCANNED = 'was not fully scanned: a detector failed on it (an internal error), so it may still hold personal data';

/** Exit status once the output is written: 2 when some lines were not fully scanned, so that scripts notice. */
export function failedLinesStatus(failed: number): number {
  if (!failed) return 0;
  process.stderr.write(`datasan: ${plural(failed, 'line')} not fully scanned; check ${failed === 1 ? 'it' : 'them'} before sharing the output (exit status 2)\n`);
  return 2;
}

/** The stat of an input file, or a usage error (named as given) when it is missing or not a regular file. */
export async function statInput(path: string, given: string): Promise<Stats> {
  let st: Stats;
  try {
    st = await fs.stat(path);
  } catch (e) {
    throw new UsageError(`${given}: ${ioMessage(e)}`);
  }
  if (!st.isFile()) throw new UsageError(`${given}: not a regular file`);
  return st;
}

/** How an output path is shown in messages. */
export function shownPath(path: string): string {
  if (path === '-') return 'standard output';
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') ? rel : path;
}

/** The output opened with openOutput's rules (see io.ts), or a usage error that names the problem. */
export async function createOutput(path: string, mode: number): Promise<OutputFile> {
  let file: OutputFile;
  try {
    file = await openOutput(path, mode);
  } catch (e) {
    throw new UsageError(`cannot write ${shownPath(path)}: ${writeFailure(e)}`);
  }
  tellStaleRemoved(file);
  return file;
}

function writeFailure(e: unknown): string {
  return e instanceof OutputError ? e.message : e instanceof WriteError ? e.reason : ioMessage(e, 'write');
}

function tellStaleRemoved(file: OutputFile): void {
  const n = file.removedStale.length;
  if (n) process.stderr.write(`datasan: removed ${plural(n, 'temporary file')} left beside ${shownPath(file.target)} by an interrupted run (${file.removedStale.join(', ')})\n`);
}

/** Writes a report atomically (the rules of openOutput); a failure is a usage error naming the report. */
export async function writeReport(path: string, text: string): Promise<void> {
  try {
    tellStaleRemoved(await writeFileAtomic(resolve(path), text));
  } catch (e) {
    throw new UsageError(`cannot write ${path}: ${writeFailure(e)}`);
  }
}

/**
 * The one-line message of a failed redact or repair: an unreadable or undecodable input, an output that
 * could not be written, or an error of the engine (named by its kind: its message may quote data).
 */
export function commandError(e: unknown, input: string, output: string | undefined): UsageError {
  if (e instanceof UsageError) return e;
  if (e instanceof DecodeError || e instanceof ParquetError) return new UsageError(`${input}: ${e.message}`);
  if (e instanceof WriteError) return new UsageError(`cannot write ${shownPath(output ?? e.path)}: ${e.reason}`);
  if (e instanceof OutputError) return new UsageError(`cannot write ${shownPath(output ?? '')}: ${e.message}`);
  if ((e as NodeJS.ErrnoException)?.code) return new UsageError(`${input}: ${ioMessage(e)}`);
  return new UsageError(`internal error while processing ${input} (${e instanceof Error ? e.name : typeof e}); please report it`);
}
