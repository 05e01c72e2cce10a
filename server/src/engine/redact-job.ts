// One redaction of a file (or a stream) to its redacted copy, start to end: `datasan redact` and the
// editor's "Redact to New File" and redaction report all run it. The output is opened by io.ts's one
// atomic writer, keeps the input's mode, is committed only when everything went well, and removed otherwise.
import { promises as fs } from 'node:fs';
import type { Format } from './formats/units';
import type { RedactionStyle } from './settings';
import type { Scanner } from './scan';
import type { BatchScanner } from './batch';
import { openOutput, OutputError, type OutputFile, WriteError } from './io';
import { AbortedError, type RedactedUnit, redactStream, type RedactStats } from './redact-stream';
import { ParquetError } from './parquet-error';

/** The output names the input's file (through links), and the job was not asked to replace it. */
export class SameFileError extends Error {
  constructor() {
    super('the output is the input');
  }
}

export interface RedactJob {
  /** A file's path, or a byte stream (standard input) read once as it comes. */
  input: string | AsyncIterable<Uint8Array>;
  format: Format;
  /** Where the copy goes: a path, "-" for standard output, or none for a dry run (a report only). */
  output?: string;
  /** The output is meant to replace the input. */
  inPlace?: boolean;
  /** The output's mode when it is created (default: the input file's; 0o666 for a stream). */
  mode?: number;
  scanner: Scanner;
  style: RedactionStyle;
  /** With style "pseudonym": keyed tags from this key instead of numbers. */
  pseudonymKey?: Uint8Array;
  /** Scans JSONL lines or Parquet rows a batch at a time, e.g. on a pool of threads. */
  batches?: BatchScanner;
  dropInvalid?: boolean;
  signal?: AbortSignal;
  /** Called once the output is open: it may say that stale temporary files were removed, or arrange cleanup. */
  onOpen?: (file: OutputFile) => void;
  onProgress?: (bytesRead: number, phase: 'seed' | 'redact') => void;
  onUnit?: (unit: RedactedUnit) => void;
  onHeaders?: (headers: string[]) => void;
  /**
   * How a Parquet input is redacted (engine/parquet.ts's redactParquet). Given by the callers that read
   * Parquet, so that the others (the editor) do not bundle the Parquet library.
   */
  parquet?: (o: ParquetJob) => Promise<RedactStats>;
}

export interface ParquetJob {
  input: string;
  scanner: Scanner;
  style: RedactionStyle;
  pseudonymKey?: Uint8Array;
  sink?: OutputFile;
  signal?: AbortSignal;
  batches?: BatchScanner;
  onProgress?: (bytesRead: number, phase: 'seed' | 'redact') => void;
  onUnit?: (unit: RedactedUnit) => void;
}

/** Whether two paths name the same file (through links). */
export async function sameFile(a: string, b: string): Promise<boolean> {
  if (a === b) return true;
  try {
    const [x, y] = await Promise.all([fs.stat(a), fs.stat(b)]);
    return x.ino === y.ino && x.dev === y.dev;
  } catch {
    return false;
  }
}

/**
 * Runs the job. Throws SameFileError, OutputError or WriteError (the output), AbortedError (the signal), and
 * the input's own errors; nothing is left at the output then.
 */
export async function runRedactJob(job: RedactJob): Promise<RedactStats> {
  const path = typeof job.input === 'string' ? job.input : undefined;
  const mode = job.mode ?? (path ? (await fs.stat(path)).mode & 0o777 : 0o666);
  if (job.output && path && !job.inPlace && job.output !== '-' && (await sameFile(path, job.output))) throw new SameFileError();
  let file: OutputFile | undefined;
  try {
    if (job.output) {
      file = await openOutputFor(job.output, mode);
      job.onOpen?.(file);
    }
    const stats = await redactInto(job, path, file);
    if (job.signal?.aborted) throw new AbortedError();
    await file?.commit();
    return stats;
  } catch (e) {
    await file?.abort();
    throw e;
  }
}

/** The output opened, or an error that says it was the output that failed (never blamed on the input). */
async function openOutputFor(path: string, mode: number): Promise<OutputFile> {
  try {
    return await openOutput(path, mode);
  } catch (e) {
    throw e instanceof OutputError || e instanceof WriteError ? e : new WriteError(path, e);
  }
}

async function redactInto(job: RedactJob, path: string | undefined, file: OutputFile | undefined): Promise<RedactStats> {
  const { scanner, style, pseudonymKey, batches, signal, onProgress, onUnit } = job;
  if (job.format === 'parquet') {
    if (!job.parquet) throw new ParquetError('Parquet files are redacted with the command line: datasan redact');
    if (!path) throw new ParquetError('a Parquet input must be a file, not a stream');
    return job.parquet({ input: path, scanner, batches, style, pseudonymKey, signal, sink: file, onProgress, onUnit });
  }
  return redactStream({
    input: job.input,
    format: job.format,
    scanner,
    batches,
    style,
    pseudonymKey,
    signal,
    dropInvalid: job.dropInvalid,
    write: file ? (s) => file.write(s) : () => {},
    onProgress,
    onHeaders: job.onHeaders,
    onUnit,
  });
}
