// String and number tokens of one JSON text with their keys, and decoding with an offset map.
// Validity is decided by the native JSON.parse; on valid JSON a left-to-right token regex is exact,
// because no token other than a string contains a quote.
import type { Segment } from './segment';

const TOKEN = /"[^"\\]*(?:\\.[^"\\]*)*"|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/g;
const AFTER_KEY = /\s*:/y;

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

/** Segments of every string value (and keys, optionally), and of numbers whose key asks for it. */
export function jsonSegments(text: string, opts: JsonOptions): Segment[] {
  const out: Segment[] = [];
  let key: string | undefined;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const tok = m[0];
    const start = m.index;
    if (tok.charCodeAt(0) !== 34 /* " */) {
      if (key !== undefined && opts.wantsNumber(key)) out.push({ text: tok, rawStart: start, key, container: 'json-number' });
      continue;
    }
    AFTER_KEY.lastIndex = start + tok.length;
    const isKey = AFTER_KEY.test(text);
    const seg = decodeString(tok, start + 1);
    if (isKey) {
      key = seg.text;
      if (opts.scanKeys) out.push(seg);
    } else {
      seg.key = key;
      out.push(seg);
    }
  }
  return out;
}

/** Decodes a raw JSON string token (with quotes) whose content starts at `rawStart`. */
export function decodeString(token: string, rawStart: number): Segment {
  const raw = token.slice(1, -1);
  if (raw.indexOf('\\') === -1) return { text: raw, rawStart, container: 'json-string' };
  const text = JSON.parse(token) as string;
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

/** Encodes a replacement for the inside of a JSON string. */
export function jsonEscape(s: string): string {
  return JSON.stringify(s).slice(1, -1);
}
