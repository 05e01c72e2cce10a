// The language ids editors send, as the VS Code ids that datasan.languages lists. Neovim says "text" for
// a .txt and, before 0.8 or with no filetype, "" for a .jsonl; others say "ndjson" or "json" for JSON Lines.
import { type Format, formatOf, formatOfExtension } from '../engine/formats/units';

const ALIASES: Record<string, string> = {
  '': 'plaintext',
  text: 'plaintext',
  txt: 'plaintext',
  ndjson: 'jsonl',
  jsonlines: 'jsonl',
  'json-lines': 'jsonl',
  jsonc: 'json',
  md: 'markdown',
};

const LANGUAGE_OF: Record<Format, string> = { jsonl: 'jsonl', json: 'json', csv: 'csv', tsv: 'tsv', markdown: 'markdown', text: 'plaintext', parquet: 'parquet' };
const KNOWN = new Set(Object.values(LANGUAGE_OF));

/**
 * VS Code's language id for a document: an alias is translated; plain text, an empty or unknown id, and
 * "json" on a JSON Lines file give way to the file's extension. Another id (e.g. "python") is kept.
 */
export function languageOf(languageId: string, path: string): string {
  const given = languageId.trim().toLowerCase();
  const id = ALIASES[given] ?? given;
  const byExtension = formatOfExtension(path);
  if (byExtension && (id === 'plaintext' || !KNOWN.has(id) || (id === 'json' && byExtension === 'jsonl'))) return LANGUAGE_OF[byExtension];
  return id;
}

/** How a document is read: by its normalised language id, then its extension. */
export function documentFormat(languageId: string, path: string): Format {
  return formatOf(languageOf(languageId, path), path);
}
