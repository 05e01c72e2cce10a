// Report output written as it is produced: small writes gathered into chunks, and a way to wait while
// the reader (a pipe, a slow terminal) catches up, so that nothing piles up in memory.
import type { FoundIn, Located } from '../engine/stream';
import { findingValue } from '../engine/redact';

const CHUNK = 1 << 16;

export class Output {
  private pending: string[] = [];
  private pendingLength = 0;
  private full = false;

  constructor(private readonly stream: NodeJS.WritableStream = process.stdout) {}

  write(s: string): void {
    this.pending.push(s);
    this.pendingLength += s.length;
    if (this.pendingLength >= CHUNK) this.flush();
  }

  flush(): void {
    if (!this.pending.length) return;
    if (!this.stream.write(this.pending.join(''))) this.full = true;
    this.pending = [];
    this.pendingLength = 0;
  }

  /** Resolves when the stream has taken what was written; undefined when it never said it was full. */
  drained(): Promise<void> | undefined {
    if (!this.full) return undefined;
    this.full = false;
    return new Promise<void>((resolve) => {
      const done = () => {
        this.stream.off('drain', done);
        this.stream.off('error', done);
        this.stream.off('close', done);
        resolve();
      };
      this.stream.on('drain', done).on('error', done).on('close', done);
    });
  }
}

/** Writes a JSON array an item at a time, laid out as JSON.stringify(…, null, 2) lays it out at `depth`. */
export class JsonArrayWriter {
  private count = 0;

  constructor(
    private readonly out: Output,
    private readonly depth: number,
  ) {}

  push(value: unknown): void {
    this.pushRaw(indentedJson(value, this.depth + 1));
  }

  /** An item already laid out at depth + 1 (see indentedJson), or the start of one written next. */
  pushRaw(text: string): void {
    this.out.write((this.count++ ? ',\n' : '[\n') + '  '.repeat(this.depth + 1) + text);
  }

  close(): void {
    this.out.write(this.count ? `\n${'  '.repeat(this.depth)}]` : '[]');
  }
}

/** JSON.stringify(value, null, 2) for a value that starts at `depth` levels of indentation. */
export function indentedJson(value: unknown, depth: number): string {
  return JSON.stringify(value, null, 2).replaceAll('\n', `\n${'  '.repeat(depth)}`);
}

/**
 * indentedJson of a finding, written field by field: JSON.stringify with indentation and the line-break
 * rewrite cost more than the scan of a short line. Strings go through JSON.stringify; the layout is the
 * one indentedJson gives (output.test.ts compares both on findings with every optional field).
 */
export function indentedFinding(f: ReportFinding, depth: number): string {
  const i1 = '\n' + '  '.repeat(depth + 1);
  const i2 = i1 + '  ';
  const i3 = i2 + '  ';
  const r = f.range;
  let s =
    `{${i1}"rule": ${known(f.rule)},${i1}"entity": ${known(f.entity)},${i1}"confidence": ${num(f.confidence)},` +
    `${i1}"severity": ${known(f.severity)},${i1}"message": ${known(f.message)},${i1}"offset": ${num(f.offset)},` +
    `${i1}"length": ${num(f.length)},${i1}"range": {${i2}"start": {${i3}"line": ${num(r.start.line)},${i3}"character": ${num(r.start.character)}${i2}},` +
    `${i2}"end": {${i3}"line": ${num(r.end.line)},${i3}"character": ${num(r.end.character)}${i2}}${i1}}`;
  if (f.record !== undefined) s += `,${i1}"record": ${num(f.record)}`;
  if (f.row !== undefined) s += `,${i1}"row": ${num(f.row)}`;
  if (f.column !== undefined) s += `,${i1}"column": ${JSON.stringify(f.column)}`;
  if (f.value !== undefined) s += `,${i1}"value": ${JSON.stringify(f.value)}`;
  return s + '\n' + '  '.repeat(depth) + '}';
}

/** JSON of a number, as JSON.stringify writes it (String agrees for every finite number). */
const num = (n: number): string => (Number.isFinite(n) ? String(n) : 'null');
/** Rules, entities, severities and messages come from a short list: each is quoted once. */
const quoted = new Map<string | null, string>();
function known(s: string | null): string {
  let q = quoted.get(s);
  if (q === undefined) {
    if (quoted.size > 1000) quoted.clear();
    quoted.set(s, (q = JSON.stringify(s)));
  }
  return q;
}

/** A finding as `scan --format json` reports it (and the text format shows it). */
export interface ReportFinding {
  rule: string;
  entity: string | null;
  confidence: number;
  severity: Located['severity'];
  message: string;
  offset: number;
  length: number;
  range: Located['range'];
  record?: number;
  /** Parquet: the row (0-based) and the column path of the value (`messages[2].content`). */
  row?: number;
  column?: string;
  value?: string;
}

export function reportFinding(f: Located, found: FoundIn, showValues: boolean): ReportFinding {
  return {
    rule: f.rule,
    entity: f.entity,
    confidence: f.confidence,
    severity: f.severity,
    message: f.message,
    // In a Parquet row, offsets are in the string value (as the range's characters are).
    offset: f.cell ? f.range.start.character : f.start,
    length: f.cell ? f.range.end.character - f.range.start.character : f.end - f.start,
    range: f.range,
    ...(f.record !== undefined ? { record: f.record } : {}),
    ...(f.cell ? { row: f.cell.row, column: f.cell.column } : {}),
    ...(showValues ? { value: findingValue(found.text, { start: f.start - found.start, end: f.end - found.start, container: f.container }) } : {}),
  };
}

/** Where a scan's results go, a file and a stretch of it at a time (text, JSON, SARIF). */
export interface ReportWriter {
  /** A file's report starts; `found` and `endFile` follow for it. */
  startFile(path: string): void;
  /** Findings and notices of one stretch of the current file, in file order. */
  found(found: FoundIn): void;
  /** The current file is done; `errors` say what of it could not be scanned. */
  endFile(errors: readonly string[]): void;
  /** Every file is done: the document is closed. */
  end(): void;
}
