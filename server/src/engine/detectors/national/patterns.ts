// Match boundaries for identifier patterns. All patterns use the `u` flag so \p{…} classes work.

// Letters that glue to a token: cased scripts only. Scripts written without spaces (Han, kana, Hangul,
// Thai: \p{Lo}) often put an identifier right after a word, as in "身份证号码是110…".
const GLUE = String.raw`\p{Lu}\p{Ll}\p{Lt}\p{Lm}\p{N}_`;
// A number must not continue a longer one ("1234 5678 9012 3456" is not a 12-digit Aadhaar + 4),
// nor follow a '+' (phone numbers).
const NUM_BEFORE = String.raw`(?<![${GLUE}+]|\p{N}[ .\-/])`;
const NUM_AFTER = String.raw`(?![${GLUE}]|[.\-/]?\p{N}|[ ]\p{N})`;
const WORD_BEFORE = String.raw`(?<![${GLUE}])`;
const WORD_AFTER = String.raw`(?![${GLUE}])`;

// The row's own source, without the boundaries: shape.ts reads it to tell which clusters a row can fit.
const cores = new WeakMap<RegExp, { source: string; bounds: Bounds }>();

/** A pattern's boundaries alone, as sticky tests at a position (lastIndex) of the text it runs on. */
export interface Bounds {
  before: RegExp;
  after: RegExp;
}

export const NUMERIC_BOUNDS: Bounds = { before: new RegExp(NUM_BEFORE, 'uy'), after: new RegExp(NUM_AFTER, 'uy') };
export const WORD_BOUNDS: Bounds = { before: new RegExp(WORD_BEFORE, 'uy'), after: new RegExp(WORD_AFTER, 'uy') };

/** The source a pattern was built from by `numeric` or `alnum`; undefined for any other RegExp. */
export function coreSource(re: RegExp): string | undefined {
  return cores.get(re)?.source;
}

/** The boundaries `numeric` or `alnum` put around a pattern (shared objects: one per kind of boundary). */
export function boundsOf(re: RegExp): Bounds | undefined {
  return cores.get(re)?.bounds;
}

function bounded(source: string, bounds: Bounds, before: string, after: string): RegExp {
  const re = new RegExp(`${before}(?:${source})${after}`, 'gu');
  cores.set(re, { source, bounds });
  return re;
}

/** A digit-led token that is not part of a longer run of digit groups. */
export function numeric(source: string): RegExp {
  return bounded(source, NUMERIC_BOUNDS, NUM_BEFORE, NUM_AFTER);
}

/** An alphanumeric token standing as a word of its own. */
export function alnum(source: string): RegExp {
  return bounded(source, WORD_BOUNDS, WORD_BEFORE, WORD_AFTER);
}
