// Redacting a file from disk in constant memory: JSONL line by line, CSV/TSV row by row (headers from
// the first row), text and Markdown paragraph by paragraph. Everything outside a redacted span is
// written back byte for byte: line breaks (LF or CRLF, per line), the BOM, invalid JSONL lines.
import type { Finding, OffsetEdit } from './types';
import type { RedactionStyle } from './settings';
import { DETECTOR_FAILED, type Scanner } from './scan';
import { type BatchScanner, type UnitScan, eachScannedLineBatch, inThisThread, scanOneUnit } from './batch';
import type { Format } from './formats/units';
import { parseRow } from './formats/csv';
import { applyEdits, Pseudonyms, pseudonymsFor, redactable, redactionEdit } from './redact';

export { redactable } from './redact';
import type { PseudonymSource } from './pseudonyms';
import { type ByteSource, readLineBatches } from './read-lines';
import { type CutUnit, readUnits } from './formats/read-units';
import { answerStartEdits } from './formats/qa-offsets';
import { pushAll } from './arrays';

const EOL = ['', '\n', '\r\n'];

/** One scanned unit (a JSONL line, a CSV row, a paragraph) as it is redacted. */
export interface RedactedUnit {
  /** 1-based record (JSONL line, CSV data row, paragraph); undefined for a CSV header row. */
  record?: number;
  /** 1-based line of the file where the unit starts. */
  line: number;
  /** The unit's text before redaction (line breaks inside it kept). */
  text: string;
  /** The findings that were redacted, in unit offsets. */
  findings: readonly Finding[];
  /** A JSONL line that is not valid JSON. */
  invalid: boolean;
  /** Left out of the output (--drop-invalid). */
  dropped: boolean;
  /** A detector failed on it (an engine/detector-failed notice): its other findings were redacted. */
  failed: boolean;
}

export interface RedactStreamOptions {
  /** A file's path, or a stream (standard input), read once as it comes. */
  input: ByteSource;
  format: Format;
  scanner: Scanner;
  style: RedactionStyle;
  /** With style "pseudonym": keyed tags from this key instead of numbers (KeyedPseudonyms). */
  pseudonymKey?: Uint8Array;
  /** Where the output goes; `bom` tells the sink to write a BOM first. */
  write: (s: string) => void | Promise<void>;
  /** Leave invalid JSONL lines out instead of passing them through. */
  dropInvalid?: boolean;
  signal?: AbortSignal;
  /** Scans JSONL lines a batch at a time, e.g. on a pool of threads; default: this thread with `scanner`. */
  batches?: BatchScanner;
  onProgress?: (bytesRead: number, phase: 'seed' | 'redact') => void;
  /** Called for every unit; the report collector listens here. Values stay in memory only. */
  onUnit?: (unit: RedactedUnit) => void;
  /** Called for a CSV/TSV header row, with the column names. */
  onHeaders?: (headers: string[]) => void;
}

export interface RedactStats {
  /** Records scanned (JSONL lines with content, CSV data rows, paragraphs). */
  records: number;
  /** Lines of the input. */
  lines: number;
  redactions: number;
  /** 1-based line numbers of invalid JSONL lines (all of them are counted; the first 1000 listed). */
  invalidLines: number[];
  invalidCount: number;
  /** 1-based line numbers of units a detector failed on (all counted; the first 1000 listed). */
  failedLines: number[];
  failedCount: number;
  dropped: number;
  bytesRead: number;
  bom: boolean;
}

export class AbortedError extends Error {
  constructor() {
    super('interrupted');
  }
}

/** What the two readers below share: the counts, the output's start, and one unit's redaction. */
interface Redaction {
  stats: RedactStats;
  /** Writes the BOM (when the input had one) before the first output. */
  start(): Promise<void>;
  reading: { onBom: (bom: boolean) => void; verb: 'redacted' };
  /** Redacts one unit from its scan; returns its new text, or undefined when it is dropped. */
  redactUnit(text: string, r: UnitScan, record: number | undefined, line: number): string | undefined;
}

/** Streams `input` through the scanner and writes the redacted text; throws DecodeError or AbortedError. */
export async function redactStream(o: RedactStreamOptions): Promise<RedactStats> {
  // Keyed pseudonyms need no numbering, so no first pass over the input to find numbers already used.
  const pseudonyms = pseudonymsFor(o.style, o.pseudonymKey);
  // A stream cannot be read twice: its numbers start at 1 (a file's continue after those it holds).
  if (pseudonyms instanceof Pseudonyms && typeof o.input === 'string') await seedPseudonyms(o.input, o, pseudonyms);
  const stats: RedactStats = { records: 0, lines: 0, redactions: 0, invalidLines: [], invalidCount: 0, failedLines: [], failedCount: 0, dropped: 0, bytesRead: 0, bom: false };
  let started = false;
  const r: Redaction = {
    stats,
    start: async () => {
      if (started) return;
      started = true;
      if (stats.bom) await o.write('\uFEFF');
    },
    reading: { onBom: (bom) => (stats.bom = bom), verb: 'redacted' },
    redactUnit: (text, scan, record, line) => redactUnit(o, stats, pseudonyms, text, scan, record, line),
  };
  if (o.format === 'jsonl') await redactLines(o, r);
  else await redactCutUnits(o, r);
  return stats;
}

function redactUnit(o: RedactStreamOptions, stats: RedactStats, pseudonyms: PseudonymSource | undefined, text: string, r: UnitScan, record: number | undefined, line: number): string | undefined {
  const failed = r.notices.some((n) => n.rule === DETECTOR_FAILED);
  if (failed) {
    stats.failedCount++;
    if (stats.failedLines.length < 1000) stats.failedLines.push(line);
  }
  if (!r.findings.length && !r.invalidJson) {
    o.onUnit?.({ record, line, text, findings: [], invalid: false, dropped: false, failed });
    return text;
  }
  const findings = redactable(r.findings);
  const dropped = r.invalidJson && !!o.dropInvalid;
  if (r.invalidJson) {
    stats.invalidCount++;
    if (stats.invalidLines.length < 1000) stats.invalidLines.push(line);
  }
  o.onUnit?.({ record, line, text, findings, invalid: r.invalidJson, dropped, failed });
  if (dropped) {
    stats.dropped++;
    return undefined;
  }
  if (!findings.length) return text;
  stats.redactions += findings.length;
  const edits: OffsetEdit[] = findings.map((f) => redactionEdit(text, f, o.style, pseudonyms));
  // QA records: answer_start numbers follow their redacted context (a JSONL line or the JSON document).
  if ((o.format === 'jsonl' || o.format === 'json') && !r.invalidJson) pushAll(edits, answerStartEdits(text, edits));
  return applyEdits(text, edits);
}

/** JSONL, a batch of lines at a time: batches are scanned ahead (on a pool of threads when one is given) and written in order. */
async function redactLines(o: RedactStreamOptions, r: Redaction): Promise<void> {
  const { stats } = r;
  await eachScannedLineBatch(
    o.input,
    r.reading,
    o.batches ?? inThisThread(o.scanner),
    async (b, firstLine, results) => {
      check(o.signal);
      let out = '';
      let k = 0;
      for (let i = 0; i < b.lines.length; i++) {
        const text = b.lines[i];
        if (!text.length) {
          out += EOL[b.eols[i]];
          continue;
        }
        stats.records++;
        const redacted = r.redactUnit(text, results[k++], firstLine + i, firstLine + i);
        if (redacted !== undefined) out += redacted + EOL[b.eols[i]];
      }
      stats.lines = firstLine + b.lines.length - 1;
      stats.bytesRead = b.bytesRead;
      await o.write(out);
      o.onProgress?.(b.bytesRead, 'redact');
    },
    async () => {
      check(o.signal);
      await r.start();
    },
  );
  await r.start();
}

/**
 * CSV/TSV rows, text and Markdown paragraphs, a JSON document whole (its records may span lines), as
 * read-units.ts cuts them; what lies between units is written back as read.
 */
async function redactCutUnits(o: RedactStreamOptions, r: Redaction): Promise<void> {
  const { stats, redactUnit: redactOne } = r;
  const scanned = (text: string, record: number | undefined, line: number, headers?: string[]) => redactOne(text, scanOneUnit(o.scanner, { text, record }, o.format, headers), record, line);
  const isCsv = o.format === 'csv' || o.format === 'tsv';
  let headers: string[] | undefined;
  let firstRowIsData = false;
  const redactCut = (u: CutUnit): string | undefined => {
    const line = u.line + 1;
    if (o.format === 'json') {
      stats.records = 1;
      return scanned(u.text, 1, 1);
    }
    if (!isCsv) {
      stats.records++;
      return scanned(u.text, u.index + 1, line);
    }
    if (u.index > 0) {
      stats.records++;
      return scanned(u.text, u.index + (firstRowIsData ? 1 : 0), line, headers);
    }
    headers = parseRow(u.text, 0, o.format === 'tsv' ? 9 : 44).cells.map((c) => u.text.slice(c.start, c.end).trim());
    const scan = scanOneUnit(o.scanner, { text: u.text }, o.format, headers);
    // A first row with findings holds data, not column names: it is record 1, and names no column.
    firstRowIsData = redactable(scan.findings).length > 0;
    if (firstRowIsData) stats.records++;
    else o.onHeaders?.(headers);
    return redactOne(u.text, scan, firstRowIsData ? 1 : undefined, line);
  };
  for await (const batch of readUnits(o.input, o.format, r.reading)) {
    check(o.signal);
    await r.start();
    let out = '';
    for (const u of batch.units) out += u.before + (redactCut(u) ?? '');
    if (batch.rest !== undefined) out += batch.rest;
    stats.lines = batch.lines;
    stats.bytesRead = batch.bytesRead;
    await o.write(out);
    o.onProgress?.(batch.bytesRead, 'redact');
  }
}


/** Pseudonym numbers continue after those already in the file (a second redaction of a redacted file). */
async function seedPseudonyms(input: string, o: RedactStreamOptions, pseudonyms: Pseudonyms): Promise<void> {
  for await (const b of readLineBatches(input, { verb: 'redacted' })) {
    check(o.signal);
    for (const l of b.lines) if (l.indexOf(']') !== -1 && l.indexOf('_') !== -1) pseudonyms.seed(l);
    o.onProgress?.(b.bytesRead, 'seed');
  }
}

function check(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new AbortedError();
}
