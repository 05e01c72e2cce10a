// String and number tokens of one JSON text with their keys, and decoding with an offset map.
// Validity is decided by the native JSON.parse; on valid JSON a left-to-right walk is exact.
import type { Segment } from './segment';

export interface JsonOptions {
  scanKeys: boolean;
  /** Whether a number under this key is worth scanning (decided by the detectors' numberKeys). */
  wantsNumber: (key: string) => boolean;
}

export function isValidJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Segments of every string value (and keys, optionally), and of numbers whose key asks for it. `text` must
 * be valid JSON (isValidJson): then a left-to-right walk is exact, since no token but a string holds a quote
 * and every number starts with "-" or a digit outside strings. (A walk over character codes rather than a
 * token regex: it makes no match object per token, a good part of the garbage of a large scan.)
 */
export function jsonSegments(text: string, opts: JsonOptions): Segment[] {
  const out: Segment[] = [];
  const n = text.length;
  let key: string | undefined;
  for (let i = 0; i < n; ) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      const close = closingQuote(text, i + 1);
      let k = close + 1;
      while (k < n && isJsonSpace(text.charCodeAt(k))) k++;
      const seg = decodeRaw(text.slice(i + 1, close), i + 1);
      if (text.charCodeAt(k) === 58 /* : */) {
        key = seg.text;
        if (opts.scanKeys) out.push(seg);
      } else {
        seg.key = key;
        out.push(seg);
      }
      i = close + 1;
    } else if (c === 45 /* - */ || (c >= 48 && c <= 57)) {
      let j = i + 1;
      while (j < n && isNumberChar(text.charCodeAt(j))) j++;
      if (key !== undefined && opts.wantsNumber(key)) out.push({ text: text.slice(i, j), rawStart: i, key, container: 'json-number' });
      i = j;
    } else i++;
  }
  return out;
}

/** Index of the quote that closes a string whose content starts at `from` (one not escaped by a backslash). */
function closingQuote(text: string, from: number): number {
  for (let q = text.indexOf('"', from); ; q = text.indexOf('"', q + 1)) {
    let b = q - 1;
    while (text.charCodeAt(b) === 92 /* \ */) b--;
    if ((q - 1 - b) % 2 === 0) return q;
  }
}

const isJsonSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9;
/** Digits, ".", "e", "E", "+" and "-": what a JSON number is made of. */
const isNumberChar = (c: number) => (c >= 48 && c <= 57) || c === 46 || c === 101 || c === 69 || c === 43 || c === 45;

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
