// "Redact to New File" and the redaction report, for files of any size: both run the CLI's redact job
// (all detectors, names included) on the file as saved on disk, with progress and cancel.
import { promises as fs } from 'node:fs';
import { basename } from 'node:path';
import type { Connection } from 'vscode-languageserver';
import type { DatasanSettings } from '../engine/settings';
import type { Allowlist } from '../engine/allowlist';
import { createScanner } from '../engine/index';
import { formatOf } from '../engine/formats/units';
import { AbortedError } from '../engine/redact-stream';
import { runRedactJob, SameFileError } from '../engine/redact-job';
import { ParquetError } from '../engine/parquet-error';
import { DecodeError } from '../engine/stream';
import { internalErrorMessage, ioMessage, OutputError, WriteError } from '../engine/io';
import { ReportCollector } from '../engine/report/model';
import type { RedactToFileResult } from '../protocol';
import { filePath } from './documents';
import { fileProgress } from './file-progress';


/**
 * Streams `uri` through the engine; writes the redacted copy to `outputUri` atomically unless it is
 * undefined (a dry run, for the report). Nothing is written when cancelled or on error.
 */
export async function redactFile(connection: Connection, settings: DatasanSettings, allowlist: Allowlist, uri: string, outputUri?: string, pseudonymKey?: Uint8Array): Promise<RedactToFileResult> {
  const input = filePath(uri);
  const output = outputUri ? filePath(outputUri) : undefined;
  if (!input || (outputUri && !output)) return { error: 'only files on disk can be redacted this way' };
  let size: number;
  try {
    size = (await fs.stat(input)).size;
  } catch (e) {
    return { error: ioMessage(e) };
  }
  const format = formatOf(undefined, input);
  const scanner = createScanner(settings, { allowlist });
  const collector = new ReportCollector({ input: basename(input), format, bytes: size, style: settings.redaction.style, minConfidence: settings.minConfidence, dryRun: !output, scanner });
  const progress = await fileProgress(connection, output ? `Datasan: redacting ${basename(input)}` : `Datasan: report for ${basename(input)}`, size);
  try {
    const stats = await runRedactJob({
      input,
      format,
      output,
      scanner,
      style: settings.redaction.style,
      pseudonymKey,
      signal: progress.signal,
      onOpen: (file) => {
        if (file.removedStale.length) connection.console.info(`Datasan: removed ${file.removedStale.length} temporary file(s) left by an interrupted run beside ${basename(file.target)}`);
      },
      onProgress: progress.onProgress,
      onHeaders: (h) => collector.setHeaders(h),
      onUnit: (u) => collector.add(u),
    });
    return { redactions: stats.redactions, records: stats.records, report: collector.report(size, stats.lines) };
  } catch (e) {
    if (e instanceof AbortedError || progress.signal.aborted) return { cancelled: true };
    if (e instanceof SameFileError) return { error: 'the output is the input; choose another file' };
    if (e instanceof OutputError || e instanceof WriteError) return { error: `cannot write ${basename(output!)}: ${e instanceof WriteError ? e.reason : e.message}` };
    return { error: e instanceof DecodeError || e instanceof ParquetError ? e.message : (e as NodeJS.ErrnoException)?.code ? ioMessage(e) : internalErrorMessage(e) };
  } finally {
    progress.done();
  }
}
