// Parquet in and out, a row group at a time (memory bounded by one row group, whatever the file size).
// Read with hyparquet (every codec through hyparquet-compressors), written with hyparquet-writer (Snappy):
// each row becomes a one-line JSON record for the scanner (formats/parquet-rows.ts), and only string
// values change in the output; the schema, row order and row-group layout are those of the input.
// Used by the CLI only: the editor's bundle does not import it.
import { asyncBufferFromFile, type AsyncBuffer, type FileMetaData, parquetMetadataAsync, type ParquetParsers } from 'hyparquet';
import { DEFAULT_PARSERS } from 'hyparquet/src/convert.js';
import { compressors } from 'hyparquet-compressors';
import { ByteWriter, ParquetWriter } from 'hyparquet-writer';
import { boundYoungGeneration, type ColumnGroup, putRow, readColumnGroup, rowOf, writeColumnGroup } from './parquet-columns';
import type { Finding } from './types';
import { DETECTOR_FAILED, type Scanner } from './scan';
import { type BatchScanner, type BatchUnit, inThisThread, scannedInOrder, scanOneUnit, type UnitScan } from './batch';
import { type FileScan, type Located, PARTLY_SCANNED, type ScanFileOptions, withRange } from './stream';
import { applyToRow, cellAt, columnPath, type RenderedRow, renderRow, rowText, valueOffset } from './formats/parquet-rows';
import { Pseudonyms, pseudonymsFor, redactionEdit } from './redact';
import type { RedactionStyle } from './settings';
import { AbortedError, redactable, type RedactedUnit, type RedactStats } from './redact-stream';
import { internalErrorMessage, ioMessage } from './io';
import { ParquetError } from './parquet-error';

export { ParquetError };

export const PARQUET_EXTENSION = /\.parquet$/i;

/** Timestamps and dates stay the integers they are stored as, so that they are written back unchanged. */
const RAW_PARSERS: Partial<ParquetParsers> = {
  timestampFromMilliseconds: (v) => v,
  timestampFromMicroseconds: (v) => v,
  timestampFromNanoseconds: (v) => v,
  dateFromDays: (v) => v,
  uuidFromBytes: (v) => v,
};

/**
 * Whether every row of the file is written by JSON.stringify as renderRow writes it: no INT64/INT96 (read as
 * bigint) and no byte array that is not a string (read as Uint8Array). Then the native one renders rows.
 */
function jsonNative(metadata: FileMetaData): boolean {
  return metadata.schema.every((e) => {
    if (e.num_children) return true;
    if (e.type === 'INT64' || e.type === 'INT96' || e.type === 'FIXED_LEN_BYTE_ARRAY') return false;
    if (e.type === 'BYTE_ARRAY') return e.converted_type === 'UTF8' || e.converted_type === 'JSON' || e.logical_type?.type === 'STRING' || e.logical_type?.type === 'JSON';
    return true;
  });
}

/**
 * A row with findings rendered with the places of its strings. Should its text differ from the one scanned
 * (it never should), the row is scanned again from this text, so that no edit lands in the wrong place.
 */
function withCells(row: Record<string, unknown>, text: string, scan: UnitScan, scanner: Scanner, record: number): { rendered: RenderedRow; scan: UnitScan } {
  const rendered = renderRow(row);
  if (rendered.text === text) return { rendered, scan };
  return { rendered, scan: scanOneUnit(scanner, { text: rendered.text, record }, 'jsonl') };
}

/** Characters of rows per scanned batch. */
const BATCH_CHARS = 1 << 18;


export interface ParquetFile {
  file: AsyncBuffer;
  metadata: FileMetaData;
}

export async function openParquet(path: string): Promise<ParquetFile> {
  const file = await asyncBufferFromFile(path);
  try {
    return { file, metadata: await parquetMetadataAsync(file) };
  } catch (e) {
    throw new ParquetError(`not a Parquet file or damaged (${e instanceof Error ? e.message.replace(/^parquet /, '') : 'unreadable'})`);
  }
}

const PARSERS: ParquetParsers = { ...DEFAULT_PARSERS, ...RAW_PARSERS };

/**
 * Row groups one at a time, as their leaf columns (parquet-columns.ts: rows are assembled one at a time from
 * them), with the index of their first row and the bytes of the file read so far.
 */
async function* rowGroups(p: ParquetFile): AsyncGenerator<{ group: ColumnGroup; firstRow: number; bytesRead: number }> {
  let firstRow = 0;
  let bytesRead = 0;
  for (let i = 0; i < p.metadata.row_groups.length; i++) {
    const g = p.metadata.row_groups[i];
    const group = await readColumnGroup(p.file, p.metadata, i, { compressors, parsers: PARSERS });
    bytesRead += Number(g.total_compressed_size ?? g.columns.reduce((s, c) => s + Number(c.meta_data?.total_compressed_size ?? 0), 0));
    yield { group, firstRow, bytesRead };
    firstRow += group.rows;
  }
}

/** A stretch of a row group's rows and their JSON texts, scanned as one batch. */
interface RowBatch {
  rows: Record<string, unknown>[];
  texts: string[];
  firstRow: number;
  /** The first row's index in its group. */
  groupRow: number;
}

/** A row group's rows, assembled one at a time, as JSON texts cut into batches of about BATCH_CHARS characters. */
function* batchesOf(group: ColumnGroup, firstRow: number, native: boolean): Generator<RowBatch> {
  let from = 0;
  let chars = 0;
  let rows: Record<string, unknown>[] = [];
  let texts: string[] = [];
  for (let i = 0; i < group.rows; i++) {
    const row = rowOf(group, i, PARSERS);
    const text = rowText(row, native);
    rows.push(row);
    texts.push(text);
    chars += text.length;
    if (chars >= BATCH_CHARS || i === group.rows - 1) {
      boundYoungGeneration();
      yield { rows, texts, firstRow: firstRow + from, groupRow: from };
      from = i + 1;
      chars = 0;
      rows = [];
      texts = [];
    }
  }
}

const unitsOf = (b: RowBatch): BatchUnit[] => b.texts.map((text, k) => ({ text, record: b.firstRow + k + 1 }));

/** A finding of a row, located by row (0-based, as in pandas and DuckDB) and column path; range characters are in the value. */
export function locateInRow(f: Finding, row: number, rendered: RenderedRow): Located {
  const cell = cellAt(rendered.cells, f.start);
  if (!cell) return withRange(f, { line: row, character: 0 }, { line: row, character: 0 });
  const at = (offset: number) => ({ line: row, character: valueOffset(rendered.text, cell, offset) });
  const located = withRange(f, at(f.start), at(f.end));
  located.cell = { row, column: columnPath(cell.path), start: cell.start, end: cell.end };
  return located;
}

/** Scans a Parquet file a row group at a time; errors are returned, not thrown (as scanFile does). */
export async function scanParquetFile(path: string, scanner: Scanner, opts: ScanFileOptions = {}): Promise<FileScan> {
  const out: FileScan = { findings: [], notices: [], errors: [], total: 0 };
  const max = opts.maxFindings ?? Infinity;
  let rowsScanned = 0;
  try {
    const p = await openParquet(path);
    const native = jsonNative(p.metadata);
    const batches = opts.batches ?? inThisThread(scanner);
    const pipeline = scannedInOrder(async (batch: RowBatch, results: UnitScan[]) => {
      rowsScanned = batch.firstRow + batch.rows.length;
      for (let k = 0; k < batch.rows.length; k++) {
        if (!results[k].findings.length && !results[k].notices.length) continue;
        const row = batch.firstRow + k;
        // The places of the strings are worked out for the few rows with findings only.
        const { rendered, scan: r } = withCells(batch.rows[k], batch.texts[k], results[k], scanner, row + 1);
        out.total += r.findings.length;
        const findings = r.findings.map((f) => locateInRow(f, row, rendered));
        const notices = r.notices.map((f) => locateInRow(f, row, rendered));
        if (opts.onFound) {
          const wait = opts.onFound({ text: rendered.text, start: 0, findings, notices });
          if (wait) await wait;
        } else {
          for (const f of findings) if (out.findings.length < max) out.findings.push(f);
          for (const f of notices) if (out.notices.length < max) out.notices.push(f);
        }
      }
    });
    try {
      for await (const g of rowGroups(p)) {
        opts.onProgress?.(g.bytesRead);
        for (const b of batchesOf(g.group, g.firstRow, native)) await pipeline.add(b, batches.scanBatch(unitsOf(b), 'jsonl'));
        if (opts.isCancelled?.()) {
          out.cancelled = true;
          break;
        }
      }
      await pipeline.finish();
    } finally {
      await pipeline.abandon();
    }
  } catch (e) {
    out.errors.push(parquetFailure(e, rowsScanned));
  }
  return out;
}

function parquetFailure(e: unknown, rows: number): string {
  const reason = e instanceof ParquetError ? e.message : (e as NodeJS.ErrnoException)?.code ? ioMessage(e) : internalErrorMessage(e);
  return rows ? `${PARTLY_SCANNED} (rows 0–${rows - 1}), then ${reason}` : reason;
}

/** Where a redacted Parquet file goes: bytes, in order. */
export interface ByteSink {
  writeBytes(data: Uint8Array): Promise<void>;
}

/** hyparquet-writer's buffer, handed to the sink after each row group (ParquetWriter awaits the flush). */
function sinkWriter(sink: ByteSink | undefined): ByteWriter {
  const w = new ByteWriter(1 << 20);
  const flush = async () => {
    if (sink && w.index) await sink.writeBytes(new Uint8Array(w.buffer.slice(0, w.index)));
    w.index = 0;
  };
  Object.assign(w, { flush, finish: flush });
  return w;
}

export interface RedactParquetOptions {
  input: string;
  scanner: Scanner;
  style: RedactionStyle;
  pseudonymKey?: Uint8Array;
  /** Where the redacted file goes; none for a dry run. */
  sink?: ByteSink;
  signal?: AbortSignal;
  batches?: BatchScanner;
  onProgress?: (bytesRead: number, phase: 'seed' | 'redact') => void;
  onUnit?: (unit: RedactedUnit) => void;
  /**
   * Decides which rows are written (`datasan repair`); all by default. Called after `onUnit`, in row order,
   * with the row's text and findings.
   */
  keep?: (unit: RedactedUnit) => boolean;
  /** Leave string values as they are (repair keeps or drops rows, it does not redact them). */
  noRedaction?: boolean;
}

/** Redacts a Parquet file a row group at a time: same schema, row order and row groups; Snappy pages. */
export async function redactParquet(o: RedactParquetOptions): Promise<RedactStats & { rowsWritten: number }> {
  const p = await openParquet(o.input);
  const pseudonyms = o.noRedaction ? undefined : pseudonymsFor(o.style, o.pseudonymKey);
  if (pseudonyms instanceof Pseudonyms) {
    // Numbers continue after those already in the file (a second redaction of a redacted file).
    for await (const g of rowGroups(p)) {
      check(o.signal);
      for (let r = 0; r < g.group.rows; r++) {
        const text = rowText(rowOf(g.group, r, PARSERS));
        if (text.indexOf(']') !== -1 && text.indexOf('_') !== -1) pseudonyms.seed(text);
      }
      o.onProgress?.(g.bytesRead, 'seed');
    }
  }
  const stats = { records: 0, lines: 0, redactions: 0, invalidLines: [] as number[], invalidCount: 0, failedLines: [] as number[], failedCount: 0, dropped: 0, bytesRead: 0, bom: false, rowsWritten: 0 };
  const byteWriter = sinkWriter(o.sink);
  const writer = new ParquetWriter({
    writer: byteWriter,
    schema: p.metadata.schema,
    codec: 'SNAPPY',
    kvMetadata: p.metadata.key_value_metadata,
    createdBy: 'datasan (hyparquet-writer)',
  });
  const native = jsonNative(p.metadata);
  const batches = o.batches ?? inThisThread(o.scanner);
  for await (const g of rowGroups(p)) {
    check(o.signal);
    // Batches are scanned ahead (on a pool of threads when one is given) and used in order, and let go once
    // used: redacted rows are put back into the group's leaves, which are written as they are.
    const kept: boolean[] = [];
    const pipeline = scannedInOrder(async (b: RowBatch, results: UnitScan[]) => {
      for (let k = 0; k < b.rows.length; k++) {
        const row = b.firstRow + k;
        let text = b.texts[k];
        let rendered: RenderedRow | undefined;
        let scan = results[k];
        if (scan.findings.length) ({ rendered, scan } = withCells(b.rows[k], text, scan, o.scanner, row + 1));
        if (rendered) text = rendered.text;
        const findings = redactable(scan.findings);
        stats.records++;
        // A detector that failed on the row (engine/detector-failed): its other findings are redacted, the row named.
        const failed = scan.notices.some((n) => n.rule === DETECTOR_FAILED);
        if (failed) {
          stats.failedCount++;
          if (stats.failedLines.length < 1000) stats.failedLines.push(row + 1);
        }
        const unit: RedactedUnit = { record: row + 1, line: row + 1, text, findings, invalid: false, dropped: false, failed };
        o.onUnit?.(unit);
        if (o.keep && !o.keep(unit)) {
          stats.dropped++;
          kept.push(false);
          continue;
        }
        if (findings.length && !o.noRedaction) {
          stats.redactions += findings.length;
          applyToRow(b.rows[k], rendered!, findings.map((f) => redactionEdit(text, f, o.style, pseudonyms)));
          putRow(g.group, b.groupRow + k, b.rows[k]);
        }
        kept.push(true);
      }
    });
    try {
      for (const b of batchesOf(g.group, g.firstRow, native)) await pipeline.add(b, batches.scanBatch(unitsOf(b), 'jsonl'));
      await pipeline.finish();
    } finally {
      await pipeline.abandon();
    }
    stats.lines = stats.records;
    stats.bytesRead = g.bytesRead;
    if (o.sink) stats.rowsWritten += await writeColumnGroup(writer, g.group, o.keep ? kept : undefined);
    o.onProgress?.(g.bytesRead, 'redact');
  }
  if (o.sink) await writer.finish();
  return stats;
}

function check(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new AbortedError();
}
