// Context words: whole-word matches shortly before a finding, or in its JSON key / CSV column.

const WINDOW = 48;
const UNSPACED = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}]/u;
const cache = new WeakMap<readonly string[], RegExp>();

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One case-insensitive, whole-word regex for a list of (possibly multi-word) context phrases. */
export function contextRegExp(words: readonly string[]): RegExp {
  let re = cache.get(words);
  if (!re) {
    // \p{L}\p{N} instead of \b so that "Telefon" or "número" count as words in any script; and a word
    // inside an address or identifier ("mail" in ann@mail.com, "card" in card_id.py) does not count.
    // Scripts written without spaces (Han, kana, Hangul, Thai, …) have no word boundary to check.
    const alts = words.map((w) => {
      const body = escapeRegExp(w.toLowerCase()).replace(/\s+/g, '[\\s_-]+');
      const before = UNSPACED.test(w[0] ?? '') ? '' : '(?<![\\p{L}\\p{N}@._/-])';
      const after = UNSPACED.test(w[w.length - 1] ?? '') ? '' : '(?![\\p{L}\\p{N}@_/-]|\\.[\\p{L}\\p{N}])';
      return before + body + after;
    });
    re = new RegExp(`(?:${alts.join('|')})`, 'iu');
    cache.set(words, re);
  }
  return re;
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

/** The context word found before `start` in `text` or in `key`, if any. */
export function findContext(text: string, start: number, words: readonly string[] | undefined, key?: string): string | undefined {
  if (!words || words.length === 0) return undefined;
  const re = contextRegExp(words);
  const before = text.slice(Math.max(0, start - WINDOW), start);
  const m = re.exec(before) ?? (key ? re.exec(keyWords(key)) : null);
  return m ? m[0].toLowerCase() : undefined;
}

export interface Scored {
  score: number;
  reasons: string[];
}

/** Applies a detector's context words to a candidate's base score. */
export function applyContext(
  d: { contextWords?: readonly string[]; contextBoost?: number },
  text: string,
  c: { start: number; score: number; reasons: string[] },
  key?: string,
): Scored {
  const word = findContext(text, c.start, d.contextWords, key);
  if (!word) return { score: c.score, reasons: c.reasons };
  return { score: Math.min(1, c.score + (d.contextBoost ?? 0.35)), reasons: [...c.reasons, `context word "${word}"`] };
}
