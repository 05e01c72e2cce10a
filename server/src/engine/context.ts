// Context words: whole-word matches shortly before a finding, or in its JSON key / CSV column; and labels
// right after it on its line, for detectors that name some (contact blocks write "… fax").
import { escapeRegExp } from './regexp';

const WINDOW = 48;
const UNSPACED = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}]/u;
const cache = new WeakMap<readonly string[], Compiled>();

interface Compiled {
  /** Whole-word match anywhere (for keys). */
  re: RegExp;
  /** Where a word may start (the look-behind only), global: found once per text. */
  starts: RegExp;
  /** A whole word exactly at the start of the text given (sticky; the look-ahead only). */
  at: RegExp;
}

function compile(words: readonly string[]): Compiled {
  let c = cache.get(words);
  if (!c) {
    // \p{L}\p{N} instead of \b so that "Telefon" or "número" count as words in any script; and a word
    // inside an address or identifier ("mail" in ann@mail.com, "card" in card_id.py) does not count.
    // Scripts written without spaces (Han, kana, Hangul, Thai, …) have no word boundary to check.
    const body = (w: string) => escapeRegExp(w.toLowerCase()).replace(/\s+/g, '[\\s_-]+');
    const BEFORE = '(?<![\\p{L}\\p{N}@._/-])';
    const AFTER = '(?![\\p{L}\\p{N}@_/-]|\\.[\\p{L}\\p{N}])';
    // Words grouped by which boundaries they check, so each boundary appears once per group (a regex
    // with a look-around per word is slow to compile for the long multilingual lists).
    const groups = (withBefore: boolean, withAfter: boolean) => {
      const out: string[] = [];
      for (const b of [true, false])
        for (const a of [true, false]) {
          const ws = words.filter((w) => !UNSPACED.test(w[0] ?? '') === b && !UNSPACED.test(w[w.length - 1] ?? '') === a);
          if (ws.length) out.push(`${withBefore && b ? BEFORE : ''}(?:${ws.map(body).join('|')})${withAfter && a ? AFTER : ''}`);
        }
      return out.join('|');
    };
    c = {
      re: new RegExp(groups(true, true), 'iu'),
      starts: new RegExp(groups(true, false), 'giu'),
      at: new RegExp(`(?:${groups(false, true)})`, 'iuy'),
    };
    cache.set(words, c);
  }
  return c;
}

/** One case-insensitive, whole-word regex for a list of (possibly multi-word) context phrases. */
export function contextRegExp(words: readonly string[]): RegExp {
  return compile(words).re;
}

const keyWordsMemo = new Map<string, string>();

/** Splits a key such as "customerPhone_number" into "customer phone number". */
export function keyWords(key: string): string {
  let w = keyWordsMemo.get(key);
  if (w === undefined) {
    w = key.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[_\-.]+/g, ' ').toLowerCase();
    if (keyWordsMemo.size > 10_000) keyWordsMemo.clear();
    keyWordsMemo.set(key, w);
  }
  return w;
}

/** The context word found in the WINDOW characters before `start` in `text`, or in `key`, if any. */
export function findContext(text: string, start: number, words: readonly string[] | undefined, key?: string): string | undefined {
  if (!words || words.length === 0) return undefined;
  const c = compile(words);
  // Only the window is searched (with one character before it, which the look-behind reads): findings
  // are few and far between, and a whole-text search per text cost more than these windows.
  const lo = Math.max(0, start - WINDOW - 1);
  const window = text.slice(lo, start);
  c.starts.lastIndex = 0;
  for (let m = c.starts.exec(window); m; m = c.starts.exec(window)) {
    c.starts.lastIndex = m.index + 1; // every start, also one inside a longer match
    if (lo + m.index < start - WINDOW) continue;
    // The text is cut at `start`, so a word that ends right before the finding counts.
    c.at.lastIndex = 0;
    const w = c.at.exec(window.slice(m.index));
    if (w) return w[0].toLowerCase();
  }
  const m = key ? c.re.exec(keyWords(key)) : null;
  return m ? m[0].toLowerCase() : undefined;
}

// A label after a value sits on its line, right behind it, and ends the entry: "+46 8 928 571 38 fax",
// "082 490 1693-Office", "0412 345 678 (mobile)", "… | cell,". A word farther away, past a line break or
// going on into a sentence ("123 4567 fax to us") says nothing about the value.
const LABEL_LEAD = /^[ \t]*(?:[-–—:|/([][ \t]*)?/;
const LABEL_END = /^[ \t]*(?:$|[\r\n,;.)\]|/•·])/;
const AFTER_WINDOW = 32;

/** The label word (one of `words`) right behind `end`, ending its line or entry, if any. */
export function findContextAfter(text: string, end: number, words: readonly string[] | undefined): string | undefined {
  if (!words || words.length === 0 || end >= text.length) return undefined;
  const rest = text.slice(end, end + AFTER_WINDOW);
  const lead = LABEL_LEAD.exec(rest)![0];
  if (lead.length === 0) return undefined;
  const c = compile(words);
  c.at.lastIndex = 0;
  const w = c.at.exec(rest.slice(lead.length));
  if (!w) return undefined;
  // Read from the whole text: a longer word cut by the window ("cell|phone") does not end there.
  const after = end + lead.length + w[0].length;
  return LABEL_END.test(text.slice(after, after + 8)) ? w[0].toLowerCase() : undefined;
}

export interface Scored {
  score: number;
  reasons: string[];
}

/**
 * Applies a detector's context words to a candidate's base score: a word before it (or its key), else one
 * of its labels right after it (`contextAfter`, when the candidate's `end` is given).
 */
export function applyContext(
  d: { contextWords?: readonly string[]; contextAfter?: readonly string[]; contextBoost?: number },
  text: string,
  c: { start: number; end?: number; score: number; reasons: string[] },
  key?: string,
): Scored {
  const word = findContext(text, c.start, d.contextWords, key);
  const label = word || c.end === undefined ? undefined : findContextAfter(text, c.end, d.contextAfter);
  if (!word && !label) return { score: c.score, reasons: c.reasons };
  const reason = word ? `context word "${word}"` : `label "${label}" after it`;
  return { score: Math.min(1, c.score + (d.contextBoost ?? 0.35)), reasons: [...c.reasons, reason] };
}
