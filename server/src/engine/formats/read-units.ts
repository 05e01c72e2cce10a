// Where a file becomes units: JSONL lines, CSV/TSV rows (a quoted cell may hold line breaks), Markdown and
// text paragraphs, JSON whole. One cutter, fed a line at a time, serves a text in memory (the editor) and a
// file or stream read in constant memory (scan, redact, repair). Between units lies their gap (line breaks,
// blank lines), kept so that units and gaps in order give back the text exactly.
import type { Format } from './file-types';
import { EOL_TEXT as EOL, readLineBatches, type ByteSource, type ReadLinesOptions } from '../read-lines';

export interface CutUnit {
  text: string;
  /** UTF-16 offset of the unit in the text (of a file read from disk: in its text after the BOM). */
  start: number;
  /** Zero-based line where the unit starts. */
  line: number;
  /** Zero-based index among the units: the JSONL line, the CSV row (0 = the first row), the paragraph. */
  index: number;
  /** The text between the previous unit (or the start) and this one. */
  before: string;
}

/** A paragraph or CSV row longer than this is cut at a line break, so that memory stays bounded. */
export const MAX_UNIT_CHARS = 4 * 1024 * 1024;

const isBlank = (s: string) => /^[ \t]*$/.test(s);

/** Cuts lines into units; `push` hands out each unit once its last line is known. */
export class UnitCutter {
  private parts: string[] = [];
  private eols: number[] = [];
  private chars = 0;
  private unitStart = 0;
  private unitLine = 0;
  private gap = '';
  private index = 0;
  /** Lines and UTF-16 units consumed. */
  lines = 0;
  offset = 0;
  /** CSV: inside a quoted cell at the end of the last line. */
  private quoted = false;
  private readonly delimiter: number;

  constructor(private readonly format: Format) {
    this.delimiter = format === 'tsv' ? 9 : 44;
  }

  /** Feeds one line (without its break) and the break's length (0, 1 or 2). */
  push(text: string, eol: number, out: CutUnit[]): void {
    const line = this.lines++;
    const at = this.offset;
    this.offset += text.length + eol;
    switch (this.format) {
      case 'jsonl':
        if (text.length) out.push({ text, start: at, line, index: line, before: this.takeGap() });
        this.gap += EOL[eol];
        return;
      case 'json':
        this.add(text, eol, at, line);
        return;
      case 'csv':
      case 'tsv':
        if (!this.parts.length && !text.length) {
          this.gap += EOL[eol];
          return;
        }
        this.add(text, eol, at, line);
        this.quoted = this.endsQuoted(text);
        if (!this.quoted || this.chars > MAX_UNIT_CHARS) this.flush(out);
        return;
      default:
        if (isBlank(text)) {
          this.flush(out);
          this.gap += text + EOL[eol];
          return;
        }
        this.add(text, eol, at, line);
        if (this.chars > MAX_UNIT_CHARS) this.flush(out);
    }
  }

  /** Hands out the unit still open; returns the text after the last unit. */
  end(out: CutUnit[]): string {
    this.flush(out);
    return this.takeGap();
  }

  private add(text: string, eol: number, at: number, line: number): void {
    if (!this.parts.length) {
      this.unitStart = at;
      this.unitLine = line;
    }
    this.parts.push(text);
    this.eols.push(eol);
    this.chars += text.length + eol;
  }

  private flush(out: CutUnit[]): void {
    const n = this.parts.length;
    if (!n) return;
    let text = this.parts[0];
    for (let i = 1; i < n; i++) text += EOL[this.eols[i - 1]] + this.parts[i];
    out.push({ text, start: this.unitStart, line: this.unitLine, index: this.index++, before: this.takeGap() });
    // The break after the unit's last line belongs to the gap that follows it.
    this.gap = EOL[this.eols[n - 1]];
    this.parts = [];
    this.eols = [];
    this.chars = 0;
    this.quoted = false;
  }

  private takeGap(): string {
    const g = this.gap;
    this.gap = '';
    return g;
  }

  /**
   * Whether a CSV row is still inside a quoted cell after this line, read as parseRow (csv.ts) reads cells:
   * a quote opens a quoted cell only at the cell's start, and a doubled quote inside it is a quote.
   */
  private endsQuoted(text: string): boolean {
    let quoted = this.quoted;
    let cellStart = !quoted;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (quoted) {
        if (c === 34) {
          if (text.charCodeAt(i + 1) === 34) i++;
          else quoted = false;
        }
      } else if (c === this.delimiter) cellStart = true;
      else {
        if (c === 34 && cellStart) quoted = true;
        cellStart = false;
      }
    }
    return quoted;
  }
}

/** The units of a text in memory (a leading BOM skipped). */
export function* cutUnits(text: string, format: Format): Generator<CutUnit> {
  // A JSON document is one unit, whatever its lines.
  if (format === 'json') return yield { text, start: 0, line: 0, index: 0, before: '' };
  const cutter = new UnitCutter(format);
  const out: CutUnit[] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  cutter.offset = i;
  while (i <= text.length) {
    let nl = text.indexOf('\n', i);
    if (nl === -1) nl = text.length;
    const last = nl === text.length;
    // As read-lines.ts reads a file: "\r\n" and "\n" are breaks, a lone "\r" is text.
    const cr = !last && nl > i && text.charCodeAt(nl - 1) === 13 ? 1 : 0;
    // A text ending with a break has no empty line after it.
    if (!(last && nl === i && i > 0)) cutter.push(text.slice(i, nl - cr), last ? 0 : 1 + cr, out);
    if (out.length) {
      yield* out;
      out.length = 0;
    }
    i = nl + 1;
  }
  cutter.end(out);
  yield* out;
}

export interface UnitBatch {
  units: CutUnit[];
  /** Bytes read so far. */
  bytesRead: number;
  /** Lines read so far. */
  lines: number;
  /** In the last batch only: the text after the last unit. */
  rest?: string;
}

/** The units of a file or stream, a read at a time, in constant memory (a unit is at most MAX_UNIT_CHARS). */
export async function* readUnits(source: ByteSource, format: Format, o: ReadLinesOptions = {}): AsyncGenerator<UnitBatch> {
  const cutter = new UnitCutter(format);
  let bytesRead = 0;
  for await (const b of readLineBatches(source, o)) {
    const units: CutUnit[] = [];
    for (let i = 0; i < b.lines.length; i++) cutter.push(b.lines[i], b.eols[i], units);
    bytesRead = b.bytesRead;
    yield { units, bytesRead, lines: cutter.lines };
  }
  const units: CutUnit[] = [];
  const rest = cutter.end(units);
  yield { units, bytesRead, lines: cutter.lines, rest };
}
