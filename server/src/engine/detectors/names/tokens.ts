// A small word tokenizer with the features the name tagger needs: shape, sentence starts, gaps, identifiers.
// One hand-written pass over the character codes, at several times the speed of the regex it agrees with
// (tokens.test.ts checks that): a word is what
//   /(?<![\p{L}\p{M}\p{N}]|[\p{L}\p{M}\p{N}]_+)[\p{L}\p{M}]+(?:['’\-][\p{L}\p{M}]+)*(?![\p{N}]|_+[\p{L}\p{M}\p{N}])/gu
// matches. Underscores join a word to letters or digits ("base_model"), not to spaces or punctuation
// ("_Anna Kowalska_", Markdown emphasis).
import { fold } from './lexicon';
import { HASH_START as KEY_HASH_START, type KeyTable, hashStep } from './key-table';

export const enum Shape {
  Lower,
  /** First letter upper case, some lower case after it: "Anna", "McDowell". */
  Cap,
  /** Two or more letters, all upper case: "OULU", "NASA". */
  Upper,
  /** One upper-case letter: "J" or "J." (the dot is in `dot`). */
  Initial,
  Other,
}

export interface Token {
  start: number;
  end: number;
  /** Lower case, diacritics folded. */
  key: string;
  /**
   * FNV-1a of `key`'s UTF-16 codes (as the learned tagger hashes words): known from the scan of the word for
   * ASCII words, so that the tagger's features need not read the key strings, which lie all over the heap.
   */
  hash: number;
  /** What the vocabulary says the word is (the tagger's kind bits); 0 without a vocabulary. */
  kind: number;
  shape: Shape;
  /** First word of a sentence, line or quoted passage. */
  sentStart: boolean;
  /** Followed directly by "." */
  dot: boolean;
  /** Followed by a possessive "'s" (excluded from the token). */
  possessive: boolean;
  /** End of the previous token (or 0), so text.slice(gapStart, start) is the gap before this token. */
  gapStart: number;
  /**
   * Part of a code-like identifier such as a model or repository id ("Llama-4-Scout-7B", "gpt-4o-mini",
   * "Qwen2.5") or a snake_case key ("base_model"): its chunk (letters, digits and _ - . / ' ’ with nothing
   * else between) has underscores between two letters, or a digit together with a hyphen, an underscore
   * or a letter right next to a digit. ("_Anna_", markdown emphasis, is no identifier.)
   */
  inIdentifier: boolean;
}

/** Character classes, as the word pattern sees them. */
const LETTER = 1; // \p{L} or \p{M}
const NUMBER = 2; // \p{N}
const UNDERSCORE = 3;
const OTHER = 4;

const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;
const NUMERIC = /^\p{N}$/u;
/** Class of every UTF-16 code unit seen so far (0 = not yet computed). */
const unitClass = new Uint8Array(0x10000);
const astralClass = new Map<number, number>();

function classify(ch: string): number {
  return LETTER_OR_MARK.test(ch) ? LETTER : NUMERIC.test(ch) ? NUMBER : ch === '_' ? UNDERSCORE : OTHER;
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Class of the code point starting at i (a lone surrogate is a code point of class OTHER). */
function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (isHigh(c) && isLow(text.charCodeAt(i + 1))) {
    const cp = text.codePointAt(i)!;
    let k = astralClass.get(cp);
    if (k === undefined) astralClass.set(cp, (k = classify(String.fromCodePoint(cp))));
    return k;
  }
  return unitClass[c] || (unitClass[c] = classify(String.fromCharCode(c)));
}

/** Width in code units of the code point starting at i. */
function widthAt(text: string, i: number): number {
  return isHigh(text.charCodeAt(i)) && isLow(text.charCodeAt(i + 1)) ? 2 : 1;
}

/** Class of each ASCII code, and the lower-case code of each ASCII letter (0 for the rest): tables, not range tests. */
const ASCII_CLASS = new Uint8Array(128).map((_, c) => ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? LETTER : c >= 48 && c <= 57 ? NUMBER : c === 95 ? UNDERSCORE : OTHER));
const ASCII_LOWER_LETTER = new Uint8Array(128).map((_, c) => (c >= 97 && c <= 122 ? c : c >= 65 && c <= 90 ? c + 32 : 0));

/** Set when the last word scanned has a character outside ASCII (its key then needs the full fold). */
let nonAscii = false;
// Local copies of what hot loops use from other modules: a transpiled import is a getter call each time.
const HASH_START = KEY_HASH_START;
/** Hash of the last word scanned (key-table's hashStep), valid unless the word was cut short afterwards. */
let wordHash = HASH_START;
/** Where the scan of the last word stopped (its match may end earlier, when the regex would backtrack). */
let wordScanEnd = 0;
/** Whether the last word scanned has a hyphen inside. */
let wordHyphen = false;

/** End of the run of letters and marks starting at i. */
function letterRunEnd(text: string, i: number): number {
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      const lower = ASCII_LOWER_LETTER[c];
      if (lower === 0) break;
      wordHash = Math.imul(wordHash ^ lower, 0x01000193); // key-table's hashStep, inline
      i++;
    } else if (classAt(text, i) === LETTER) {
      nonAscii = true;
      i += widthAt(text, i);
    } else break;
  }
  return i;
}

function isSentenceEnd(c: number): boolean {
  switch (c) {
    case 46: case 33: case 63: case 58: case 59: case 10: case 34: case 40: case 41: case 91: case 93: case 123: case 125: case 124: case 42: case 35: case 62:
    case 0x201c: case 0x201d: case 0xab: case 0xbb: case 0x2022:
      return true;
    default:
      return false;
  }
}

function shapeOf(w: string): Shape {
  const first = w[0];
  const firstUpper = first !== first.toLowerCase();
  if (!firstUpper) return first !== first.toUpperCase() ? Shape.Lower : Shape.Other;
  if (w.length === 1) return Shape.Initial;
  const rest = w.slice(1);
  if (rest === rest.toUpperCase()) return rest === rest.toLowerCase() ? Shape.Other : Shape.Upper;
  // A plural acronym ("MACs", "IDs", "GPUs") is written like one, not like a name.
  const singular = rest.slice(0, -1);
  if (rest.endsWith('s') && singular === singular.toUpperCase() && singular !== singular.toLowerCase()) return Shape.Upper;
  return Shape.Cap;
}

/** Whether `prev` ends with an abbreviation dot that does not end a sentence ("Dr.", "J.", "St."). */
function abbreviationDot(prev: Token, honorifics: ReadonlySet<string>): boolean {
  return prev.dot && (prev.shape === Shape.Initial || honorifics.has(prev.key) || prev.key === 'st' || prev.key === 'no');
}

/** Whether the underscores from i on are followed by a letter or a digit. */
function underscoresJoin(text: string, i: number): boolean {
  while (text.charCodeAt(i) === 95) i++;
  if (i >= text.length) return false;
  const k = classAt(text, i);
  return k === LETTER || k === NUMBER;
}

/** End of the word starting at i (a letter not preceded by a letter, a number or "_" joined to one), or −1 if none starts there. */
function wordEnd(text: string, i: number): number {
  const n = text.length;
  nonAscii = false;
  wordHyphen = false;
  wordHash = HASH_START;
  let j = letterRunEnd(text, i);
  let lastRun = i;
  let runs = 1;
  for (;;) {
    const s = text.charCodeAt(j);
    if ((s !== 39 && s !== 0x2019 && s !== 45) || j + 1 >= n || classAt(text, j + 1) !== LETTER) break;
    if (s === 0x2019) nonAscii = true;
    else if (s === 45) wordHyphen = true;
    wordHash = Math.imul(wordHash ^ s, 0x01000193); // key-table's hashStep (s is ' or -)
    lastRun = j + 1;
    j = letterRunEnd(text, j + 1);
    runs++;
  }
  wordScanEnd = j;
  const a = text.charCodeAt(j);
  const after = j >= n ? OTHER : a < 128 ? ASCII_CLASS[a] : classAt(text, j);
  if (after !== NUMBER && (after !== UNDERSCORE || !underscoresJoin(text, j))) return j;
  // The regex backtracks: the last run gives up one code point, or a one-letter last run after a hyphen
  // or apostrophe is dropped; a lone one-letter word has no match ("x2").
  const lastWidth = isLow(text.charCodeAt(j - 1)) && j - 2 >= lastRun && isHigh(text.charCodeAt(j - 2)) ? 2 : 1;
  if (j - lastWidth > lastRun) return j - lastWidth;
  return runs > 1 ? lastRun - 1 : -1;
}

/** Where the tokenizer gets keys and kinds: a table for ASCII words, `kindOf` for the rest. */
export interface Vocabulary {
  ascii: KeyTable;
  kindOf(key: string): number;
  /** `fold` with a memory: non-ASCII words repeat too, and folding them is dear. */
  fold(word: string): string;
}

/**
 * The words of `text`. With a `pool`, token objects are taken from it and reused (the tokens are then only
 * valid until the next call with the same pool): chat text has tens of words per record, and allocating
 * an object for each was a good part of the tagger's garbage.
 */
const MAX_POOL = 4096;

/** Characters that join letters and digits into one identifier chunk besides letters, digits and "_". */
const joinsChunk = (c: number) => c === 45 || c === 46 || c === 47 || c === 39 || c === 0x2019;

/** Marks tokens [from, end) of a chunk as parts of an identifier. */
function markIdentifier(out: Token[], from: number) {
  for (let t = from; t < out.length; t++) out[t].inIdentifier = true;
}

// biome-ignore lint/complexity/noExcessiveLinesPerFunction: the tokenizer's single loop over the text keeps its state in locals on the hottest path of the names pass.
export function tokenize(text: string, honorifics: ReadonlySet<string>, vocab?: Vocabulary, pool?: Token[]): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let prev: Token | undefined;
  let prevClass = OTHER;
  // The current identifier chunk: its first token, whether it has a digit, whether a hyphen, an underscore
  // or a letter touching a digit joins it, and whether underscores join two letters.
  let chunkFrom = 0;
  let chunkDigit = false;
  let chunkJoined = false;
  let chunkSnake = false;
  /** The underscores just read follow a letter. */
  let snakeOpen = false;
  /** The underscores just read follow a letter or a digit (a letter after them continues a word). */
  let underscoresJoined = false;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    let cls: number;
    let w = 1;
    if (c < 128) cls = ASCII_CLASS[c];
    else {
      cls = classAt(text, i);
      w = widthAt(text, i);
    }
    if (cls !== LETTER || prevClass === LETTER || prevClass === NUMBER || (prevClass === UNDERSCORE && underscoresJoined)) {
      if (cls === NUMBER) {
        chunkDigit = true;
        if (prevClass === LETTER) chunkJoined = true;
      } else if (cls === LETTER) {
        if (prevClass === NUMBER) chunkJoined = true;
        else if (prevClass === UNDERSCORE && snakeOpen) chunkSnake = true;
      } else if (cls === UNDERSCORE) {
        chunkJoined = true;
        snakeOpen = prevClass === LETTER || (prevClass === UNDERSCORE && snakeOpen);
        underscoresJoined = prevClass === LETTER || prevClass === NUMBER || (prevClass === UNDERSCORE && underscoresJoined);
      } else if (c === 45) {
        chunkJoined = true;
      } else if (!joinsChunk(c)) {
        if ((chunkDigit && chunkJoined) || chunkSnake) markIdentifier(out, chunkFrom);
        chunkFrom = out.length;
        chunkDigit = chunkJoined = chunkSnake = false;
      }
      prevClass = cls;
      i += w;
      continue;
    }
    const matchEnd = wordEnd(text, i);
    if (matchEnd < 0) {
      prevClass = LETTER;
      i += w;
      continue;
    }
    if (wordHyphen) chunkJoined = true;
    const start = i;
    let end = matchEnd;
    let possessive = false;
    if (end - start > 3 && (text.charCodeAt(end - 1) | 32) === 115 && (text.charCodeAt(end - 2) === 39 || text.charCodeAt(end - 2) === 0x2019)) {
      end -= 2;
      possessive = true;
    }
    const gapStart = prev ? prev.end + (prev.possessive ? 2 : 0) : 0;
    let sentStart = !prev;
    if (prev) {
      let ends = false;
      for (let g = gapStart; g < start && !ends; g++) ends = isSentenceEnd(text.charCodeAt(g));
      if (ends) sentStart = !(start - gapStart === 2 && text.charCodeAt(gapStart) === 46 && text.charCodeAt(gapStart + 1) === 32 && abbreviationDot(prev, honorifics));
    }
    let key: string;
    let kind = 0;
    let hash: number;
    if (!nonAscii && vocab) {
      // The key is the word in lower case, so its hash is the word's with case ignored (key-table's).
      if (end === matchEnd && matchEnd === wordScanEnd) hash = wordHash;
      else {
        hash = HASH_START;
        for (let k = start; k < end; k++) hash = hashStep(hash, text.charCodeAt(k));
      }
      const e = vocab.ascii.lookupHashed(text, start, end, hash);
      key = vocab.ascii.key(e);
      kind = vocab.ascii.value(e);
    } else {
      const word = text.slice(start, end);
      key = vocab ? vocab.fold(word) : fold(word);
      if (vocab) kind = vocab.kindOf(key);
      hash = HASH_START;
      for (let k = 0; k < key.length; k++) hash = Math.imul(hash ^ key.charCodeAt(k), 0x01000193);
    }
    const c0 = text.charCodeAt(start);
    const shape = c0 >= 97 && c0 <= 122 ? Shape.Lower : c0 >= 65 && c0 <= 90 && isAsciiCap(text, start, end) ? Shape.Cap : shapeOf(text.slice(start, end));
    const dot = text.charCodeAt(end + (possessive ? 2 : 0)) === 46;
    let tok: Token;
    if (pool && out.length < pool.length) {
      tok = pool[out.length];
      tok.start = start;
      tok.end = end;
      tok.key = key;
      tok.hash = hash;
      tok.kind = kind;
      tok.shape = shape;
      tok.sentStart = sentStart;
      tok.dot = dot;
      tok.possessive = possessive;
      tok.gapStart = gapStart;
      tok.inIdentifier = false;
    } else {
      tok = { start, end, key, hash, kind, shape, sentStart, dot, possessive, gapStart, inIdentifier: false };
      if (pool && pool.length < MAX_POOL) pool.push(tok);
    }
    out.push(tok);
    prev = tok;
    prevClass = LETTER;
    i = matchEnd;
  }
  if ((chunkDigit && chunkJoined) || chunkSnake) markIdentifier(out, chunkFrom);
  return out;
}

/** /^[A-Z][a-z]+$/ on text[start, end) (whose first character is known to be A-Z). */
function isAsciiCap(text: string, start: number, end: number): boolean {
  if (end - start < 2) return false;
  for (let i = start + 1; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

/** The text between token i-1 and token i. */
export function gapBefore(text: string, toks: readonly Token[], i: number): string {
  return text.slice(toks[i].gapStart, toks[i].start);
}
