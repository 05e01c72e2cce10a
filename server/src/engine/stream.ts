// Scanning a file from disk in constant memory: line by line for JSONL, paragraph by paragraph for
// text. CSV/TSV and JSON are read whole (their records may span lines), and so is Markdown (model cards
// are checked as a whole against the Llama license).
import type { Finding } from './types';
import type { Scanner } from './scan';
import { type Format, type Unit, units } from './formats/units';
import { decodeText, internalErrorMessage, ioMessage } from './io';
import { type ByteSource, DecodeError, type Line, readLineBatches } from './read-lines';
import { promises as fs } from 'node:fs';
import { mergeFindings, modelCardFindings } from './modelCard';
import { type BatchScanner, inThisThread, scannedInOrder } from './batch';
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
  /** Scans streamed units (JSONL lines, paragraphs) a batch at a time, e.g. on a pool of threads; default: this thread. */
  batches?: BatchScanner;
  /**
   * Read this stream (standard input) instead of the file at `path`, which then only names it. JSONL and
   * text are read as they come; the formats read whole (CSV/TSV, Markdown, JSON) gather it first.
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

/** The units of a file (JSONL lines, text paragraphs), a read at a time, with the bytes read so far. */
async function* streamUnits(source: ByteSource, format: Format): AsyncGenerator<{ units: PlacedUnit[]; bytesRead: number }> {
  let offset = 0;
  let lineNo = 0;
  let para: Line[] = [];
  const flush = (into: PlacedUnit[]) => {
    if (!para.length) return;
    const text = para.map((l, i) => l.text + (i < para.length - 1 ? (l.eol === 2 ? '\r\n' : '\n') : '')).join('');
    into.push({ unit: { start: para[0].offset, text }, line: para[0].line });
    para = [];
  };
  for await (const b of readLineBatches(source)) {
    const units: PlacedUnit[] = [];
    for (let i = 0; i < b.lines.length; i++, lineNo++) {
      const text = b.lines[i];
      if (format === 'jsonl') {
        if (text.length) units.push({ unit: { start: offset, text, record: lineNo + 1 }, line: lineNo });
      } else if (/^[ \t]*$/.test(text)) flush(units);
      else para.push({ text, offset, line: lineNo, eol: b.eols[i] });
      offset += text.length + b.eols[i];
    }
    yield { units, bytesRead: b.bytesRead };
  }
  const last: PlacedUnit[] = [];
  flush(last);
  if (last.length) yield { units: last, bytesRead: -1 };
}

/** A CSV/TSV text scanned a row at a time, each row's findings handed on as found; returns their number. */
async function foundRowByRow(text: string, format: 'csv' | 'tsv', scanner: Scanner, at: (offset: number) => Located['range']['start'], onFound: NonNullable<ScanFileOptions['onFound']>): Promise<number> {
  const acc = scanner.accumulate(format, text, false);
  let total = 0;
  for (const unit of units(text, format)) {
    acc.add(unit);
    const { findings, notices } = acc.result;
    if (!findings.length && !notices.length) continue;
    total += findings.length;
    const wait = onFound({ text, start: 0, findings: findings.map((f) => locate(f, at)), notices: notices.map((f) => locate(f, at)) });
    findings.length = 0;
    notices.length = 0;
    if (wait) await wait;
  }
  return total;
}

/** Scans one file from disk. Errors (unreadable, binary, invalid UTF-8, vanished) are returned, not thrown. */
export async function scanFile(path: string, format: Format, scanner: Scanner, opts: ScanFileOptions = {}): Promise<FileScan> {
  const out: FileScan = { findings: [], notices: [], errors: [], total: 0 };
  const max = opts.maxFindings ?? Infinity;
  /** Lines whose units were scanned (1-based, the last line of the last unit): where a failure stopped the scan. */
  let through = 0;
  try {
    if (format === 'jsonl' || format === 'text') {
      const batches = opts.batches ?? inThisThread(scanner);
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
          for await (const { units, bytesRead } of streamUnits(opts.stream ?? path, format)) {
            if (bytesRead >= 0) opts.onProgress?.(bytesRead);
            for (const u of units) {
              group.push(u);
              chars += u.unit.text.length;
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
      if (opts.onFound && (format === 'csv' || format === 'tsv')) {
        out.total = await foundRowByRow(r.text, format, scanner, at, opts.onFound);
        return out;
      }
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
