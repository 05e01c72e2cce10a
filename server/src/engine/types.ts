// Shared vocabulary of the engine. No `vscode` import anywhere under engine/.

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** A half-open span [start, end) of UTF-16 code units. */
export interface Span {
  start: number;
  end: number;
}

/** What a detector reports, in offsets of the text it was given. */
export interface Candidate extends Span {
  /** Base confidence in [0, 1] before context words are applied. */
  score: number;
  /** Why it matched, for hovers: "Luhn checksum passed". Never contains the value. */
  reasons: string[];
  /** Overrides the detector's entity (e.g. a detector covering several secret vendors). */
  entity?: string;
  /** Overrides the detector's label for this match ("AWS access key"). */
  label?: string;
  /** Overrides the rule id, for a detector that stands for several rules (one pass for many kinds). */
  rule?: string;
  /** Overrides the detector's context words and boost for this match. */
  contextWords?: readonly string[];
  contextBoost?: number;
}

export interface DetectorContext {
  /** The JSON key or CSV column the text is the value of, lower-cased; undefined for free text. */
  key?: string;
  /** Where the text sits: a JSON number is tried only by the kinds its key names. */
  container?: 'json-string' | 'json-number' | 'raw';
}

/**
 * A detector is one small module registered as data, in the manner of markdownlint rules.
 * `detect` must be pure and fast: it is called for every string value of a dataset. Its result depends on its
 * arguments only; a memo of the last text seen, or scratch variables of a synchronous loop, are allowed where a
 * comment says why (the national profile, the names analyzer, the tokenizer), since they never change a result.
 */
export interface Detector {
  /** Stable rule id, used as the diagnostic code: "pii/email". */
  id: string;
  /** Presidio entity name: "EMAIL_ADDRESS"; credentials use "SECRET". */
  entity: string;
  /** Every entity it may report, when candidates override `entity` (defaults to [entity]). */
  entities?: readonly string[];
  /** Human label used in messages: "Email address". */
  label: string;
  description: string;
  tags: string[];
  defaultSeverity: Severity;
  /** Off-by-default detectors run only when named in settings or `--entities`. */
  defaultEnabled?: boolean;
  /** Words that, found whole-word shortly before a match (or as its key), raise its confidence. */
  contextWords?: string[];
  /**
   * Labels that count as context words when they come right after a match on its line, as in signature and
   * contact blocks ("+46 8 928 571 38 fax", "082 490 1693-Office"). Only a word before it counts otherwise.
   */
  contextAfter?: string[];
  /** How much a context word adds (default 0.35, capped at 1). */
  contextBoost?: number;
  /**
   * Cheap test run before `detect`; when it fails the detector is skipped for that text.
   * Must not be a global/sticky regex.
   */
  trigger?: RegExp;
  /** Lets the detector run even when `trigger` fails, if the JSON key / CSV column matches this. */
  keyTrigger?: RegExp;
  /**
   * JSON numbers are scanned only when their key matches one of these (whole word in the key).
   * Detectors without it never see JSON numbers.
   */
  numberKeys?: string[];
  /**
   * "digits": every match contains a digit, and detect() needs no more than CONTEXT_MARGIN characters
   * around it; the engine then runs the detector only on windows around the digit runs of long texts.
   */
  scope?: 'digits';
  /**
   * Fewest digits any match holds. For a detector of scope "digits", the engine skips a text (or window)
   * with fewer digits than this without running the trigger or detect().
   */
  minDigits?: number;
  /**
   * Fewest digits any match holds within one run of digits and the characters that join digits in
   * written numbers (space . - + ( )): a text or window whose longest such run has fewer is skipped like
   * one with fewer than `minDigits` (a UUID, "order #738486", "9.46e-5" turn a phone detector away).
   */
  minRunDigits?: number;
  /**
   * For a detector of scope "digits": fewest characters any match holds in one run of ASCII letters,
   * digits and _ ~ . - (a token); a text or window without so long a run is skipped (prose, numbers).
   */
  minTokenRun?: number;
  /**
   * For a detector of personal data: a text that is wholly an identifier (a UUID) is not given to it. Ids
   * hold no personal data (issue #14), and a UUID's digit groups and hyphens would otherwise go through
   * every numeric detector (phone, card, national) and trigger of every record.
   */
  skipsIds?: boolean;
  /**
   * Texts longer than this are given to detect() in pieces of at most this many characters, cut at a
   * line break or a space: for detectors that only look at nearby words and would be slow on huge texts.
   */
  maxChunk?: number;
  detect(text: string, ctx: DetectorContext): Iterable<Candidate>;
  /** For a detector standing for several rules (its candidates name them): one detector per rule, for rule lists and docs. */
  parts?: readonly Detector[];
}

/** A finding in document coordinates, as produced by the engine. */
export interface Finding extends Span {
  rule: string;
  /** Presidio entity name, or null for license findings. */
  entity: string | null;
  confidence: number;
  severity: Severity;
  /** Names the kind, never the value: "Email address". */
  message: string;
  reasons: string[];
  /**
   * How the span sits in the source, which decides how a replacement is written:
   * inside a JSON string (escape the replacement), a whole JSON number (quote it), or raw text.
   */
  container: 'json-string' | 'json-number' | 'raw';
  /** 1-based record index for JSONL/CSV, for per-record counts. */
  record?: number;
}

/** An edit in document offsets; the server turns it into an LSP TextEdit. */
export interface OffsetEdit extends Span {
  newText: string;
}

/** A fix computed by the engine, independent of the editor. */
export interface Fix {
  title: string;
  /** The real fix is preferred (shown first, applied by "auto fix"). */
  isPreferred?: boolean;
  edits: OffsetEdit[];
  /** Files to create beside the document (path relative to the document's folder). */
  createFiles?: { path: string; content: string }[];
}
