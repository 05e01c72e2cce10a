// Delimited rows with cell offsets. Hand-written because the CSV libraries on npm (csv-parse,
// papaparse) do not report where in the source each cell starts, and redaction needs exact offsets.
import type { Segment } from './segment';

export interface Row {
  start: number;
  /** Excludes the line break. */
  end: number;
  /** Raw bounds of each cell, inside the quotes for quoted cells (doubled quotes stay as they are). */
  cells: { start: number; end: number }[];
}

function isBreak(c: number): boolean {
  return c === 10 || c === 13;
}

/** One row starting at `i` (quoted fields may span lines). */
export function parseRow(text: string, i: number, delimiter: number): Row {
  const n = text.length;
  const row: Row = { start: i, end: i, cells: [] };
  for (;;) {
    const cell = { start: i, end: i };
    const quoted = text.charCodeAt(i) === 34; /* " */
    if (quoted) {
      let j = i + 1;
      for (;;) {
        const q = text.indexOf('"', j);
        if (q === -1) {
          j = n + 1;
          break;
        }
        if (text.charCodeAt(q + 1) === 34) j = q + 2;
        else {
          j = q + 1;
          break;
        }
      }
      cell.start = i + 1;
      cell.end = Math.min(n, j - 1);
      i = Math.min(n, j);
    }
    while (i < n && text.charCodeAt(i) !== delimiter && !isBreak(text.charCodeAt(i))) i++;
    if (!quoted) cell.end = i;
    row.cells.push(cell);
    if (i < n && text.charCodeAt(i) === delimiter) {
      i++;
      continue;
    }
    break;
  }
  row.end = i;
  return row;
}

/** Offset just past the line break that ends `row`. */
export function nextRowStart(text: string, row: Row): number {
  let i = row.end;
  if (text.charCodeAt(i) === 13) i++;
  if (text.charCodeAt(i) === 10) i++;
  return i;
}

export function parseRows(text: string, delimiter: string): Row[] {
  const rows: Row[] = [];
  const d = delimiter.charCodeAt(0);
  for (let i = 0; i < text.length; ) {
    const row = parseRow(text, i, d);
    rows.push(row);
    const next = nextRowStart(text, row);
    if (next === i) break;
    i = next;
  }
  return rows;
}

/** Segments for one row's cells, each keyed by its column header. */
export function rowSegments(text: string, row: Row, headers: string[] | undefined): Segment[] {
  return row.cells.map((c, k) => ({
    text: text.slice(c.start, c.end),
    rawStart: c.start - row.start,
    key: headers?.[k]?.toLowerCase(),
    container: 'raw' as const,
  }));
}
