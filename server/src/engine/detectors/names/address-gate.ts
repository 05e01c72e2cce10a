// Cheap necessary conditions for the address patterns that contain a number. Most digits in chat text
// ("batch size 32", "v2.1") are not in addresses, and running nine street regexes over every such text was
// the address finder's whole cost. Instead, for each digit run the few whitespace-separated chunks around it
// are looked up in the street vocabularies (a "gate" per pattern), and a pattern's regex runs only on the
// windows around the digit runs whose gate passed.
//
// Why this finds exactly what a whole-text run finds: every match of these patterns contains a digit run
// (its "anchor") and spans at most CHUNKS_BEFORE chunks before and CHUNKS_AFTER chunks after the anchor's
// chunk; a gate only rejects an anchor that no match can have; and a window starts and ends next to
// whitespace (or the text's ends), so the patterns' look-arounds see the same there as in the whole text.
// `findAddresses(text, { exhaustive: true })` runs the patterns on the whole text, for tests comparing both.
import { NUMBERED_PREFIXES, PO_BOX_ENDINGS, STREET_PREFIXES, STREET_SUFFIXES, US_STREET_TYPES } from './address-words';
import { countBelow } from '../../sorted';

const CHUNKS_BEFORE = 7;
const CHUNKS_AFTER = 6;

const SPACE = 1;
const DIGIT = 2;
/** For ASCII codes: SPACE (what `\s` matches), DIGIT, or 0 (a table, not range tests: chunking reads every character). */
const ASCII_KIND = new Uint8Array(128).map((_, c) => (c === 32 || (c >= 9 && c <= 13) ? SPACE : c >= 48 && c <= 57 ? DIGIT : 0));

/** The characters JavaScript's `\s` matches. */
function isSpace(c: number): boolean {
  return c < 128 ? ASCII_KIND[c] === SPACE : c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/**
 * Characters that a case-insensitive Unicode regex matches in ways `toLowerCase` does not show ("ſ" is "s",
 * "ς" and "σ" are one letter, …). A window with one of them passes every case-insensitive gate.
 */
// U+0345 (the combining ypogegrammeni, which folds to ι) stands apart from the class: a combining mark in one reads as part of the letter before it.
const ODD_CASE = /[ſςσΣϐϑϕϖϰϱϵιᲀ-ᲈẛ]|\u0345/u;

/**
 * One digit run and the whitespace-separated chunks around it. The chunks of the whole text are found once
 * per text (not per digit run: a long text without spaces and with many numbers made that quadratic).
 */
export class DigitRun {
  text = '';
  /** Chunk i is text[starts[i], ends[i]). */
  private starts = new Int32Array(256);
  private ends = new Int32Array(256);
  private count = 0;
  /** Chunk index of the current run's digits. */
  private index = 0;
  /** Per chunk: 0 not yet known, 1 true, 2 false (a chunk is asked about for every number near it). */
  private memo = new Int8Array(3 * 256);
  /** Positions of characters with unusual case folding (see ODD_CASE), found when first asked. */
  private odd: number[] | undefined;
  /** Whether the text has a character from U+017F on (every ODD_CASE character is). */
  private high = false;
  /** Chunks with a digit, in order (their count in `digitCount`): only they hold digit runs. */
  digitChunks = new Int32Array(64);
  digitCount = 0;
  private oddCaseMemo: boolean | undefined;
  /** Index of the run's first digit. */
  at = 0;

  /** Moves to another text (one object serves every text). */
  setText(text: string): this {
    this.text = text;
    this.odd = undefined;
    this.index = 0;
    let n = 0;
    let high = false;
    let digits = 0;
    for (let i = 0; i < text.length; ) {
      while (i < text.length && isSpace(text.charCodeAt(i))) i++;
      if (i === text.length) break;
      if (n === this.starts.length) {
        const starts = new Int32Array(n * 2);
        const ends = new Int32Array(n * 2);
        starts.set(this.starts);
        ends.set(this.ends);
        this.starts = starts;
        this.ends = ends;
      }
      this.starts[n] = i;
      let digit = false;
      for (; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c < 128) {
          const kind = ASCII_KIND[c];
          if (kind === SPACE) break;
          if (kind === DIGIT) digit = true;
        } else if (isSpace(c)) break;
        else if (c >= 0x17f) high = true;
      }
      if (digit) {
        if (digits === this.digitChunks.length) {
          const more = new Int32Array(digits * 2);
          more.set(this.digitChunks);
          this.digitChunks = more;
        }
        this.digitChunks[digits++] = n;
      }
      this.ends[n++] = i;
    }
    this.count = n;
    this.high = high;
    this.digitCount = digits;
    if (this.memo.length < 3 * n) this.memo = new Int8Array(3 * this.starts.length);
    else this.memo.fill(0, 0, 3 * n);
    return this;
  }

  /** `test` of chunk k (text, start, end), remembered per chunk under `slot` (0, 1 or 2). */
  chunkIs(k: number, slot: number, test: (text: string, start: number, end: number) => boolean): boolean {
    const i = 3 * (this.index + k) + slot;
    if (this.memo[i] === 0) this.memo[i] = test(this.text, this.start(k), this.end(k)) ? 1 : 2;
    return this.memo[i] === 1;
  }

  /** Start of chunk i of the text (absolute, unlike `start`). */
  chunkStart(i: number): number {
    return this.starts[i];
  }

  chunkEnd(i: number): number {
    return this.ends[i];
  }

  /** Moves to the digit run starting at `at`; runs must come in text order. */
  reset(at: number): this {
    while (this.ends[this.index] <= at) this.index++;
    this.at = at;
    this.oddCaseMemo = undefined;
    return this;
  }

  /** Whether chunk k (relative to the run's chunk, −CHUNKS_BEFORE … CHUNKS_AFTER) exists. */
  has(k: number): boolean {
    const i = this.index + k;
    return i >= 0 && i < this.count;
  }

  /** Start of chunk k (when `has(k)`). */
  start(k: number): number {
    return this.starts[this.index + k];
  }

  end(k: number): number {
    return this.ends[this.index + k];
  }

  /** [start, end) of the window: from CHUNKS_BEFORE chunks before the run's chunk to CHUNKS_AFTER after it. */
  get windowStart(): number {
    return this.starts[Math.max(0, this.index - CHUNKS_BEFORE)];
  }

  get windowEnd(): number {
    return this.ends[Math.min(this.count - 1, this.index + CHUNKS_AFTER)];
  }

  /** The window contains a character with unusual case folding (see ODD_CASE). */
  get oddCase(): boolean {
    if (this.oddCaseMemo === undefined) {
      if (!this.high) return (this.oddCaseMemo = false);
      if (!this.odd) {
        this.odd = [];
        const re = new RegExp(ODD_CASE.source, 'gu');
        for (let m = re.exec(this.text); m; m = re.exec(this.text)) this.odd.push(m.index);
      }
      const first = countBelow(this.odd, this.windowStart);
      this.oddCaseMemo = first < this.odd.length && this.odd[first] < this.windowEnd;
    }
    return this.oddCaseMemo;
  }
}

/** Lower case of the code unit at i (a unit whose lower case is longer than one unit stays as it is). */
const LOWER = new Uint16Array(0x10000);

function lowerAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  if (!LOWER[c]) {
    const l = String.fromCharCode(c).toLowerCase();
    LOWER[c] = l.length === 1 ? l.charCodeAt(0) : c;
  }
  return LOWER[c];
}

/** Whether text at i starts with the lower-case `word`, ignoring case. */
function matchesAt(text: string, i: number, word: string): boolean {
  if (i < 0 || i + word.length > text.length) return false;
  for (let k = 0; k < word.length; k++) if (lowerAt(text, i + k) !== word.charCodeAt(k)) return false;
  return true;
}

/** Words by the code of their first (or last) character: an array for ASCII codes, a map for the rest. */
class ByCode {
  private readonly ascii: (string[] | undefined)[] = new Array(128).fill(undefined);
  private readonly other = new Map<number, string[]>();

  constructor(list: readonly string[], last = false) {
    for (const w of list) {
      const c = w.charCodeAt(last ? w.length - 1 : 0);
      if (c < 128) (this.ascii[c] ??= []).push(w);
      else this.other.set(c, [...(this.other.get(c) ?? []), w]);
    }
  }

  get(c: number): string[] | undefined {
    return c < 128 ? this.ascii[c] : this.other.get(c);
  }
}

const byCode = (list: readonly string[], last = false) => new ByCode(list, last);

/** Whether text[start, end) ends with one of the words (lower case, by last character), ignoring case. */
function endsWithAny(text: string, start: number, end: number, byLast: ByCode): boolean {
  if (end <= start) return false;
  const list = byLast.get(lowerAt(text, end - 1));
  if (!list) return false;
  for (const w of list) if (end - w.length >= start && matchesAt(text, end - w.length, w)) return true;
  return false;
}

const lower = (list: readonly string[]) => list.map((w) => w.toLowerCase());
const TYPES_BY_FIRST = byCode(US_STREET_TYPES);
const PREFIXES_BY_FIRST = byCode(lower(STREET_PREFIXES));
const PREFIXES_EXACT_BY_FIRST = byCode(NUMBERED_PREFIXES);
const SUFFIXES_BY_LAST = byCode(lower(STREET_SUFFIXES), true);
const PO_BOX_BY_LAST = byCode(PO_BOX_ENDINGS, true);
const MILITARY_POST_BY_LAST = byCode(['apo', 'fpo', 'dpo'], true);

function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** Whether a street prefix word ("rue", "ul.", "via") starts in text[start, end) after a non-alphanumeric. */
function hasPrefixWord(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    if (i > start && isAsciiAlnum(text.charCodeAt(i - 1))) continue;
    const list = PREFIXES_BY_FIRST.get(lowerAt(text, i));
    if (list) for (const w of list) if (matchesAt(text, i, w)) return true;
  }
  return false;
}

/** Whether chunk k is exactly `word` (lower case), ignoring case. */
function chunkIs(r: DigitRun, k: number, word: string): boolean {
  return r.has(k) && r.end(k) - r.start(k) === word.length && matchesAt(r.text, r.start(k), word);
}

const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;
const UPPER = /^\p{Lu}$/u;

function isLetterOrMark(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return isAsciiLetter(c);
  return LETTER_OR_MARK.test(String.fromCodePoint(text.codePointAt(i)!));
}

/** Width of the code point at i. */
const width = (text: string, i: number) => (text.codePointAt(i)! > 0xffff ? 2 : 1);

/** The rest of a WORD: [\p{L}\p{M}'’.\-]* up to `end`. */
function isWordRest(text: string, i: number, end: number): boolean {
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === 39 || c === 0x2019 || c === 46 || c === 45 || isLetterOrMark(text, i)) i += c < 128 ? 1 : width(text, i);
    else return false;
  }
  return true;
}

/** text[start, end) is a whole WORD: [\p{L}\p{M}][\p{L}\p{M}'’.\-]* */
function isWordChunk(text: string, start: number, end: number): boolean {
  return start < end && isLetterOrMark(text, start) && isWordRest(text, start + width(text, start), end);
}

/** text[start, end) is a whole CAP_WORD: [\p{Lu}][\p{L}\p{M}'’.\-]* */
function isCapWordChunk(text: string, start: number, end: number): boolean {
  if (start >= end) return false;
  const c = text.charCodeAt(start);
  const upper = c < 128 ? c >= 65 && c <= 90 : UPPER.test(String.fromCodePoint(text.codePointAt(start)!));
  return upper && isWordRest(text, start + width(text, start), end);
}

const isDigit = (c: number) => c >= 48 && c <= 57;
/** [A-Za-z] to a case-insensitive Unicode regex: also "ſ" and the Kelvin sign. */
const isNumLetter = (c: number) => isAsciiLetter(c) || c === 0x17f || c === 0x212a;

/** text[start, end) is a whole NUM: \d{1,6}[A-Za-z]?(?:[-/]\d{1,5}[A-Za-z]?)? */
function isNumChunk(text: string, start: number, end: number): boolean {
  let i = start;
  while (i < end && isDigit(text.charCodeAt(i))) i++;
  if (i - start < 1 || i - start > 6) return false;
  if (i < end && isNumLetter(text.charCodeAt(i))) i++;
  if (i < end && (text.charCodeAt(i) === 45 || text.charCodeAt(i) === 47)) {
    const d = ++i;
    while (i < end && isDigit(text.charCodeAt(i))) i++;
    if (i - d < 1 || i - d > 5) return false;
    if (i < end && isNumLetter(text.charCodeAt(i))) i++;
  }
  return i === end;
}

/** text[start, end) is a whole numbered-street word: \d{1,4}(?:st|nd|rd|th), any case. */
function isOrdinalChunk(text: string, start: number, end: number): boolean {
  let i = start;
  while (i < end && isDigit(text.charCodeAt(i))) i++;
  return i > start && i - start <= 4 && end - i === 2 && /^(?:st|nd|rd|th)$/i.test(text.slice(i, end));
}

export type Gate = (r: DigitRun) => boolean;

const WORD_SLOT = 0;
const CAP_WORD_SLOT = 1;
const PREFIX_SLOT = 2;

/** "742 Evergreen Terrace", "300 W 34th St": a street type within five chunks after the number. */
export const usStreetGate: Gate = (r) => {
  const t = r.text;
  // (NUM\s+){1,2}(WORD\s+){0,3}?TYPE: the number is a whole chunk, and so is every word (or ordinal) before the type.
  if (!isNumChunk(t, r.at, r.end(0))) return false;
  for (let k = 1; k <= 5 && r.has(k); k++) {
    const s = r.start(k);
    const e = r.end(k);
    let i = s;
    while (i < e && isAsciiLetter(t.charCodeAt(i))) i++;
    const list = i - s >= 2 ? TYPES_BY_FIRST.get(lowerAt(t, s)) : undefined;
    if (list) for (const w of list) if (w.length === i - s && matchesAt(t, s, w)) return true;
    if (!r.chunkIs(k, WORD_SLOT, isWordChunk) && !(k === 1 && isNumChunk(t, s, e)) && !isOrdinalChunk(t, s, e)) break;
  }
  return r.oddCase;
};

/** "8 rue des Lilas": a street prefix word (as written) one or two chunks after the number. */
export const numberedPrefixGate: Gate = (r) => {
  for (let k = 1; k <= 2 && r.has(k); k++) {
    const s = r.start(k);
    const len = r.end(k) - s;
    const list = PREFIXES_EXACT_BY_FIRST.get(r.text.charCodeAt(s));
    if (list) for (const w of list) if (w.length === len && r.text.startsWith(w, s)) return true;
  }
  return false;
};

/** "Via Garibaldi 33", "ul.Kwiatowa 15": a street prefix word in the five chunks before the number, or its own. */
export const prefixStreetGate: Gate = (r) => {
  for (let k = -5; k <= 0; k++) if (r.has(k) && r.chunkIs(k, PREFIX_SLOT, hasPrefixWord)) return true;
  return r.oddCase;
};

/** "Lindenstraße 12a", "Kálmán Imre u. 12": a chunk ending in a street suffix right before the number. */
export const suffixStreetGate: Gate = (r) => {
  if (r.at !== r.start(0) || !r.has(-1)) return false;
  if (endsWithAny(r.text, r.start(-1), r.end(-1), SUFFIXES_BY_LAST)) return true;
  if (chunkIs(r, -1, 'u.') && r.has(-2) && endsWithAny(r.text, r.start(-2), r.end(-2), SUFFIXES_BY_LAST)) return true;
  return r.oddCase;
};

/** "20789 Allika 46": two to six digits, a capitalised chunk, and a number within three more chunks. */
export const numberedNameGate: Gate = (r) => {
  const t = r.text;
  let i = r.at;
  while (i < t.length && t.charCodeAt(i) >= 48 && t.charCodeAt(i) <= 57) i++;
  if (i - r.at < 2 || i - r.at > 6 || i !== r.end(0) || !r.has(1)) return false;
  // \d{2,6}\s+(CAP_WORD\s+){1,3}HOUSE: whole capitalised chunks, then a chunk starting with a digit.
  for (let k = 1; k <= 4 && r.has(k); k++) {
    const d = t.charCodeAt(r.start(k));
    if (k > 1 && d >= 48 && d <= 57) return true;
    if (!r.chunkIs(k, CAP_WORD_SLOT, isCapWordChunk)) return false;
  }
  return false;
};

/** "Kálmán Imre u. 12": "u." right before the number. */
export const hungarianStreetGate: Gate = (r) => r.at === r.start(0) && r.has(-1) && r.end(-1) - r.start(-1) === 2 && r.text.startsWith('u.', r.start(-1));

/** "P.O. Box 12", "Postfach 3": a box word right before the number. */
export const poBoxGate: Gate = (r) => {
  const found = r.at > r.start(0) ? endsWithAny(r.text, r.start(0), r.at, PO_BOX_BY_LAST) : r.has(-1) && endsWithAny(r.text, r.start(-1), r.end(-1), PO_BOX_BY_LAST);
  return found || r.oddCase;
};

/** "… APO AE 09876": APO/FPO/DPO and a region code right before a five-digit number. */
export const militaryGate: Gate = (r) =>
  r.at === r.start(0) &&
  (chunkIs(r, -1, 'aa') || chunkIs(r, -1, 'ae') || chunkIs(r, -1, 'ap')) &&
  r.has(-2) &&
  endsWithAny(r.text, r.start(-2), r.end(-2), MILITARY_POST_BY_LAST);

const shared = new DigitRun();
/** The windows of a gate no digit run passed (shared, never added to: most gates pass none). */
const NONE: [number, number][] = [];

/**
 * For each gate, the merged windows [start, end) around the digit runs (runs of ASCII digits, as `\d` sees
 * them) that pass it, in text order.
 */
export function gatedWindows(text: string, gates: readonly Gate[]): [number, number][][] {
  const out: [number, number][][] = new Array(gates.length).fill(NONE);
  const r = shared.setText(text);
  for (let d = 0; d < r.digitCount; d++) {
    const chunk = r.digitChunks[d];
    for (let i = r.chunkStart(chunk), end = r.chunkEnd(chunk); i < end; i++) {
      const c = text.charCodeAt(i);
      if (c < 48 || c > 57) continue;
      const at = i;
      while (i + 1 < end && text.charCodeAt(i + 1) >= 48 && text.charCodeAt(i + 1) <= 57) i++;
      r.reset(at);
      for (let g = 0; g < gates.length; g++) {
        if (!gates[g](r)) continue;
        const windows = out[g] === NONE ? (out[g] = []) : out[g];
        const last = windows[windows.length - 1];
        if (last && r.windowStart <= last[1]) last[1] = Math.max(last[1], r.windowEnd);
        else windows.push([r.windowStart, r.windowEnd]);
      }
    }
  }
  return out;
}
