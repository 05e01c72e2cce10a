// How a document is cut into units: the pieces that are scanned and cached independently,
// so that an edit rescans only the units it touched.
import { type CutUnit, cutUnits } from './read-units';
import { FORMAT_OF_EXTENSION, FORMAT_OF_LANGUAGE, type Format } from './file-types';

export type { Format } from './file-types';

export interface Unit {
  /** Offset of the unit in the document. */
  start: number;
  text: string;
  /** 1-based record number (JSONL line, CSV data row), for per-record counts. */
  record?: number;
}

/** The format a file's extension names, if any. */
export function formatOfExtension(path: string | undefined): Format | undefined {
  const ext = path?.match(/\.([A-Za-z0-9]+)$/)?.[1]?.toLowerCase();
  return ext ? FORMAT_OF_EXTENSION[ext] : undefined;
}

/** The format of a VS Code language id, falling back to the file's extension, then plain text. */
export function formatOf(languageId: string | undefined, path?: string): Format {
  const byExtension = formatOfExtension(path);
  if (byExtension && (!languageId || languageId === 'plaintext')) return byExtension;
  return (languageId && FORMAT_OF_LANGUAGE[languageId]) || byExtension || 'text';
}

/**
 * A text's units, cut as a file read from disk is (read-units.ts): JSONL lines (record = line number), CSV/TSV
 * rows (record = data row, the header row has none), paragraphs, or the whole JSON document.
 */
export function* units(text: string, format: Format): Generator<Unit> {
  for (const u of cutUnits(text, format)) yield unitOf(u, format);
}

/** A cut unit as the scanner takes it, with its record: the JSONL line number, the CSV data row, none for the rest. */
export function unitOf(u: CutUnit, format: Format): Unit {
  const record = format === 'jsonl' ? u.line + 1 : (format === 'csv' || format === 'tsv') && u.index > 0 ? u.index : undefined;
  return record === undefined ? { start: u.start, text: u.text } : { start: u.start, text: u.text, record };
}
