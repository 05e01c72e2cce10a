import type { Severity } from './types';
import { defaultLocales } from './detectors/national/locales';

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
  redaction: {
    style: RedactionStyle;
    /** A file holding a secret key: pseudonyms become keyed tags, the same across files and runs ("" for numbers). */
    pseudonymKeyFile: string;
  };
  /** Regular expressions; a match that lies wholly inside one of these is ignored (e.g. "@example\\.com$"). */
  allowPatterns: string[];
  /** Milliseconds to wait after an edit before rescanning. */
  debounceMs: number;
  /** Files larger than this (bytes) are not scanned in the editor; use the CLI or "Scan from disk". */
  maxFileSize: number;
  /**
   * Country groups of national identifiers that are on ("us", "uk", "in", "de", …). null (not set): the
   * editor's language's groups plus us, uk and eu (resolveSettings with the language), or those three alone.
   */
  locales: string[] | null;
  /** Free-text entities (names, places, addresses). */
  names: {
    enable: boolean;
    /** Extra names to always flag (first or last names), e.g. from a customer list. */
    extraNames: string[];
    /** Words that are never names (product names, jargon). */
    notNames: string[];
  };
  /**
   * The user's own rules, as written (checked when the scanner is made: a rule with a problem is left out
   * and named). The CLI and the server add those of the workspace's `.datasan/rules.json`.
   */
  customRules: unknown[];
  /** Llama license checks of model cards. */
  license: {
    enable: boolean;
    /** Severity per rule id ("llama/name-prefix"); "off" disables the rule. */
    severity: Record<string, SeveritySetting>;
  };
}

export const DEFAULT_SETTINGS: DatasanSettings = {
  enable: true,
  languages: ['jsonl', 'json', 'markdown', 'plaintext', 'csv', 'tsv'],
  minConfidence: 0.5,
  maxProblems: 1000,
  scanKeys: false,
  severity: {},
  enableEntities: [],
  redaction: { style: 'placeholder', pseudonymKeyFile: '' },
  allowPatterns: [],
  debounceMs: 30,
  maxFileSize: 50 * 1024 * 1024,
  locales: null,
  names: { enable: true, extraNames: [], notNames: [] },
  customRules: [],
  license: { enable: true, severity: {} },
};

function strings(x: unknown): string[] | undefined {
  return Array.isArray(x) ? x.filter((v): v is string => typeof v === 'string') : undefined;
}

function severities(x: unknown, into: Record<string, SeveritySetting>): void {
  if (!x || typeof x !== 'object') return;
  for (const [k, v] of Object.entries(x as Record<string, unknown>)) {
    if (v === 'error' || v === 'warning' || v === 'information' || v === 'hint' || v === 'off') into[k] = v;
  }
}

/**
 * Merges a partial, untrusted settings object over the defaults, dropping values of the wrong type.
 * `language`: the editor's display language ("pt-br"), which picks the locales when none are set.
 */
export function resolveSettings(input: unknown, language?: string): DatasanSettings {
  const s = structuredClone(DEFAULT_SETTINGS);
  if (language) s.locales = defaultLocales(language);
  if (!input || typeof input !== 'object') return s;
  const i = input as Record<string, unknown>;
  if (typeof i.enable === 'boolean') s.enable = i.enable;
  s.languages = strings(i.languages) ?? s.languages;
  if (typeof i.minConfidence === 'number' && i.minConfidence >= 0 && i.minConfidence <= 1) s.minConfidence = i.minConfidence;
  if (typeof i.maxProblems === 'number' && i.maxProblems >= 0) s.maxProblems = Math.floor(i.maxProblems);
  if (typeof i.scanKeys === 'boolean') s.scanKeys = i.scanKeys;
  severities(i.severity, s.severity);
  s.enableEntities = strings(i.enableEntities) ?? s.enableEntities;
  const r = i.redaction as Record<string, unknown> | undefined;
  if (r && ['placeholder', 'pseudonym', 'mask', 'partial'].includes(r.style as string)) s.redaction.style = r.style as RedactionStyle;
  if (r && typeof r.pseudonymKeyFile === 'string') s.redaction.pseudonymKeyFile = r.pseudonymKeyFile;
  s.allowPatterns = strings(i.allowPatterns) ?? s.allowPatterns;
  if (typeof i.debounceMs === 'number' && i.debounceMs >= 0) s.debounceMs = i.debounceMs;
  if (typeof i.maxFileSize === 'number' && i.maxFileSize > 0) s.maxFileSize = i.maxFileSize;
  s.locales = strings(i.locales) ?? s.locales;
  const n = i.names as Record<string, unknown> | undefined;
  if (n && typeof n === 'object') {
    if (typeof n.enable === 'boolean') s.names.enable = n.enable;
    s.names.extraNames = strings(n.extraNames) ?? s.names.extraNames;
    s.names.notNames = strings(n.notNames) ?? s.names.notNames;
  }
  if (Array.isArray(i.customRules)) s.customRules = i.customRules;
  const l = i.license as Record<string, unknown> | undefined;
  if (l && typeof l === 'object') {
    if (typeof l.enable === 'boolean') s.license.enable = l.enable;
    severities(l.severity, s.license.severity);
  }
  return s;
}
