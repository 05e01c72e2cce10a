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
import { PO_BOX_ENDINGS, STREET_PREFIXES, STREET_SUFFIXES, STREET_TYPES } from './address-words';

const CHUNKS_BEFORE = 7;
const CHUNKS_AFTER = 6;
const SLOTS = CHUNKS_BEFORE + 1 + CHUNKS_AFTER;

/** The characters JavaScript's `\s` matches. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || (c > 127 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff));
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/**
 * Characters that a case-insensitive Unicode regex matches in ways `toLowerCase` does not show ("ſ" is "s",
 * "ς" and "σ" are one letter, …). A window with one of them passes every case-insensitive gate.
 */
const ODD_CASE = /[ſςσΣϐϑϕϖϰϱϵιͅᲀ-ᲈẛ]/u;
const FIRST_ODD_CASE = 0x17f;

/** One digit run and the whitespace-separated chunks around it, found as far as the gates ask. */
export class DigitRun {
  /** Chunk k (−CHUNKS_BEFORE … CHUNKS_AFTER) is text[starts[k + CHUNKS_BEFORE], ends[…]). */
  private readonly starts = new Int32Array(SLOTS);
  private readonly ends = new Int32Array(SLOTS);
  /** Chunks found so far: lo … hi (inclusive); `done*` once the text's end was reached. */
  private lo = 0;
  private hi = 0;
  private doneBefore = false;
  private doneAfter = false;
  private oddCaseMemo: boolean | undefined;
  /** Index of the run's first digit. */
  at = 0;

  /** Whether the whole text has a character with unusual case folding anywhere (found when first asked). */
  private textHasOddCase: boolean | undefined;

  constructor(public text: string) {}

  /** Moves to another text (one object serves every text). */
  setText(text: string): this {
    this.text = text;
    this.textHasOddCase = undefined;
    return this;
  }

  /** Moves to the digit run starting at `at` (one object serves all the runs of a text). */
  reset(at: number): this {
    const text = this.text;
    let s = at;
    while (s > 0 && !isSpace(text.charCodeAt(s - 1))) s--;
    let e = at;
    while (e < text.length && !isSpace(text.charCodeAt(e))) e++;
    this.at = at;
    this.starts[CHUNKS_BEFORE] = s;
    this.ends[CHUNKS_BEFORE] = e;
    this.lo = this.hi = 0;
    this.doneBefore = this.doneAfter = false;
    this.oddCaseMemo = undefined;
    return this;
  }

  /** Whether chunk k exists (finding the chunks up to it). */
  has(k: number): boolean {
    const t = this.text;
    while (k < this.lo && !this.doneBefore) {
      let p = this.starts[this.lo + CHUNKS_BEFORE];
      while (p > 0 && isSpace(t.charCodeAt(p - 1))) p--;
      if (p === 0) {
        this.doneBefore = true;
        break;
      }
      const end = p;
      while (p > 0 && !isSpace(t.charCodeAt(p - 1))) p--;
      this.lo--;
      this.starts[this.lo + CHUNKS_BEFORE] = p;
      this.ends[this.lo + CHUNKS_BEFORE] = end;
    }
    while (k > this.hi && !this.doneAfter) {
      let p = this.ends[this.hi + CHUNKS_BEFORE];
      while (p < t.length && isSpace(t.charCodeAt(p))) p++;
      if (p === t.length) {
        this.doneAfter = true;
        break;
      }
      const start = p;
      while (p < t.length && !isSpace(t.charCodeAt(p))) p++;
      this.hi++;
      this.starts[this.hi + CHUNKS_BEFORE] = start;
      this.ends[this.hi + CHUNKS_BEFORE] = p;
    }
    return k >= this.lo && k <= this.hi;
  }

  /** Start of chunk k (call `has(k)` first for k ≠ 0). */
  start(k: number): number {
    return this.starts[k + CHUNKS_BEFORE];
  }

  end(k: number): number {
    return this.ends[k + CHUNKS_BEFORE];
  }

  /** [start, end) of the window: from the first to the last chunk around the run. */
  get windowStart(): number {
    this.has(-CHUNKS_BEFORE);
    return this.start(this.lo);
  }

  get windowEnd(): number {
    this.has(CHUNKS_AFTER);
    return this.end(this.hi);
  }

  /** The window contains a character with unusual case folding (see ODD_CASE). */
  get oddCase(): boolean {
    this.textHasOddCase ??= ODD_CASE.test(this.text);
    if (this.oddCaseMemo === undefined && !this.textHasOddCase) this.oddCaseMemo = false;
    if (this.oddCaseMemo === undefined) {
      const a = this.windowStart;
      const b = this.windowEnd;
      let any = false;
      for (let i = a; i < b && !any; i++) any = this.text.charCodeAt(i) >= FIRST_ODD_CASE;
      this.oddCaseMemo = any && ODD_CASE.test(this.text.slice(a, b));
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
const TYPES_BY_FIRST = byCode(STREET_TYPES);
const PREFIXES_BY_FIRST = byCode(lower(STREET_PREFIXES));
const PREFIXES_EXACT_BY_FIRST = byCode(STREET_PREFIXES);
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

export type Gate = (r: DigitRun) => boolean;

/** "742 Evergreen Terrace": a street type within five chunks after the number. */
export const usStreetGate: Gate = (r) => {
  const t = r.text;
  // (NUM\s+){1,2}(WORD\s+){0,3}?TYPE: the number is a whole chunk, and so is every word before the type.
  if (!isNumChunk(t, r.at, r.end(0))) return false;
  for (let k = 1; k <= 5 && r.has(k); k++) {
    const s = r.start(k);
    const e = r.end(k);
    let i = s;
    while (i < e && isAsciiLetter(t.charCodeAt(i))) i++;
    const list = i - s >= 2 ? TYPES_BY_FIRST.get(lowerAt(t, s)) : undefined;
    if (list) for (const w of list) if (w.length === i - s && matchesAt(t, s, w)) return true;
    if (!isWordChunk(t, s, e) && !(k === 1 && isNumChunk(t, s, e))) break;
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
  for (let k = -5; k <= 0; k++) if (r.has(k) && hasPrefixWord(r.text, r.start(k), r.end(k))) return true;
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
    if (!isCapWordChunk(t, r.start(k), r.end(k))) return false;
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

const shared = new DigitRun('');

/**
 * For each gate, the merged windows [start, end) around the digit runs (runs of ASCII digits, as `\d` sees
 * them) that pass it, in text order.
 */
export function gatedWindows(text: string, gates: readonly Gate[]): [number, number][][] {
  const out: [number, number][][] = gates.map(() => []);
  const r = shared.setText(text);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) continue;
    const at = i;
    while (i + 1 < text.length && text.charCodeAt(i + 1) >= 48 && text.charCodeAt(i + 1) <= 57) i++;
    r.reset(at);
    for (let g = 0; g < gates.length; g++) {
      if (!gates[g](r)) continue;
      const windows = out[g];
      const last = windows[windows.length - 1];
      if (last && r.windowStart <= last[1]) last[1] = Math.max(last[1], r.windowEnd);
      else windows.push([r.windowStart, r.windowEnd]);
    }
  }
  return out;
}
