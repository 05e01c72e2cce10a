// Regular expressions written by users (allow patterns, custom rules) run on data from anywhere, in a
// backtracking engine: a pattern such as `(a+)+$` takes exponential time on "aaaa…b" and would hang a scan.
// checkRegex reads a pattern's structure and refuses the shapes that backtrack catastrophically:
//   - a backreference (\1, \k<name>): matching with them is NP-hard, and no allow pattern needs one;
//   - alternatives that can start with the same character, inside a repetition: `(a|a)*`, `(a|ab)+`;
//   - two variable parts of a repetition that can take the same characters with nothing between them that
//     neither can take, counting from one repetition into the next: `(a+)+`, `(\w+\s?)*`, `(.*a){20}`, `(a*ba*)*`;
//     `([a-z]+\.)*` or `(\d+,\s*)*` pass: the `.` or `,` fixes where each repetition ends;
//   - unbounded parts one after another that can take the same characters (`\w+\d+`, `.*a.*b`): their cost
//     is a power of the input length, one more when the pattern is tried at every position (no `^`).
// It is conservative (a few harmless patterns are refused, with a reason that says how to rewrite them); what
// it accepts is at worst polynomial of low degree, which UserPattern bounds by the length of text it runs on.

/** Sorted, disjoint, inclusive code point ranges. */
type CharSet = readonly (readonly [number, number])[];

const MAX_CP = 0x10ffff;
const ANY: CharSet = [[0, MAX_CP]];
const EMPTY: CharSet = [];
const DIGIT: CharSet = [[0x30, 0x39]];
const WORD: CharSet = [[0x30, 0x39], [0x41, 0x5a], [0x5f, 0x5f], [0x61, 0x7a]];
const SPACE: CharSet = normalize([[0x09, 0x0d], [0x20, 0x20], [0xa0, 0xa0], [0x1680, 0x1680], [0x2000, 0x200a], [0x2028, 0x2029], [0x202f, 0x202f], [0x205f, 0x205f], [0x3000, 0x3000], [0xfeff, 0xfeff]]);
const LINE_TERMINATORS: CharSet = [[0x0a, 0x0a], [0x0d, 0x0d], [0x2028, 0x2029]];

function normalize(ranges: (readonly [number, number])[]): CharSet {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [lo, hi] of sorted) {
    const last = out[out.length - 1];
    if (last && lo <= last[1] + 1) last[1] = Math.max(last[1], hi);
    else out.push([lo, hi]);
  }
  return out;
}

/** The union of char sets, from a list (not spread: a pattern may have any number of alternatives). */
const unionOf = (sets: readonly CharSet[]): CharSet => normalize(sets.flat());
const union = (a: CharSet, b: CharSet): CharSet => unionOf([a, b]);

function complement(set: CharSet): CharSet {
  const out: [number, number][] = [];
  let next = 0;
  for (const [lo, hi] of set) {
    if (lo > next) out.push([next, lo - 1]);
    next = hi + 1;
  }
  if (next <= MAX_CP) out.push([next, MAX_CP]);
  return out;
}

function intersects(a: CharSet, b: CharSet): boolean {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i][1] < b[j][0]) i++;
    else if (b[j][1] < a[i][0]) j++;
    else return true;
  }
  return false;
}

/** With the `i` flag, ASCII letters match both cases (enough to compare the sets users write). */
function foldCase(set: CharSet): CharSet {
  const extra: [number, number][] = [];
  for (const [lo, hi] of set) {
    for (const [from, to] of [[0x41, 0x61], [0x61, 0x41]]) {
      const a = Math.max(lo, from);
      const b = Math.min(hi, from + 25);
      if (a <= b) extra.push([a - from + to, b - from + to]);
    }
  }
  return union(set, extra);
}

type Node =
  | { kind: 'char'; set: CharSet }
  | { kind: 'seq'; items: Node[] }
  | { kind: 'alt'; options: Node[] }
  | { kind: 'group'; body: Node }
  /** Lookahead or lookbehind: consumes nothing. */
  | { kind: 'look'; body: Node }
  | { kind: 'repeat'; body: Node; min: number; max: number; at: number }
  | { kind: 'assert'; start?: boolean }
  | { kind: 'backref'; at: number };

class Parser {
  private i = 0;
  constructor(
    private readonly src: string,
    private readonly flags: string,
  ) {}

  parse(): Node {
    const node = this.disjunction();
    if (this.i < this.src.length) throw new Error(`unexpected ")" at ${this.i + 1}`);
    return node;
  }

  private peek(s: string): boolean {
    return this.src.startsWith(s, this.i);
  }

  private disjunction(): Node {
    const options = [this.alternative()];
    while (this.peek('|')) {
      this.i++;
      options.push(this.alternative());
    }
    return options.length === 1 ? options[0] : { kind: 'alt', options };
  }

  private alternative(): Node {
    const items: Node[] = [];
    while (this.i < this.src.length && !this.peek('|') && !this.peek(')')) items.push(this.quantified(this.atom()));
    return items.length === 1 ? items[0] : { kind: 'seq', items };
  }

  private quantified(atom: Node): Node {
    const at = this.i;
    const m = /^(?:([*+?])|\{(\d+)(?:(,)(\d*))?\})/.exec(this.src.slice(this.i));
    if (!m) return atom;
    this.i += m[0].length;
    if (this.peek('?')) this.i++;
    if (m[1]) return { kind: 'repeat', body: atom, min: m[1] === '+' ? 1 : 0, max: m[1] === '?' ? 1 : Infinity, at };
    const min = Number(m[2]);
    const max = m[3] ? (m[4] ? Number(m[4]) : Infinity) : min;
    return { kind: 'repeat', body: atom, min, max, at };
  }

  private atom(): Node {
    const at = this.i;
    const c = this.src[this.i];
    if (c === '^' || c === '$') {
      this.i++;
      return { kind: 'assert', start: c === '^' && !this.flags.includes('m') };
    }
    if (c === '.') {
      this.i++;
      return this.chars(this.flags.includes('s') ? ANY : complement(LINE_TERMINATORS));
    }
    if (c === '(') {
      this.i++;
      let look = false;
      if (this.peek('?:')) this.i += 2;
      else if (this.peek('?=') || this.peek('?!')) (this.i += 2), (look = true);
      else if (this.peek('?<=') || this.peek('?<!')) (this.i += 3), (look = true);
      else if (this.peek('?<')) this.i = Math.max(this.i + 2, this.src.indexOf('>', this.i) + 1);
      const body = this.disjunction();
      if (!this.peek(')')) throw new Error(`unclosed group at ${at + 1}`);
      this.i++;
      return look ? { kind: 'look', body } : { kind: 'group', body };
    }
    if (c === '[') return this.chars(this.charClass());
    if (c === '\\') {
      const next = this.src[this.i + 1];
      if (next === 'b' || next === 'B') {
        this.i += 2;
        return { kind: 'assert' };
      }
      if (/[1-9]/.test(next ?? '') || (next === 'k' && this.src[this.i + 2] === '<')) {
        this.i += 2;
        return { kind: 'backref', at };
      }
      return this.chars(this.escape(false));
    }
    const cp = this.src.codePointAt(this.i)!;
    this.i += cp > 0xffff ? 2 : 1;
    return this.chars([[cp, cp]]);
  }

  private chars(set: CharSet): Node {
    return { kind: 'char', set: this.flags.includes('i') ? foldCase(set) : set };
  }

  /** After a backslash: a class escape (\d), a character escape, or an escaped character. */
  private escape(inClass: boolean): CharSet {
    this.i++;
    const c = this.src[this.i++];
    const unicode = this.flags.includes('u') || this.flags.includes('v');
    // Without the u flag, "\\x", "\\u" and "\\p" not followed by what they need stand for the letter itself.
    const hex = (n: number): CharSet => {
      const digits = this.src.slice(this.i, this.i + n);
      if (!new RegExp(`^[0-9a-fA-F]{${n}}$`).test(digits)) return [[c.codePointAt(0)!, c.codePointAt(0)!]];
      this.i += n;
      const v = parseInt(digits, 16);
      return [[v, v]];
    };
    switch (c) {
      case 'd': return DIGIT;
      case 'D': return complement(DIGIT);
      case 'w': return WORD;
      case 'W': return complement(WORD);
      case 's': return SPACE;
      case 'S': return complement(SPACE);
      // Unicode properties are not modelled: taken as any character (the conservative side).
      case 'p':
      case 'P':
        if (!unicode || !this.peek('{')) return [[c.charCodeAt(0), c.charCodeAt(0)]];
        this.i = this.src.indexOf('}', this.i) + 1;
        return ANY;
      case 't': return [[9, 9]];
      case 'n': return [[10, 10]];
      case 'v': return [[11, 11]];
      case 'f': return [[12, 12]];
      case 'r': return [[13, 13]];
      case '0': return [[0, 0]];
      case 'b': return inClass ? [[8, 8]] : ANY;
      case 'c': {
        // "\\c" and a letter is a control character; otherwise (Annex B) a backslash and a "c".
        if (!/[A-Za-z]/.test(this.src[this.i] ?? '')) return [[0x5c, 0x5c], [0x63, 0x63]];
        const v = this.src.charCodeAt(this.i++) % 32;
        return [[v, v]];
      }
      case 'x':
        return hex(2);
      case 'u': {
        if (unicode && this.peek('{')) {
          const end = this.src.indexOf('}', this.i);
          const v = parseInt(this.src.slice(this.i + 1, end), 16);
          this.i = end + 1;
          return [[v, v]];
        }
        return hex(4);
      }
      default: {
        if (c === undefined) return [[0x5c, 0x5c]];
        const cp = this.src.codePointAt(this.i - 1)!;
        if (cp > 0xffff) this.i++;
        return [[cp, cp]];
      }
    }
  }

  private charClass(): CharSet {
    this.i++;
    const negated = this.peek('^');
    if (negated) this.i++;
    const parts: CharSet[] = [];
    const single = (): CharSet => {
      if (this.peek('\\')) return this.escape(true);
      const cp = this.src.codePointAt(this.i)!;
      this.i += cp > 0xffff ? 2 : 1;
      return [[cp, cp]];
    };
    while (this.i < this.src.length && !this.peek(']')) {
      const from = single();
      if (this.peek('-') && this.src[this.i + 1] !== ']' && from.length === 1 && from[0][0] === from[0][1]) {
        this.i++;
        const to = single();
        if (to.length === 1 && to[0][0] === to[0][1]) {
          parts.push([[from[0][0], to[0][0]]]);
          continue;
        }
        parts.push(from, [[0x2d, 0x2d]], to);
        continue;
      }
      parts.push(from);
    }
    if (!this.peek(']')) throw new Error('unclosed character class');
    this.i++;
    const set = unionOf(parts);
    return negated ? complement(set) : set;
  }
}

interface Shape {
  min: number;
  max: number;
  /** Every character the node can consume. */
  chars: CharSet;
  /** The characters it can start with. */
  first: CharSet;
}

const shapes = new WeakMap<Node, Shape>();

function shape(n: Node): Shape {
  let s = shapes.get(n);
  if (s) return s;
  switch (n.kind) {
    case 'char':
      s = { min: 1, max: 1, chars: n.set, first: n.set };
      break;
    case 'assert':
    case 'look':
      s = { min: 0, max: 0, chars: EMPTY, first: EMPTY };
      break;
    case 'backref':
      s = { min: 0, max: Infinity, chars: ANY, first: ANY };
      break;
    case 'group':
      s = shape(n.body);
      break;
    case 'repeat': {
      const b = shape(n.body);
      s = { min: b.min * n.min, max: n.max === 0 || b.max === 0 ? 0 : b.max * n.max, chars: b.chars, first: b.first };
      break;
    }
    case 'alt': {
      const o = n.options.map(shape);
      s = { min: o.reduce((m, x) => Math.min(m, x.min), Infinity), max: o.reduce((m, x) => Math.max(m, x.max), -Infinity), chars: unionOf(o.map((x) => x.chars)), first: unionOf(o.map((x) => x.first)) };
      break;
    }
    case 'seq': {
      const items = n.items.map(shape);
      const first: CharSet[] = [];
      for (const x of items) {
        first.push(x.first);
        if (x.min > 0) break;
      }
      s = { min: items.reduce((a, x) => a + x.min, 0), max: items.reduce((a, x) => a + x.max, 0), chars: unionOf(items.map((x) => x.chars)), first: unionOf(first) };
      break;
    }
  }
  shapes.set(n, s);
  return s;
}

const isVariable = (n: Node) => shape(n).min !== shape(n).max;

/** A node's top-level sequence, through groups and nested sequences. */
function flatten(n: Node): Node[] {
  if (n.kind === 'group') return flatten(n.body);
  if (n.kind === 'seq') return n.items.flatMap(flatten);
  return [n];
}

function* walk(n: Node): Generator<Node> {
  yield n;
  if (n.kind === 'seq') for (const x of n.items) yield* walk(x);
  else if (n.kind === 'alt') for (const x of n.options) yield* walk(x);
  else if (n.kind === 'group' || n.kind === 'look' || n.kind === 'repeat') yield* walk(n.body);
}

/** Whether some element strictly between `from` and `to` (going forward, wrapping when `cyclic`) must take a character neither can. */
function separated(items: Node[], from: number, to: number, cyclic: boolean): boolean {
  const avoid = union(shape(items[from]).chars, shape(items[to]).chars);
  const len = items.length;
  for (let k = (from + 1) % len; k !== to; k = (k + 1) % len) {
    if (!cyclic && k === 0) return false;
    const s = shape(items[k]);
    if (s.min > 0 && !intersects(s.chars, avoid)) return true;
  }
  return false;
}

/** The reason a repetition can backtrack exponentially, or undefined. */
function loopProblem(loop: Node & { kind: 'repeat' }): string | undefined {
  for (const n of walk(loop.body)) {
    if (n.kind !== 'alt') continue;
    const firsts = n.options.map((o) => shape(o).first);
    for (let a = 0; a < firsts.length; a++)
      for (let b = a + 1; b < firsts.length; b++)
        if (intersects(firsts[a], firsts[b])) return 'alternatives inside a repetition can start with the same character, as in (a|ab)*; make them start differently, e.g. a(b)?';
  }
  const items = flatten(loop.body);
  const variable = items.map((_, k) => k).filter((k) => isVariable(items[k]));
  for (const a of variable)
    for (const b of variable) {
      if (!intersects(shape(items[a]).chars, shape(items[b]).chars)) continue;
      if (!separated(items, a, b, true))
        return 'a repetition contains another repetition that can take the same characters, as in (a+)+ or (\\w+\\s?)*; repeat once, e.g. \\w+(\\s\\w+)*, or end each repetition with a character the inner one cannot take';
    }
  return undefined;
}

/**
 * Unbounded parts in a row that can take the same characters (`.*a.*b`) cost a power of the input length, one
 * more when the pattern is not anchored at the start (it is tried at every position): at most a square passes.
 */
function chainProblem(seq: Node[], limit: number): string | undefined {
  let chain = 0;
  let last = -1;
  for (let k = 0; k < seq.length; k++) {
    if (shape(seq[k]).max !== Infinity) continue;
    chain = last >= 0 && intersects(shape(seq[last]).chars, shape(seq[k]).chars) && !separated(seq, last, k, false) ? chain + 1 : 1;
    last = k;
    if (chain > limit)
      return limit === 1
        ? 'unbounded repetitions such as .* or \\w+ follow each other and can take the same characters; their matching time grows with a power of the input length (anchoring the pattern with ^ allows two)'
        : 'three or more unbounded repetitions such as .* follow each other and can take the same characters; their matching time grows with a power of the input length';
  }
  return undefined;
}

export type RegexVerdict = { safe: true } | { safe: false; reason: string };

/** Whether a pattern (JavaScript syntax, as `new RegExp(source, flags)`) is safe to run on text from anywhere. */
export function checkRegex(source: string, flags = ''): RegexVerdict {
  try {
    new RegExp(source, flags);
  } catch (e) {
    // V8's message quotes the pattern ("Invalid regular expression: /…/u: Unterminated group"): only its last part.
    return { safe: false, reason: `not a valid regular expression (${(e as Error).message.split(': ').pop()})` };
  }
  let root: Node;
  try {
    root = new Parser(source, flags).parse();
  } catch (e) {
    return { safe: false, reason: `not understood (${(e as Error).message})` };
  }
  const top = flatten(root);
  const anchored = top[0]?.kind === 'assert' && top[0].start === true;
  for (const n of walk(root)) {
    if (n.kind === 'backref') return { safe: false, reason: 'backreferences (\\1, \\k<name>) are not allowed: they can make matching take exponential time' };
    const problem = (n.kind === 'repeat' && n.max > 1 && loopProblem(n)) || ((n.kind === 'seq' || n === root) && chainProblem(flatten(n), anchored ? 2 : 1));
    if (problem) return { safe: false, reason: problem };
  }
  return { safe: true };
}

/** Characters of text a user pattern is run on at most: with an accepted pattern, the run time stays small. */
export const USER_PATTERN_MAX_INPUT = 1024;

/** A checked user pattern, run only on texts up to `maxInput` characters. */
export class UserPattern {
  private constructor(
    readonly regex: RegExp,
    readonly maxInput: number,
  ) {}

  /** The pattern, or why it is refused (the message names no value: it quotes nothing of the pattern). */
  static compile(source: string, flags = 'u', maxInput = USER_PATTERN_MAX_INPUT): UserPattern | { error: string } {
    const verdict = checkRegex(source, flags);
    return verdict.safe ? new UserPattern(new RegExp(source, flags), maxInput) : { error: verdict.reason };
  }

  /** Whether it matches `text`; a text longer than `maxInput` is not tried and does not match. */
  test(text: string): boolean {
    if (text.length > this.maxInput) return false;
    this.regex.lastIndex = 0;
    return this.regex.test(text);
  }
}
