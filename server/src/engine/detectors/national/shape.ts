// What a row's pattern can match when a cluster is digits only (no capital, no separator). In such a
// cluster a match is the whole run (the boundaries forbid a digit on either side), plus a trailing
// lowercase x at most (CN RIC). The pattern is read over a two-letter alphabet, "d" for a digit and "x"
// for x, keeping its structure:
// - widened (an atom accepting any digit accepts "d"), it accepts at least every string the real pattern
//   does: if it rejects d{n} and d{n}x, the row cannot match a bare run of n digits (`bareRunFit`);
// - narrowed (an atom accepts "d" only if it accepts all ten digits), it accepts only what the real
//   pattern surely does: if it accepts d{n}, the row matches every run of n digits (`bareRunAll`), and
//   only the boundaries decide — the same two tests for every such row.

import type { Bounds } from './patterns';

/** Which digits an atom accepts (bit i for digit i), and whether it accepts a lowercase x. */
interface Accepts {
  digits: number;
  x: boolean;
}

const ALL_DIGITS = 0x3ff;
const isDigitCode = (c: number) => c >= 48 && c <= 57;
const digitBit = (c: number) => (isDigitCode(c) ? 1 << (c - 48) : 0);

/** The digits in the code point range [a, b]. */
function rangeBits(a: number, b: number): number {
  let bits = 0;
  for (let c = Math.max(a, 48); c <= Math.min(b, 57); c++) bits |= 1 << (c - 48);
  return bits;
}

/**
 * "some": the atom stands for "d" if it accepts any digit (and "x" if it accepts x), a widening.
 * "every": the atom stands for "d" only if it accepts all ten digits, a narrowing.
 */
type Mode = 'some' | 'every';

function atom(a: Accepts | undefined, mode: Mode): string {
  // undefined: syntax not read; widened to anything ("some"), narrowed to nothing ("every").
  const digit = a === undefined ? mode === 'some' : mode === 'some' ? a.digits !== 0 : a.digits === ALL_DIGITS;
  const x = mode === 'some' && (a === undefined || a.x);
  if (digit && x) return '[dx]';
  if (digit) return 'd';
  if (x) return 'x';
  return '(?!)';
}

/** Parses a character class body from `i` (just after `[`); returns what it accepts and the index after `]`. */
function classAtom(src: string, i: number): { accepts: Accepts | undefined; next: number } | undefined {
  let negated = false;
  if (src[i] === '^') {
    negated = true;
    i++;
  }
  let digits = 0;
  let x = false;
  let unknown = false;
  let first = true;
  for (; i < src.length; i++) {
    const c = src[i];
    if (c === ']' && !first) break;
    first = false;
    if (c === '\\') {
      const e = src[++i];
      if (e === 'd') digits = ALL_DIGITS;
      else if (e === undefined || /[pPwWsSDuxc]/.test(e)) unknown = true;
      else {
        digits |= digitBit(e.charCodeAt(0));
        x ||= e === 'x';
      }
      continue;
    }
    if (src[i + 1] === '-' && src[i + 2] !== undefined && src[i + 2] !== ']') {
      let hi = src[i + 2];
      let skip = 2;
      if (hi === '\\') {
        hi = src[i + 3];
        skip = 3;
      }
      const lo = c.charCodeAt(0);
      const up = hi.charCodeAt(0);
      digits |= rangeBits(lo, up);
      x ||= lo <= 120 && up >= 120;
      i += skip;
      continue;
    }
    digits |= digitBit(c.charCodeAt(0));
    x ||= c === 'x';
  }
  if (src[i] !== ']') return undefined;
  // A negated class, or one with an escape not read here, is not worked out: see atom().
  return { accepts: negated || unknown ? undefined : { digits, x }, next: i + 1 };
}

/** Maps one atom of a pattern (what it accepts among digits and x, undefined when not worked out; and its
 *  own source) to its abstract form. */
type AtomMap = (accepts: Accepts | undefined, source: string) => string;

/**
 * The abstract form of a pattern source over the letters "d" and "x", or undefined when it uses syntax
 * this reader does not know (look-arounds, anchors, back-references): the callers then give the answer
 * that is always safe.
 */
export function abstractSource(src: string, mode: Mode = 'some'): string | undefined {
  return abstractWith(src, (a) => atom(a, mode));
}

/** The pattern with each atom replaced by `map`, its structure (groups, alternation, quantifiers) kept. */
function abstractWith(src: string, map: AtomMap): string | undefined {
  let out = '';
  for (let i = 0; i < src.length; ) {
    const c = src[i];
    if (c === '\\') {
      const e = src[i + 1];
      if (e === 'd') out += map({ digits: ALL_DIGITS, x: false }, '\\d');
      else if (e === undefined || /[\dbBkpPwWsSDuxc]/.test(e)) return undefined;
      else out += map({ digits: digitBit(e.charCodeAt(0)), x: e === 'x' }, src.slice(i, i + 2));
      i += 2;
    } else if (c === '[') {
      const cls = classAtom(src, i + 1);
      if (!cls) return undefined;
      out += map(cls.accepts, src.slice(i, cls.next));
      i = cls.next;
    } else if (c === '(') {
      if (src[i + 1] === '?') {
        if (src[i + 2] !== ':') return undefined;
        i += 3;
      } else i++;
      out += '(?:';
    } else if (c === ')' || c === '|' || c === '?' || c === '*' || c === '+') {
      out += c;
      i++;
    } else if (c === '{') {
      const q = /^\{\d+(?:,\d*)?\}/.exec(src.slice(i));
      if (!q) return undefined;
      out += q[0];
      i += q[0].length;
    } else if (c === '.') {
      out += map(undefined, '.');
      i++;
    } else if (c === '^' || c === '$') {
      return undefined;
    } else {
      out += map({ digits: digitBit(c.charCodeAt(0)), x: c === 'x' }, c);
      i++;
    }
  }
  return out;
}

function memoByLength(test: (n: number) => boolean): (n: number) => boolean {
  const memo = new Map<number, boolean>();
  return (n) => {
    let v = memo.get(n);
    if (v === undefined) memo.set(n, (v = test(n)));
    return v;
  };
}

/** Whether a pattern (by its boundary-free source) can match some bare run of n digits (with an x after). */
export function bareRunFit(core: string | undefined): (n: number) => boolean {
  const abs = core === undefined ? undefined : abstractSource(core, 'some');
  if (abs === undefined) return () => true;
  const re = new RegExp(`^(?:${abs})$`);
  return memoByLength((n) => {
    const run = 'd'.repeat(n);
    return re.test(run) || re.test(run + 'x');
  });
}

/** Whether a pattern (by its boundary-free source) matches every run of n digits, whatever the digits. */
export function bareRunAll(core: string | undefined): (n: number) => boolean {
  const abs = core === undefined ? undefined : abstractSource(core, 'every');
  if (abs === undefined) return () => false;
  const re = new RegExp(`^(?:${abs})$`);
  return memoByLength((n) => re.test('d'.repeat(n)));
}

// ── Cluster shapes ─────────────────────────────────────────────────────────────────────────────────
// A cluster and the few characters around it, read over a small alphabet that keeps what the patterns
// and their boundaries can tell apart: "d" a digit, "A" a capital, "x", "a" another ASCII letter, the
// separators and "_" as themselves, "#" anything else. Every non-ASCII character reads "#": the patterns'
// own characters are all ASCII, and the boundaries only forbid characters (negative look-arounds), so
// reading a non-ASCII letter or digit as "#" lets a boundary pass more often, never less. A pattern
// widened over this alphabet thus matches the shape of every text its real form matches in: a row whose
// widened pattern does not match a cluster's shape cannot match the cluster.

const SHAPE_OF = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  SHAPE_OF[c] = (/[0-9]/.test(ch) ? 'd' : /[A-Z]/.test(ch) ? 'A' : ch === 'x' ? 'x' : /[a-z]/.test(ch) ? 'a' : ' .-/+_'.includes(ch) ? ch : '#').charCodeAt(0);
}
const HASH = 35;

// Reused: one string built from an array of codes costs less than one concatenation per character. A
// long cluster is built a piece at a time: every code is an argument of fromCharCode, and a call with too
// many arguments overflows the stack (a list of 30,000 token ids is one cluster).
const codes: number[] = [];
const PIECE = 8192;

/** The shape of text[from, to): one symbol per UTF-16 unit, after `lead` (codes) if given. */
export function shapeOf(text: string, from: number, to: number, ...lead: number[]): string {
  let out = '';
  let n = 0;
  for (let i = 0; i < lead.length; i++) codes[n++] = lead[i];
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    codes[n++] = c < 128 ? SHAPE_OF[c] : HASH;
    if (n === PIECE) {
      out += String.fromCharCode.apply(null, codes);
      n = 0;
    }
  }
  codes.length = n;
  return out + String.fromCharCode.apply(null, codes);
}

/** The shape symbols an atom can read, as a class; every symbol when the atom is not worked out. */
function shapeAtom(source: string): string {
  // Only ASCII literals, ranges and \d are worked out exactly (by trying every ASCII character).
  if (/[^\x00-\x7f]|\\[pPwWsSDbB]|^\[\^|^\.$/.test(source)) return '[^]';
  let re: RegExp;
  try {
    re = new RegExp(`^(?:${source})$`, 'u');
  } catch {
    return '[^]';
  }
  const symbols = new Set<string>();
  for (let c = 0; c < 128; c++) if (re.test(String.fromCharCode(c))) symbols.add(String.fromCharCode(SHAPE_OF[c]));
  if (symbols.size === 0) return '(?!)';
  return `[${[...symbols].map((x) => (x === '-' || x === '/' ? `\\${x}` : x)).join('')}]`;
}

/** A pattern source widened over the shape alphabet, or undefined when its syntax is not read. */
export function shapeSource(core: string): string | undefined {
  return abstractWith(core, (_, source) => shapeAtom(source));
}

/**
 * Whether a row (its boundary-free source and its boundaries) can match in a text of this shape: its
 * widened pattern, compiled on first use. Always true when the syntax or the boundaries are not known.
 */
export function shapeFit(core: string, bounds: Bounds | undefined): (shape: string) => boolean {
  let widened: RegExp | null | undefined;
  return (shape) => {
    if (widened === undefined) {
      const abs = bounds && shapeSource(core);
      widened = !bounds || abs === undefined ? null : new RegExp(`${bounds.shapeBefore}(?:${abs})${bounds.shapeAfter}`);
    }
    return widened === null || widened.test(shape);
  };
}
