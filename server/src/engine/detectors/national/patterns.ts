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

/** A pattern's boundaries alone, as sticky tests at a position (lastIndex) of the text it runs on. */
export interface Bounds {
  /** numeric() or alnum() boundaries (edgesPass decides ASCII neighbours itself). */
  numeric: boolean;
  before: RegExp;
  after: RegExp;
  /** The same boundaries over a cluster's shape (shape.ts): "d" a digit, "A" a capital, "x", "a" another
   *  ASCII letter, "_"; a non-ASCII character reads "#", which no boundary forbids (so they pass more often). */
  shapeBefore: string;
  shapeAfter: string;
}

// GLUE over the shape alphabet: digits, ASCII letters and the underscore.
const SHAPE_GLUE = 'dAxa_';
export const NUMERIC_BOUNDS: Bounds = {
  numeric: true,
  before: new RegExp(NUM_BEFORE, 'uy'),
  after: new RegExp(NUM_AFTER, 'uy'),
  shapeBefore: String.raw`(?<![${SHAPE_GLUE}+]|d[ .\-/])`,
  shapeAfter: String.raw`(?![${SHAPE_GLUE}]|[.\-/]?d|[ ]d)`,
};
export const WORD_BOUNDS: Bounds = {
  numeric: false,
  before: new RegExp(WORD_BEFORE, 'uy'),
  after: new RegExp(WORD_AFTER, 'uy'),
  shapeBefore: `(?<![${SHAPE_GLUE}])`,
  shapeAfter: `(?![${SHAPE_GLUE}])`,
};

// ASCII neighbours, read without a regex: letters, digits and "_" glue; the separators a number's
// boundary looks through. Anything else above ASCII is left to the look-arounds themselves.
const isGlue = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
const isDigit = (c: number) => c >= 48 && c <= 57;
const isSeparator = (c: number) => c === 32 || c === 46 || c === 45 || c === 47;

/** Whether `b`'s boundary before `start` holds in `text`; undefined when a non-ASCII character decides. */
function beforeAscii(b: Bounds, text: string, start: number): boolean | undefined {
  if (start === 0) return true;
  const c = text.charCodeAt(start - 1);
  if (c >= 128) return undefined;
  if (isGlue(c)) return false;
  if (!b.numeric) return true;
  if (c === 43) return false;
  if (!isSeparator(c) || start < 2) return true;
  const p = text.charCodeAt(start - 2);
  return p >= 128 ? undefined : !isDigit(p);
}

/** Whether `b`'s boundary after `end` holds in `text`; undefined when a non-ASCII character decides. */
function afterAscii(b: Bounds, text: string, end: number): boolean | undefined {
  if (end === text.length) return true;
  const c = text.charCodeAt(end);
  if (c >= 128) return undefined;
  if (isGlue(c)) return false;
  if (!b.numeric || !isSeparator(c) || end + 1 === text.length) return true;
  const n = text.charCodeAt(end + 1);
  return n >= 128 ? undefined : !isDigit(n);
}

/** Whether a pattern's boundaries hold around [start, end) of `text`, exactly as in the pattern itself. */
export function edgesPass(b: Bounds, text: string, start: number, end: number): boolean {
  let before = beforeAscii(b, text, start);
  if (before === undefined) {
    b.before.lastIndex = start;
    before = b.before.test(text);
  }
  if (!before) return false;
  const after = afterAscii(b, text, end);
  if (after !== undefined) return after;
  b.after.lastIndex = end;
  return b.after.test(text);
}

/**
 * A row's pattern: its own source (shape.ts reads it to tell which clusters a row can fit), its boundaries,
 * and the whole expression (global, unicode), compiled on first use: building the table's dozens of
 * \p{…} expressions cost every start ~35 ms, and the fused detector needs only a few of them.
 */
export class Pattern {
  private compiled: RegExp | undefined;

  constructor(
    readonly source: string,
    readonly bounds: Bounds,
    private readonly before: string,
    private readonly after: string,
  ) {}

  get re(): RegExp {
    return (this.compiled ??= new RegExp(`${this.before}(?:${this.source})${this.after}`, 'gu'));
  }
}

/** A digit-led token that is not part of a longer run of digit groups. */
export function numeric(source: string): Pattern {
  return new Pattern(source, NUMERIC_BOUNDS, NUM_BEFORE, NUM_AFTER);
}

/** An alphanumeric token standing as a word of its own. */
export function alnum(source: string): Pattern {
  return new Pattern(source, WORD_BOUNDS, WORD_BEFORE, WORD_AFTER);
}
