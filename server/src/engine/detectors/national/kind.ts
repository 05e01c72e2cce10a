// One row of the national-identifier table, and the factory that turns a row into a Detector.
import type { Candidate, Detector } from '../../types';

/** Country groups; `eu` in settings stands for every EU member below. */
export type Locale =
  | 'us' | 'uk' | 'ca' | 'au' | 'in' | 'de' | 'es' | 'it' | 'pl' | 'se' | 'fi'
  | 'kr' | 'sg' | 'za' | 'th' | 'tr' | 'br' | 'mx' | 'fr' | 'nl' | 'be' | 'cn';

/** ISO 639-1 codes of the languages context words are written in. */
export type Lang = 'en' | 'de' | 'fr' | 'es' | 'ca' | 'it' | 'pl' | 'sv' | 'fi' | 'ko' | 'pt' | 'nl' | 'tr' | 'zh' | 'th' | 'hi' | 'ms' | 'af' | 'ga' | 'cy';

/** How a match is confirmed, for the docs and hovers. */
export type Check = 'checksum' | 'date+checksum' | 'date' | 'shape';

export interface NationalKind {
  /** Rule id: "pii/national/in-aadhaar". */
  id: string;
  /** Presidio entity name, or ours where Presidio has none. */
  entity: string;
  label: string;
  locale: Locale;
  /** Global, unicode regex; boundaries included (see `numeric` and `alnum` in patterns.ts). */
  pattern: RegExp;
  /** Strips separators; the default removes spaces, dots, dashes and slashes and upper-cases. */
  compact?: (raw: string) => string;
  /** Pure check of the compact form. */
  validate: (compact: string) => boolean;
  check: Check;
  /** Why a valid match is reported, never containing the value: "Verhoeff check digit". */
  reason: string;
  /** Base score of a valid match written without separators. */
  score: number;
  /** Base score when written with its usual separators ("1234 5678 9012"), if different. */
  formattedScore?: number;
  /** Overrides both scores when the score depends on the value itself. */
  scoreOf?: (compact: string, raw: string) => number;
  /** Context words per language, in the identifier's own language(s) and English. */
  context: Partial<Record<Lang, string[]>>;
  contextBoost?: number;
  /** Cheap pre-check; default: two digits in a row. */
  trigger?: RegExp;
  /** Digits only, so also looked for in JSON numbers under a key naming it. */
  numeric?: boolean;
  description: string;
}

const SEPARATORS = /[\s.\-/]/g;

export function defaultCompact(raw: string): string {
  return raw.replace(SEPARATORS, '').toUpperCase();
}

/** Every context word of a row, all languages, without duplicates. */
export function contextWordsOf(kind: NationalKind): string[] {
  return [...new Set(Object.values(kind.context).flat())];
}

const TWO_DIGITS = /\d\d/;

/** Scores one raw match of a row, or undefined when it fails validation. */
export function scoreMatch(kind: NationalKind, raw: string): number | undefined {
  const compact = (kind.compact ?? defaultCompact)(raw);
  if (!kind.validate(compact)) return undefined;
  if (kind.scoreOf) return kind.scoreOf(compact, raw);
  return raw.length !== compact.length && kind.formattedScore !== undefined ? kind.formattedScore : kind.score;
}

/** The factory: a table row becomes a Detector. */
export function nationalDetector(kind: NationalKind): Detector {
  const contextWords = contextWordsOf(kind);
  return {
    id: kind.id,
    entity: kind.entity,
    label: kind.label,
    description: kind.description,
    tags: ['national-id', kind.locale],
    defaultSeverity: 'warning',
    contextWords,
    contextBoost: kind.contextBoost,
    trigger: kind.trigger ?? TWO_DIGITS,
    numberKeys: kind.numeric ? contextWords.filter((w) => /^[\p{L}\p{N} ._-]+$/u.test(w)) : undefined,
    *detect(text): Iterable<Candidate> {
      for (const m of text.matchAll(kind.pattern)) {
        const score = scoreMatch(kind, m[0]);
        if (score === undefined) continue;
        yield { start: m.index, end: m.index + m[0].length, score, reasons: [kind.reason] };
      }
    },
  };
}
