import type { Detector } from '../../types';

// The number is the span (Presidio's convention): "79 year old", "aged 34", "age: 34", "31 y/o", "turned 60".
const AFTER_NUMBER = /^[\s-]*(?:years?|yrs?|y)[\s-]*(?:\.|of\s+)?[\s-]*(?:old|of\s+age)\b|^\s*(?:y\/o|yo|y\.o\.)(?![\p{L}])|^[\s-]*(?:year|yr)[\s-]*old\b|^\s*(?:years?|yrs?)\s+of\s+age\b/iu;
const BEFORE_NUMBER = /(?:\baged?\s*(?::|=|is|of)?|\bturn(?:ed|s|ing)?|\bi'?m(?:\s+now)?|\bi\s+am(?:\s+now)?|\b(?:he|she|they)\s+(?:is|was|were)|\bwhen\s+(?:he|she|i|they)\s+(?:was|were)|\bat\s+the\s+age\s+of|\bedad\s*:?|\balter\s*:?|\bâge\s*:?)\s*$/iu;
const NUMBER = /(?<![\p{L}\p{N}.,:/-])\d{1,3}(?![\p{N}]|[.,]\d|\s*(?:%|kg|cm|km|lbs?|\$|€|£|am\b|pm\b|h\b|min))/gu;
/**
 * The last words BEFORE_NUMBER can end with; a cheap test first, since most numbers follow none of them.
 * Non-ASCII endings are let through ("iſ" is "is" to the case-insensitive regexes).
 */
const CUE_ENDINGS = new Set(['age', 'aged', 'is', 'of', 'turn', 'turned', 'turns', 'turning', 'im', 'm', 'now', 'am', 'was', 'were', 'edad', 'alter']);

const SPACE = /\s/;
const isAsciiLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

function mayFollowCue(before: string): boolean {
  let e = before.length;
  while (e > 0 && SPACE.test(before[e - 1])) e--;
  const last = before.charCodeAt(e - 1);
  if (last === 58 || last === 61) return true; // ":" "="
  let s = e;
  while (s > 0 && isAsciiLetter(before.charCodeAt(s - 1))) s--;
  if (s > 0 && before.charCodeAt(s - 1) > 127) return true;
  return CUE_ENDINGS.has(before.slice(s, e).toLowerCase());
}

const STRONG_BEFORE = /(?:\baged?\s*(?::|=|is|of)?|\bat\s+the\s+age\s+of|\bedad\s*:?|\balter\s*:?|\bâge\s*:?)\s*$/iu;

export const age: Detector = {
  id: 'pii/age',
  entity: 'AGE',
  label: 'Age',
  description: 'A person\'s age with context: "79 year old", "aged 34", "age: 34", "31 y/o", "just turned 60".',
  tags: ['free-text'],
  defaultSeverity: 'information',
  contextWords: ['age', 'aged', 'years old', 'year old', 'y/o'],
  contextBoost: 0.35,
  numberKeys: ['age'],
  trigger: /\d/,
  *detect(text) {
    for (const m of text.matchAll(NUMBER)) {
      const n = Number(m[0]);
      if (n > 125) continue;
      const end = m.index + m[0].length;
      const after = text.slice(end, end + 20);
      const before = text.slice(Math.max(0, m.index - 28), m.index);
      if (AFTER_NUMBER.test(after)) yield { start: m.index, end, score: 0.85, reasons: ['number followed by "years old"'] };
      else if (!mayFollowCue(before)) {
        if (text.trim() === m[0]) yield { start: m.index, end, score: 0.2, reasons: ['number'] };
      } else if (STRONG_BEFORE.test(before)) yield { start: m.index, end, score: 0.85, reasons: ['number after "age"'] };
      else if (BEFORE_NUMBER.test(before) && n >= 1 && /^\s*(?:$|[.,;!?)]|and\b|now\b|today\b|this\b|last\b|next\b|in\b)/i.test(after)) {
        yield { start: m.index, end, score: 0.6, reasons: ['number after "turned" or "I am"'] };
      } else if (text.trim() === m[0]) {
        // A bare number (a JSON "age" value): only its key can make it an age.
        yield { start: m.index, end, score: 0.2, reasons: ['number'] };
      }
    }
  },
};
