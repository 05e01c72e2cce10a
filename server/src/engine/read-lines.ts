// Reading a file as lines in constant memory, a chunk at a time. Each chunk is cut after its last line
// break (a break never splits a UTF-8 character) and checked with the native UTF-8 validator; each line
// is decoded on its own (V8 allocates strings between 128 KB and 1 MB slowly, in its large-object space,
// and a line's own string keeps no chunk alive). Lines are handed out in batches, so that no per-line
// await is paid on large files.
import { createReadStream } from 'node:fs';
import { isAscii, isUtf8 } from 'node:buffer';
import { TextDecoder } from 'node:util';
import { looksBinary, utf16Bom } from './io';

export class DecodeError extends Error {
  /** Zero-based line where decoding failed (lines before it may have been handed out already). */
  constructor(
    message: string,
    readonly line = 0,
  ) {
    super(message);
  }
}

/** A line break by its length in LineBatch.eols: none, LF, CRLF. */
export const EOL_TEXT: readonly string[] = ['', '\n', '\r\n'];

export interface LineBatch {
  /** Lines without their break; `eols[i]` is the break's length (0, 1 or 2). */
  lines: string[];
  eols: number[];
  /** Bytes of the file read so far. */
  bytesRead: number;
}

/** A line with its place in the decoded file. */
export interface Line {
  text: string;
  /** UTF-16 offset of the line in the decoded file (BOM removed). */
  offset: number;
  /** Zero-based line number. */
  line: number;
  /** Length of the line break after it (0, 1 or 2). */
  eol: number;
}

export interface ReadLinesOptions {
  /** Told once whether the file started with a BOM (which is removed). */
  onBom?: (bom: boolean) => void;
  /** Bytes per read: 256 KB (larger chunks buy no speed and cost memory, as strings over ~0.5 MB live in
   * V8's large-object space until a full collection). */
  highWaterMark?: number;
  /** What the file was not, in error messages: "binary file, not scanned". */
  verb?: 'scanned' | 'redacted' | 'repaired';
}

/** Appends the lines of `bytes` (valid UTF-8) to `lines`; the text after the last break is a line too. */
function splitLines(bytes: Buffer, lines: string[], eols: number[]): void {
  const encoding = isAscii(bytes) ? 'latin1' : 'utf8';
  let at = 0;
  for (let nl = bytes.indexOf(10); nl !== -1; nl = bytes.indexOf(10, at)) {
    const cr = nl > at && bytes[nl - 1] === 13 ? 1 : 0;
    lines.push(bytes.toString(encoding, at, nl - cr));
    eols.push(1 + cr);
    at = nl + 1;
  }
  if (at < bytes.length) {
    lines.push(bytes.toString(encoding, at));
    eols.push(0);
  }
}

/** Where lines are read from: a file's path, or a stream of bytes (standard input in a pipe). */
export type ByteSource = string | AsyncIterable<Uint8Array>;

/** The chunks of a source: a file read `highWaterMark` bytes at a time, or the stream's chunks as they come. */
function chunksOf(source: ByteSource, highWaterMark: number): AsyncIterable<Buffer> {
  if (typeof source === 'string') return createReadStream(source, { highWaterMark }) as AsyncIterable<Buffer>;
  return (async function* () {
    for await (const c of source) yield Buffer.isBuffer(c) ? c : Buffer.from(c.buffer, c.byteOffset, c.byteLength);
  })();
}

/**
 * Complete lines of a file or stream, a chunk at a time, decoded as UTF-8; invalid UTF-8 or a binary file
 * throws DecodeError. A stream is read as it comes (a pipe's back-pressure holds the writer), never whole.
 */
export async function* readLineBatches(source: ByteSource, o: ReadLinesOptions = {}): AsyncGenerator<LineBatch> {
  const verb = o.verb ?? 'scanned';
  let pending: Buffer[] = [];
  let bytesRead = 0;
  let first = true;
  let lineNo = 0;
  // UTF-16 with a byte-order mark is read as editors read it: decoded, then split as UTF-8.
  let utf16: TextDecoder | undefined;
  const valid = (bytes: Buffer): Buffer => {
    if (utf16) return bytes;
    if (!isUtf8(bytes)) {
      const line = lineNo + newlinesBeforeInvalid(bytes);
      throw new DecodeError(`not valid UTF-8 (line ${line + 1}), not ${verb}`, line);
    }
    return bytes;
  };
  for await (let chunk of chunksOf(source, o.highWaterMark ?? 1 << 18)) {
    bytesRead += chunk.length;
    if (first) {
      const encoding = utf16Bom(chunk);
      if (encoding && verb !== 'scanned') throw new DecodeError(`${encoding.toUpperCase()} text; convert it to UTF-8 first (for example with iconv -f UTF-16 -t UTF-8), not ${verb}`);
      if (encoding) utf16 = new TextDecoder(encoding, { fatal: true, ignoreBOM: false });
      else if (looksBinary(chunk)) throw new DecodeError(`binary file, not ${verb}`);
      const bom = chunk.length >= 3 && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf;
      o.onBom?.(bom);
      if (bom) chunk = chunk.subarray(3);
      first = false;
    }
    if (utf16) {
      try {
        chunk = Buffer.from(utf16.decode(chunk, { stream: true }), 'utf8');
      } catch {
        throw new DecodeError(`not valid ${utf16.encoding.toUpperCase()} (line ${lineNo + 1} or after), not ${verb}`, lineNo);
      }
    }
    const cut = chunk.lastIndexOf(10) + 1;
    if (cut === 0) {
      // No break yet (a long line): gathered, and joined once its break arrives.
      pending.push(chunk);
      continue;
    }
    const head = pending.length ? Buffer.concat([...pending, chunk.subarray(0, cut)]) : chunk.subarray(0, cut);
    pending = cut < chunk.length ? [chunk.subarray(cut)] : [];
    const batch: LineBatch = { lines: [], eols: [], bytesRead };
    splitLines(valid(head), batch.lines, batch.eols);
    lineNo += batch.lines.length;
    yield batch;
  }
  if (first) o.onBom?.(false);
  if (utf16) {
    try {
      const tail = utf16.decode();
      if (tail) pending.push(Buffer.from(tail, 'utf8'));
    } catch {
      throw new DecodeError(`not valid ${utf16.encoding.toUpperCase()} (line ${lineNo + 1} or after), not ${verb}`, lineNo);
    }
  }
  if (pending.length) {
    const batch: LineBatch = { lines: [], eols: [], bytesRead };
    splitLines(valid(Buffer.concat(pending)), batch.lines, batch.eols);
    yield batch;
  }
}

/** Lines of a file one by one, with their offsets (BOM removed); errors as readLineBatches. */
export async function* readLines(path: string, o: ReadLinesOptions = {}): AsyncGenerator<Line> {
  let offset = 0;
  let line = 0;
  for await (const b of readLineBatches(path, o)) {
    for (let i = 0; i < b.lines.length; i++) {
      yield { text: b.lines[i], offset, line, eol: b.eols[i] };
      offset += b.lines[i].length + b.eols[i];
      line++;
    }
  }
}

/** Line breaks in `b` before its first byte that is not valid UTF-8 (all of them if none is found). */
function newlinesBeforeInvalid(b: Uint8Array): number {
  let lines = 0;
  for (let i = 0; i < b.length; ) {
    const c = b[i];
    const n = c < 0x80 ? 1 : c >= 0xc2 && c < 0xe0 ? 2 : c >= 0xe0 && c < 0xf0 ? 3 : c >= 0xf0 && c < 0xf5 ? 4 : 0;
    if (n === 0 || i + n > b.length) return lines;
    // The second byte's narrower ranges: no overlong forms, no surrogates, nothing past U+10FFFF.
    const lo = c === 0xe0 ? 0xa0 : c === 0xf0 ? 0x90 : 0x80;
    const hi = c === 0xed ? 0x9f : c === 0xf4 ? 0x8f : 0xbf;
    if (n > 1 && (b[i + 1] < lo || b[i + 1] > hi)) return lines;
    for (let k = 2; k < n; k++) if ((b[i + k] & 0xc0) !== 0x80) return lines;
    if (c === 10) lines++;
    i += n;
  }
  return lines;
}
