import type { Severity } from './types';

export type RedactionStyle = 'placeholder' | 'pseudonym' | 'mask' | 'partial';
export type SeveritySetting = Severity | 'off';

/**
 * Every setting, written once. The editor reads them as `datasan.*`, the CLI uses the defaults.
 * `test/settings.test.ts` checks that package.json's `contributes.configuration` agrees with this.
 */
export interface DatasanSettings {
  enable: boolean;
  /** VS Code language ids that are scanned. */
  languages: string[];
  /** Findings below this confidence are hidden. */
  minConfidence: number;
  /** At most this many diagnostics per file. */
  maxProblems: number;
  /** Also scan JSON object keys. */
  scanKeys: boolean;
  /** Severity per entity (or per rule id); "off" disables it. Unlisted ones use the detector's default. */
  severity: Record<string, SeveritySetting>;
  /** Entities that are off by default but wanted. */
  enableEntities: string[];
  redaction: { style: RedactionStyle };
  /** Regular expressions; a match that lies wholly inside one of these is ignored (e.g. "@example\\.com$"). */
  allowPatterns: string[];
  /** Milliseconds to wait after an edit before rescanning. */
  debounceMs: number;
  /** Files larger than this (bytes) are not scanned in the editor; use the CLI or "Scan from disk". */
  maxFileSize: number;
}

export const DEFAULT_SETTINGS: DatasanSettings = {
  enable: true,
  languages: ['jsonl', 'json', 'markdown', 'plaintext', 'csv', 'tsv'],
  minConfidence: 0.5,
  maxProblems: 1000,
  scanKeys: false,
  severity: {},
  enableEntities: [],
  redaction: { style: 'placeholder' },
  allowPatterns: [],
  debounceMs: 250,
  maxFileSize: 50 * 1024 * 1024,
};

/** Merges a partial, untrusted settings object over the defaults, dropping values of the wrong type. */
export function resolveSettings(input: unknown): DatasanSettings {
  const s = structuredClone(DEFAULT_SETTINGS);
  if (!input || typeof input !== 'object') return s;
  const i = input as Record<string, unknown>;
  if (typeof i.enable === 'boolean') s.enable = i.enable;
  if (Array.isArray(i.languages)) s.languages = i.languages.filter((x): x is string => typeof x === 'string');
  if (typeof i.minConfidence === 'number' && i.minConfidence >= 0 && i.minConfidence <= 1) s.minConfidence = i.minConfidence;
  if (typeof i.maxProblems === 'number' && i.maxProblems >= 0) s.maxProblems = Math.floor(i.maxProblems);
  if (typeof i.scanKeys === 'boolean') s.scanKeys = i.scanKeys;
  if (i.severity && typeof i.severity === 'object') {
    for (const [k, v] of Object.entries(i.severity as Record<string, unknown>)) {
      if (v === 'error' || v === 'warning' || v === 'information' || v === 'hint' || v === 'off') s.severity[k] = v;
    }
  }
  if (Array.isArray(i.enableEntities)) s.enableEntities = i.enableEntities.filter((x): x is string => typeof x === 'string');
  const r = i.redaction as Record<string, unknown> | undefined;
  if (r && ['placeholder', 'pseudonym', 'mask', 'partial'].includes(r.style as string)) s.redaction.style = r.style as RedactionStyle;
  if (Array.isArray(i.allowPatterns)) s.allowPatterns = i.allowPatterns.filter((x): x is string => typeof x === 'string');
  if (typeof i.debounceMs === 'number' && i.debounceMs >= 0) s.debounceMs = i.debounceMs;
  if (typeof i.maxFileSize === 'number' && i.maxFileSize > 0) s.maxFileSize = i.maxFileSize;
  return s;
}
