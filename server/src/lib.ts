// The library: Datasan's engine for other programs, as `require('datasan')` / `import … from 'datasan'`.
// The same code the editor and the CLI run; settings are the editor's `datasan.*` settings, partly given.
import { createScanner as createEngineScanner } from './engine/index';
import type { Scanner, ScanOptions, ScanResult } from './engine/scan';
import { resolveSettings, type DatasanSettings, type RedactionStyle } from './engine/settings';
import type { Format } from './engine/formats/units';
import { applyEdits, redactable, redactionEdits } from './engine/redact';
import { redactStream as redactUnits, type RedactStats } from './engine/redact-stream';
import { checkModelCard } from './engine/license/index';
import type { ByteSource } from './engine/read-lines';
import type { Finding } from './engine/types';

export type { Finding, Scanner, ScanResult, DatasanSettings, RedactionStyle, Format, RedactStats };
export { allRules, ruleById, type RuleInfo } from './engine/rules';

type DeepPartial<T> = { [K in keyof T]?: T[K] extends unknown[] ? T[K] : T[K] extends object ? DeepPartial<T[K]> : T[K] };

/** Any part of the settings; the rest are the defaults (names on, minimum confidence 0.5, …). */
export type SettingsInput = DeepPartial<DatasanSettings>;

export interface ScannerOptions {
  settings?: SettingsInput;
  /** Only these entities ("EMAIL_ADDRESS", "PERSON", …). */
  entities?: Iterable<string>;
}

/** A scanner for many texts: it keeps its detectors, lexicons and caches between calls. */
export function createScanner(o: ScannerOptions = {}): Scanner {
  const opts: ScanOptions = o.entities ? { entities: new Set(o.entities) } : {};
  return createEngineScanner(resolveSettings(o.settings), opts);
}

export interface ScanTextOptions extends ScannerOptions {
  /** Reuse a scanner from createScanner: its settings then apply, and `settings` and `entities` here are not used. */
  scanner?: Scanner;
  /** For Markdown: whether the card's folder has a NOTICE file (the Llama notice rule); unknown by default. */
  noticeFileExists?: boolean;
}

/**
 * The findings of one text: personal data and secrets, and for Markdown the Llama license findings.
 * Offsets are UTF-16 indices into `text`; a finding names its kind, its value stays in `text`.
 */
export function scanText(text: string, format: Format, o: ScanTextOptions = {}): ScanResult {
  const scanner = o.scanner ?? createScanner(o);
  const result = scanner.scan(text, format);
  if (format !== 'markdown') return result;
  const license = checkModelCard(text, { settings: scanner.settings, noticeFileExists: o.noticeFileExists });
  return { findings: [...result.findings, ...license].sort((a, b) => a.start - b.start), notices: result.notices };
}

export interface RedactOptions extends ScanTextOptions {
  /** Default: the settings' redaction style ("placeholder": `[EMAIL_ADDRESS]`). */
  style?: RedactionStyle;
  /** With style "pseudonym": keyed tags (`[PERSON_k3f9q2…]`), the same in every file redacted with the key. */
  pseudonymKey?: Uint8Array;
}

export interface RedactedText {
  text: string;
  /** The findings that were replaced, in offsets of the input text. */
  redacted: Finding[];
  /** Replacements per entity. */
  counts: Record<string, number>;
}

/** One text with its personal data replaced, as the editor's "Redact all PII in this file" does it. */
export function redactText(text: string, format: Format, o: RedactOptions = {}): RedactedText {
  const scanner = o.scanner ?? createScanner(o);
  const style = o.style ?? scanner.settings.redaction.style;
  const pii = scanner.scan(text, format).findings.filter((f) => f.entity !== null);
  const edits = redactionEdits(text, pii, pii, style, format, o.pseudonymKey);
  const redacted = redactable(pii);
  const counts: Record<string, number> = {};
  for (const f of redacted) counts[f.entity!] = (counts[f.entity!] ?? 0) + 1;
  return { text: applyEdits(text, edits), redacted, counts };
}

export interface RedactStreamOptions extends RedactOptions {
  /** A file's path, or any stream of bytes (a file stream, standard input), read once. */
  input: ByteSource;
  format: Format;
  /** Where the redacted text goes, in order; may return a promise to apply back-pressure. */
  write: (chunk: string) => void | Promise<void>;
  /** Leave invalid JSONL lines out instead of passing them through. */
  dropInvalid?: boolean;
  signal?: AbortSignal;
}

/** Streams a JSONL, CSV/TSV, Markdown or text input of any size to its redacted form, a record at a time. */
export function redactStream(o: RedactStreamOptions): Promise<RedactStats> {
  const scanner = o.scanner ?? createScanner(o);
  return redactUnits({
    input: o.input,
    format: o.format,
    scanner,
    style: o.style ?? scanner.settings.redaction.style,
    pseudonymKey: o.pseudonymKey,
    write: o.write,
    dropInvalid: o.dropInvalid,
    signal: o.signal,
  });
}
