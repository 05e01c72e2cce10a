// String and number tokens of one JSON text with their keys, and decoding with an offset map.
import type { Segment } from './segment';

export interface JsonOptions {
  scanKeys: boolean;
  /** Whether a number under this key is worth scanning (decided by the detectors' numberKeys). */
  wantsNumber: (key: string) => boolean;
}

const enum Expect {
  Value,
  /** After "[". */
  ValueOrClose,
  /** After "{". */
  KeyOrClose,
  /** After "," in an object. */
  Key,
  Colon,
  CommaOrClose,
}

const OBJECT = 1;
const ARRAY = 2;
const NUMBER_AT = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const CONTROL = /[\u0000-\u001f]/;

/**
 * Segments of every string value (and keys, optionally), and of numbers whose key asks for it; undefined
 * when `text` is not valid JSON (what JSON.parse rejects). One walk over the tokens checks the grammar as
 * it collects them: validating with JSON.parse first built every value only to throw it away, which was
 * most of the cost of a short JSONL line. A string's characters are checked by a regex (no control
 * characters) or, when it has escapes, by the JSON.parse that decodes it.
 */
export function jsonSegments(text: string, opts: JsonOptions): Segment[] | undefined {
  const out: Segment[] = [];
  const n = text.length;
  const stack: number[] = [];
  let expect = Expect.Value;
  let done = false;
  let key: string | undefined;
  // A text without control characters has none in its strings: one test for the whole line, most often.
  const controls = CONTROL.test(text);
  for (let i = 0; ; ) {
    while (i < n && isJsonSpace(text.charCodeAt(i))) i++;
    if (i === n) return done ? out : undefined;
    if (done) return undefined;
    const c = text.charCodeAt(i);
    let value = false;
    if (c === 34 /* " */) {
      if (expect === Expect.Colon || expect === Expect.CommaOrClose) return undefined;
      const close = closingQuote(text, i + 1);
      if (close < 0) return undefined;
      const raw = text.slice(i + 1, close);
      let seg: Segment;
      try {
        seg = decodeRaw(raw, i + 1);
      } catch {
        return undefined; // an escape JSON.parse rejects, or a control character beside one
      }
      // A string with escapes was checked by the JSON.parse that decoded it; one without, here.
      if (!seg.map && controls && CONTROL.test(raw)) return undefined;
      i = close + 1;
      if (expect === Expect.KeyOrClose || expect === Expect.Key) {
        key = seg.text;
        if (opts.scanKeys) out.push(seg);
        expect = Expect.Colon;
        continue;
      }
      seg.key = key;
      out.push(seg);
      value = true;
    } else if (c === 45 /* - */ || (c >= 48 && c <= 57)) {
      if (expect !== Expect.Value && expect !== Expect.ValueOrClose) return undefined;
      NUMBER_AT.lastIndex = i;
      if (!NUMBER_AT.test(text)) return undefined;
      const j = NUMBER_AT.lastIndex;
      if (key !== undefined && opts.wantsNumber(key)) out.push({ text: text.slice(i, j), rawStart: i, key, container: 'json-number' });
      i = j;
      value = true;
    } else if (c === 123 /* { */ || c === 91 /* [ */) {
      if (expect !== Expect.Value && expect !== Expect.ValueOrClose) return undefined;
      stack.push(c === 123 ? OBJECT : ARRAY);
      expect = c === 123 ? Expect.KeyOrClose : Expect.ValueOrClose;
      i++;
      continue;
    } else if (c === 125 /* } */ || c === 93 /* ] */) {
      const top = stack[stack.length - 1];
      const empty = c === 125 ? expect === Expect.KeyOrClose : expect === Expect.ValueOrClose;
      if (top !== (c === 125 ? OBJECT : ARRAY) || !(empty || expect === Expect.CommaOrClose)) return undefined;
      stack.pop();
      i++;
      value = true;
    } else if (c === 44 /* , */) {
      if (expect !== Expect.CommaOrClose) return undefined;
      expect = stack[stack.length - 1] === OBJECT ? Expect.Key : Expect.Value;
      i++;
      continue;
    } else if (c === 58 /* : */) {
      if (expect !== Expect.Colon) return undefined;
      expect = Expect.Value;
      i++;
      continue;
    } else {
      const literal = c === 116 /* t */ ? 'true' : c === 102 /* f */ ? 'false' : c === 110 /* n */ ? 'null' : undefined;
      if (!literal || (expect !== Expect.Value && expect !== Expect.ValueOrClose) || !text.startsWith(literal, i)) return undefined;
      i += literal.length;
      value = true;
    }
    if (value) {
      if (stack.length === 0) done = true;
      else expect = Expect.CommaOrClose;
    }
  }
}

/** Index of the quote that closes a string whose content starts at `from` (one not escaped by a backslash), or -1. */
function closingQuote(text: string, from: number): number {
  for (let q = text.indexOf('"', from); q !== -1; q = text.indexOf('"', q + 1)) {
    let b = q - 1;
    while (text.charCodeAt(b) === 92 /* \ */) b--;
    if ((q - 1 - b) % 2 === 0) return q;
  }
  return -1;
}

const isJsonSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9;

/** Decodes the inside of a JSON string (without its quotes) that starts at `rawStart`. */
export function decodeRaw(raw: string, rawStart: number): Segment {
  if (raw.indexOf('\\') === -1) return { text: raw, rawStart, container: 'json-string' };
  const text = JSON.parse(`"${raw}"`) as string;
  const map = new Int32Array(text.length + 1);
  let r = 0;
  for (let d = 0; d < text.length; d++) {
    map[d] = r;
    if (raw.charCodeAt(r) !== 92 /* \ */) r += 1;
    else r += raw.charCodeAt(r + 1) === 117 /* u */ ? 6 : 2;
  }
  map[text.length] = r;
  return { text, rawStart, map, container: 'json-string' };
}

/** The inside of a JSON string decoded, or `raw` itself when it cannot be decoded (a cut escape). */
export function decodeJsonString(raw: string): string {
  if (raw.indexOf('\\') === -1) return raw;
  try {
    return JSON.parse(`"${raw}"`) as string;
  } catch {
    return raw;
  }
}

/** Encodes a replacement for the inside of a JSON string. */
export function jsonEscape(s: string): string {
  return JSON.stringify(s).slice(1, -1);
}
