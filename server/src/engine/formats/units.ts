// How a document is cut into units: the pieces that are scanned and cached independently,
// so that an edit rescans only the units it touched.
import { nextRowStart, parseRow } from './csv';

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

function* lines(text: string): Generator<Unit> {
  let record = 0;
  for (let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; i <= text.length; ) {
    let nl = text.indexOf('\n', i);
    if (nl === -1) nl = text.length;
    const end = nl > i && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
    record++;
    if (end > i) yield { start: i, text: text.slice(i, end), record };
    i = nl + 1;
  }
}

const BLANK_LINE = /\r?\n[ \t]*\r?\n/g;

function* paragraphs(text: string): Generator<Unit> {
  let i = 0;
  BLANK_LINE.lastIndex = 0;
  for (let m = BLANK_LINE.exec(text); m; m = BLANK_LINE.exec(text)) {
    if (m.index > i) yield { start: i, text: text.slice(i, m.index) };
    i = m.index + m[0].length;
  }
  if (i < text.length) yield { start: i, text: text.slice(i) };
}

function* rows(text: string, delimiter: string): Generator<Unit> {
  const d = delimiter.charCodeAt(0);
  let record = -1;
  for (let i = 0; i < text.length; ) {
    const row = parseRow(text, i, d);
    record++;
    if (row.end > row.start) yield { start: row.start, text: text.slice(row.start, row.end), record: record || undefined };
    const next = nextRowStart(text, row);
    if (next <= i) break;
    i = next;
  }
}

export function units(text: string, format: Format): Iterable<Unit> {
  switch (format) {
    case 'jsonl':
      return lines(text);
    case 'csv':
      return rows(text, ',');
    case 'tsv':
      return rows(text, '\t');
    case 'json':
      return [{ start: 0, text }];
    default:
      return paragraphs(text);
  }
}
