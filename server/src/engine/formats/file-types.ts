// Which files Datasan reads, by extension and by VS Code language: one table for the engine, the server
// and the client. It imports nothing, so the client bundle can take it.

/** `parquet` files are read by engine/parquet.ts (the CLI), a row group at a time, each row a JSON record. */
export type Format = 'jsonl' | 'json' | 'csv' | 'tsv' | 'markdown' | 'text' | 'parquet';

/** The VS Code languages scanned as you type, and the format of each. */
export const FORMAT_OF_LANGUAGE: Readonly<Record<string, Format>> = {
  jsonl: 'jsonl',
  json: 'json',
  jsonc: 'json',
  csv: 'csv',
  tsv: 'tsv',
  markdown: 'markdown',
  plaintext: 'text',
};

export const FORMAT_OF_EXTENSION: Readonly<Record<string, Format>> = {
  jsonl: 'jsonl',
  ndjson: 'jsonl',
  json: 'json',
  csv: 'csv',
  tsv: 'tsv',
  md: 'markdown',
  markdown: 'markdown',
  txt: 'text',
  parquet: 'parquet',
};

/** The language ids of FORMAT_OF_LANGUAGE, for document selectors. */
export const SCANNED_LANGUAGES: readonly string[] = Object.keys(FORMAT_OF_LANGUAGE);

/** The file extensions (without the dot) of a language's format: "jsonl" → jsonl, ndjson. */
export function extensionsOfLanguage(languageId: string): string[] {
  const format = FORMAT_OF_LANGUAGE[languageId];
  return format ? Object.keys(FORMAT_OF_EXTENSION).filter((e) => FORMAT_OF_EXTENSION[e] === format) : [];
}
