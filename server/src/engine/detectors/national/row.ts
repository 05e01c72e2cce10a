// One row of the national-identifier table: its type, apart from the factory (kind.ts) that reads the table.
import type { Pattern } from './patterns';

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
  /** Global, unicode regex (`.re`, compiled on first use); boundaries included (see `numeric` and `alnum` in patterns.ts). */
  pattern: Pattern;
  /** Strips separators; the default removes spaces, dots, dashes and slashes and upper-cases. */
  compact?: (raw: string) => string;
  /**
   * Pure check of the compact form. Kinds whose `check` has a date are also given `today` (yyyymmdd, see
   * dates.ts): a birth date after it is not real.
   */
  validate: (compact: string, today: number) => boolean;
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
  /** Shape so common (any 9 digits) that without a context word it is not reported at all. */
  needsContext?: boolean;
  /** Cheap pre-check; default: two digits in a row. */
  trigger?: RegExp;
  /** Fewest digits a valid match holds, and whether it always has a capital next to a digit: a shared,
   *  once-per-text profile skips the pattern when no part of the text could fit (see profile.ts). */
  minDigits: number;
  letterDigit?: boolean;
  /** Digits only, so also looked for in JSON numbers under a key naming it. */
  numeric?: boolean;
  description: string;
}
