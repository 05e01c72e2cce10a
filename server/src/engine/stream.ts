// Scanning a file from disk in constant memory: line by line for JSONL, paragraph by paragraph for
// text. CSV/TSV and JSON are read whole (their records may span lines), and so is Markdown (model cards
// are checked as a whole against the Llama license).
import type { Finding } from './types';
import type { Scanner } from './scan';
import { type Format, type Unit, unitOf } from './formats/units';
import { decodeText, internalErrorMessage, ioMessage } from './io';
import { DecodeError } from './read-lines';
import { promises as fs } from 'node:fs';
import { mergeFindings, modelCardFindings } from './model-card';
import { type BatchScanner, inThisThread, scannedInOrder, scanOneUnit } from './batch';
import { readUnits } from './formats/read-units';
import { countBelow } from './sorted';

export { DecodeError, readLines, type Line } from './read-lines';

/** A finding with its zero-based line and character, as the CLI reports it. */
export interface Located extends Finding {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  /**
   * A finding in a Parquet row: the row (0-based) and column path (`messages[2].content`); `range` lines are
   * the row and characters are in the value, `start`/`end` the bounds of the value's literal in the row text.
   */
  cell?: { row: number; column: string; start: number; end: number };
}

/**
 * A finding with its range. Written out field by field: an object spread with one more property gave every
 * copy a hidden class of its own in V8 (measured: ~300 bytes more per finding, 65 MB on a 50 MB file).
 */
export function withRange(f: Finding, start: Located['range']['start'], end: Located['range']['end']): Located {
  return {
    rule: f.rule,
    entity: f.entity,
    start: f.start,
    end: f.end,
    confidence: f.confidence,
    severity: f.severity,
    message: f.message,
    reasons: f.reasons,
    container: f.container,
    record: f.record,
    range: { start, end },
  };
}

export interface FileScan {
  findings: Located[];
  notices: Located[];
  errors: string[];
  /** Findings in the file, including those past `maxFindings`. */
  total: number;
  cancelled?: boolean;
}

/** Positions inside a unit that starts at a known line and offset. */
function locator(unitText: string, unitOffset: number, unitLine: number) {
  let nls: number[] | undefined;
  return (offset: number) => {
    const rel = offset - unitOffset;
    nls ??= [...unitText.matchAll(/\n/g)].map((m) => m.index);
    const line = countBelow(nls, rel);
    return { line: unitLine + line, character: line === 0 ? rel : rel - nls[line - 1] - 1 };
  };
}

function locate(f: Finding, at: (offset: number) => { line: number; character: number }): Located {
  return withRange(f, at(f.start), at(f.end));
}

/** Findings and notices found in one stretch of a file, with the text their offsets (less `start`) index. */
export interface FoundIn {
  /** A unit (a JSONL line, a paragraph) or the whole file; it holds every line a finding starts on. */
  text: string;
  /** Offset of `text` in the file. */
  start: number;
  findings: Located[];
  notices: Located[];
}

export interface ScanFileOptions {
  /** Keep at most this many findings (the rest are only counted). */
  maxFindings?: number;
  /**
   * Receives the findings as they are found, in file order, instead of keeping them: the returned
   * `findings` and `notices` stay empty and memory does not grow with their number.
   */
  onFound?: (found: FoundIn) => void | Promise<void>;
  onProgress?: (bytesRead: number) => void;
  isCancelled?: () => boolean;
  /** Scans streamed JSONL lines and paragraphs a batch at a time, e.g. on a pool of threads; default: this thread (CSV rows always). */
  batches?: BatchScanner;
  /**
   * Read this stream (standard input) instead of the file at `path`, which then only names it. JSONL, CSV/TSV
   * and text are read as they come; Markdown and JSON, read whole, gather it first.
   */
  stream?: AsyncIterable<Uint8Array>;
}

/** Characters of units per batch. */
const BATCH_CHARS = 1 << 18;

interface PlacedUnit {
  unit: Unit;
  /** Zero-based line where the unit starts. */
  line: number;
}

/** CSV/TSV rows keyed by the columns of the first row, in this thread (the pool's workers know no columns). */
function rowScanner(scanner: Scanner, format: 'csv' | 'tsv'): { batches: BatchScanner; sawHeader(text: string): void } {
  let headers: string[] | undefined;
  return {
    sawHeader: (text) => void (headers ??= scanner.headersOf(text, format)),
    batches: { detectors: scanner.detectors, scanBatch: async (units) => units.map((u) => scanOneUnit(scanner, u, format, headers)), close: async () => {} },
  };
}

/** Scans one file from disk. Errors (unreadable, binary, invalid UTF-8, vanished) are returned, not thrown. */
export async function scanFile(path: string, format: Format, scanner: Scanner, opts: ScanFileOptions = {}): Promise<FileScan> {
  const out: FileScan = { findings: [], notices: [], errors: [], total: 0 };
  const max = opts.maxFindings ?? Infinity;
  /** Lines whose units were scanned (1-based, the last line of the last unit): where a failure stopped the scan. */
  let through = 0;
  try {
    if (format !== 'json' && format !== 'markdown') {
      // JSONL lines, CSV/TSV rows and text paragraphs, as read-units.ts cuts them, a batch of reads at a time.
      const rows = format === 'csv' || format === 'tsv' ? rowScanner(scanner, format) : undefined;
      const batches = rows?.batches ?? opts.batches ?? inThisThread(scanner);
      const pipeline = scannedInOrder(async (group: PlacedUnit[], results) => {
        const last = group[group.length - 1];
        if (last) through = last.line + 1 + newlines(last.unit.text);
        for (let i = 0; i < group.length; i++) {
          const { unit, line } = group[i];
          const r = results[i];
          if (!r.findings.length && !r.notices.length) continue;
          const at = locator(unit.text, unit.start, line);
          out.total += r.findings.length;
          if (opts.onFound) {
            const wait = opts.onFound({ text: unit.text, start: unit.start, findings: r.findings.map((f) => locate(f, at)), notices: r.notices.map((f) => locate(f, at)) });
            if (wait) await wait;
          } else {
            for (const f of r.findings) if (out.findings.length < max) out.findings.push(locate(f, at));
            for (const f of r.notices) if (out.notices.length < max) out.notices.push(locate(f, at));
          }
        }
      });
      let group: PlacedUnit[] = [];
      let chars = 0;
      const send = async () => {
        await pipeline.add(group, batches.scanBatch(group.map((g) => g.unit), format));
        group = [];
        chars = 0;
      };
      let readFailure: unknown;
      try {
        try {
          for await (const { units, bytesRead } of readUnits(opts.stream ?? path, format)) {
            opts.onProgress?.(bytesRead);
            for (const u of units) {
              if (rows && u.index === 0) rows.sawHeader(u.text);
              group.push({ unit: unitOf(u, format), line: u.line });
              chars += u.text.length;
            }
            if (chars < BATCH_CHARS) continue;
            await send();
            if (opts.isCancelled) {
              await new Promise((r) => setImmediate(r));
              if (opts.isCancelled()) {
                out.cancelled = true;
                break;
              }
            }
          }
        } catch (e) {
          readFailure = e;
        }
        // Also when reading failed: the units read before are scanned and what was found is kept.
        if (!out.cancelled && group.length) await send();
        await pipeline.finish();
      } finally {
        await pipeline.abandon();
      }
      if (readFailure) throw readFailure;
    } else {
      const r = decodeText(opts.stream ? await readAll(opts.stream) : await fs.readFile(path));
      if (!r.ok) {
        out.errors.push(r.message);
        return out;
      }
      const at = locator(r.text, 0, 0);
      const res = scanner.scan(r.text, format);
      const license = format === 'markdown' ? await modelCardFindings(r.text, opts.stream ? undefined : path, scanner.settings) : [];
      const all = mergeFindings(res.findings, license);
      out.total = all.length;
      if (opts.onFound) {
        if (all.length || res.notices.length) await opts.onFound({ text: r.text, start: 0, findings: all.map((f) => locate(f, at)), notices: res.notices.map((f) => locate(f, at)) });
      } else {
        out.findings = all.slice(0, max).map((f) => locate(f, at));
        out.notices = res.notices.slice(0, max).map((f) => locate(f, at));
      }
    }
  } catch (e) {
    out.errors.push(failureMessage(e, through));
  }
  return out;
}

async function readAll(stream: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  for await (const c of stream) chunks.push(c);
  return Buffer.concat(chunks);
}

/** Begins the message of a file whose scan stopped after some of its lines were scanned. */
export const PARTLY_SCANNED = 'partly scanned';

/** Why a scan stopped, naming no value; with the lines scanned before, when there were some. */
function failureMessage(e: unknown, through: number): string {
  if (e instanceof DecodeError && !through) return e.message;
  const reason = e instanceof DecodeError ? e.message.replace(/, not scanned$/, '') : (e as NodeJS.ErrnoException)?.code ? ioMessage(e) : internalErrorMessage(e);
  return through ? `${PARTLY_SCANNED} (lines 1–${through}), then ${reason}` : reason;
}

function newlines(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i !== -1; i = s.indexOf('\n', i + 1)) n++;
  return n;
}
