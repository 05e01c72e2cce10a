// Scanning a file from disk in constant memory: line by line for JSONL, paragraph by paragraph for
// text. CSV/TSV and JSON are read whole (their records may span lines), and so is Markdown (model cards
// are checked as a whole against the Llama license).
import { createReadStream } from 'node:fs';
import type { Finding } from './types';
import type { Scanner } from './scan';
import { type Format, type Unit } from './formats/units';
import { decodeText, ioMessage, looksBinary } from './io';
import { promises as fs } from 'node:fs';
import { mergeFindings, modelCardFindings } from './modelCard';

export interface Line {
  text: string;
  /** UTF-16 offset of the line in the decoded file (BOM removed). */
  offset: number;
  /** Zero-based line number. */
  line: number;
  /** Length of the line break after it (0, 1 or 2). */
  eol: number;
}

export class DecodeError extends Error {}

/** Lines of a file, decoded as UTF-8 (BOM removed); invalid UTF-8 or a NUL byte throws DecodeError. */
export async function* readLines(path: string, highWaterMark = 1 << 20, onBytes?: (n: number) => void): AsyncGenerator<Line> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let buf = '';
  let offset = 0;
  let line = 0;
  let first = true;
  for await (const chunk of createReadStream(path, { highWaterMark }) as AsyncIterable<Buffer>) {
    if (first && looksBinary(chunk)) throw new DecodeError('binary file, not scanned');
    first = false;
    onBytes?.(chunk.length);
    try {
      buf += decoder.decode(chunk, { stream: true });
    } catch {
      throw new DecodeError('not valid UTF-8, not scanned');
    }
    let at = 0;
    for (let nl = buf.indexOf('\n', at); nl !== -1; nl = buf.indexOf('\n', at)) {
      const cr = nl > at && buf.charCodeAt(nl - 1) === 13 ? 1 : 0;
      yield { text: buf.slice(at, nl - cr), offset, line, eol: 1 + cr };
      offset += nl + 1 - at;
      line++;
      at = nl + 1;
    }
    buf = buf.slice(at);
  }
  try {
    buf += decoder.decode();
  } catch {
    throw new DecodeError('not valid UTF-8, not scanned');
  }
  if (buf.length) yield { text: buf, offset, line, eol: 0 };
}

/** A finding with its zero-based line and character, as the CLI reports it. */
export interface Located extends Finding {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
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
    let lo = 0;
    let hi = nls.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (nls[mid] < rel) lo = mid + 1;
      else hi = mid;
    }
    return { line: unitLine + lo, character: lo === 0 ? rel : rel - nls[lo - 1] - 1 };
  };
}

function locate(f: Finding, at: (offset: number) => { line: number; character: number }): Located {
  return { ...f, range: { start: at(f.start), end: at(f.end) } };
}

export interface ScanFileOptions {
  /** Keep at most this many findings (the rest are only counted). */
  maxFindings?: number;
  onProgress?: (bytesRead: number) => void;
  isCancelled?: () => boolean;
}

async function* streamUnits(path: string, format: Format, onBytes?: (n: number) => void): AsyncGenerator<{ unit: Unit; line: number }> {
  if (format === 'jsonl') {
    for await (const l of readLines(path, undefined, onBytes)) if (l.text.length) yield { unit: { start: l.offset, text: l.text, record: l.line + 1 }, line: l.line };
    return;
  }
  let para: Line[] = [];
  const flush = function* () {
    if (!para.length) return;
    const text = para.map((l, i) => l.text + (i < para.length - 1 ? (l.eol === 2 ? '\r\n' : '\n') : '')).join('');
    yield { unit: { start: para[0].offset, text }, line: para[0].line };
    para = [];
  };
  for await (const l of readLines(path, undefined, onBytes)) {
    if (/^[ \t]*$/.test(l.text)) yield* flush();
    else para.push(l);
  }
  yield* flush();
}

/** Scans one file from disk. Errors (unreadable, binary, invalid UTF-8, vanished) are returned, not thrown. */
export async function scanFile(path: string, format: Format, scanner: Scanner, opts: ScanFileOptions = {}): Promise<FileScan> {
  const out: FileScan = { findings: [], notices: [], errors: [], total: 0 };
  const max = opts.maxFindings ?? Infinity;
  try {
    if (format === 'jsonl' || format === 'text') {
      // Uncached: a streamed file's lines are seen once, and caching them would cost memory in proportion to the file.
      const acc = scanner.accumulate(format, '', false);
      let read = 0;
      const onBytes = opts.onProgress && ((n: number) => opts.onProgress!((read += n)));
      let units = 0;
      for await (const { unit, line } of streamUnits(path, format, onBytes)) {
        acc.add(unit);
        const at = locator(unit.text, unit.start, line);
        out.total += acc.result.findings.length;
        for (const f of acc.result.findings) if (out.findings.length < max) out.findings.push(locate(f, at));
        for (const f of acc.result.notices) if (out.notices.length < max) out.notices.push(locate(f, at));
        acc.result.findings.length = 0;
        acc.result.notices.length = 0;
        if (opts.isCancelled && ++units % 512 === 0) {
          await new Promise((r) => setImmediate(r));
          if (opts.isCancelled()) {
            out.cancelled = true;
            break;
          }
        }
      }
    } else {
      const r = decodeText(await fs.readFile(path));
      if (!r.ok) {
        out.errors.push(r.message);
        return out;
      }
      const res = scanner.scan(r.text, format);
      const license = format === 'markdown' ? await modelCardFindings(r.text, path, scanner.settings) : [];
      const at = locator(r.text, 0, 0);
      const all = mergeFindings(res.findings, license);
      out.total = all.length;
      out.findings = all.slice(0, max).map((f) => locate(f, at));
      out.notices = res.notices.slice(0, max).map((f) => locate(f, at));
    }
  } catch (e) {
    out.errors.push(e instanceof DecodeError ? e.message : ioMessage(e));
  }
  return out;
}
