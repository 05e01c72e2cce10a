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
