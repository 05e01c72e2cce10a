import type { Candidate, Detector } from '../../types';

// The number is the span (Presidio's convention): "79 year old", "aged 34", "age: 34", "31 y/o", "turned 60".
const AFTER_NUMBER = /^[\s-]*(?:years?|yrs?|y)[\s-]*(?:\.|of\s+)?[\s-]*(?:old|of\s+age)\b|^\s*(?:y\/o|yo|y\.o\.)(?![\p{L}])|^[\s-]*(?:year|yr)[\s-]*old\b|^\s*(?:years?|yrs?)\s+of\s+age\b/iu;
const BEFORE_NUMBER = /(?:\baged?\s*(?::|=|is|of)?|\bturn(?:ed|s|ing)?|\bi'?m(?:\s+now)?|\bi\s+am(?:\s+now)?|\b(?:he|she|they)\s+(?:is|was|were)|\bwhen\s+(?:he|she|i|they)\s+(?:was|were)|\bat\s+the\s+age\s+of|\bedad\s*:?|\balter\s*:?|\bâge\s*:?)\s*$/iu;
const NUMBER = /(?<![\p{L}\p{N}.,:/-])\d{1,3}(?![\p{N}]|[.,]\d|\s*(?:%|kg|cm|km|lbs?|\$|€|£|am\b|pm\b|h\b|min))/gu;
/**
 * The last words BEFORE_NUMBER can end with; a cheap test first, since most numbers follow none of them.
 * Non-ASCII endings are let through ("iſ" is "is" to the case-insensitive regexes).
 */
const CUE_ENDINGS = new Set(['age', 'aged', 'is', 'of', 'turn', 'turned', 'turns', 'turning', 'im', 'm', 'now', 'am', 'was', 'were', 'edad', 'alter']);

const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
const isAsciiLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

/** Whether text[lo, hi) may end with a BEFORE_NUMBER phrase (its last word is one of CUE_ENDINGS). */
function mayFollowCue(text: string, lo: number, hi: number): boolean {
  let e = hi;
  while (e > lo && isSpace(text.charCodeAt(e - 1))) e--;
  const last = text.charCodeAt(e - 1);
  if (e > lo && (last === 58 || last === 61)) return true; // ":" "="
  let s = e;
  while (s > lo && isAsciiLetter(text.charCodeAt(s - 1))) s--;
  if (s > lo && text.charCodeAt(s - 1) > 127) return true;
  return e - s <= 7 && CUE_ENDINGS.has(text.slice(s, e).toLowerCase());
}

/** Whether AFTER_NUMBER may match text[from, to): its first character after spaces and hyphens is a "y". */
function mayBeYearsOld(text: string, from: number, to: number): boolean {
  let i = from;
  while (i < to && (isSpace(text.charCodeAt(i)) || text.charCodeAt(i) === 45)) i++;
  return i < to && (text.charCodeAt(i) | 32) === 121;
}

const AFTER_CUED = /^\s*(?:$|[.,;!?)]|and\b|now\b|today\b|this\b|last\b|next\b|in\b)/i;

/** text.trim() === text.slice(start, end) */
function isWholeText(text: string, start: number, end: number): boolean {
  for (let i = 0; i < start; i++) if (!isSpace(text.charCodeAt(i))) return false;
  for (let i = end; i < text.length; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}

const STRONG_BEFORE = /(?:\baged?\s*(?::|=|is|of)?|\bat\s+the\s+age\s+of|\bedad\s*:?|\balter\s*:?|\bâge\s*:?)\s*$/iu;
/** An age that is a statistic or a rule, not a person's: "the median age is 37", "the drinking age is 21". */
const NOT_A_PERSONS_AGE = /\b(?:median|average|mean|avg|typical|minimum|maximum|min|max|legal|drinking|voting|retirement|driving|mandatory|target|reading|school|consent)\s+age\s*(?::|=|is|was|of)?\s*$/iu;

const RANGE_AFTER = /^\s*(?:–|—|-|to|bis)\s*\d/;
const RANGE_BEFORE = /\d\s*(?:–|—|-|to|bis)\s*$/;

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
  detect(text) {
    const out: Candidate[] = [];
    NUMBER.lastIndex = 0;
    for (let m = NUMBER.exec(text); m; m = NUMBER.exec(text)) {
      const n = Number(m[0]);
      if (n > 125) continue;
      const start = m.index;
      const end = start + m[0].length;
      const lo = Math.max(0, start - 28);
      // "aged 19–45", "18-25 years old": a range describes a group, not a person.
      if (RANGE_AFTER.test(text.slice(end, end + 8)) || RANGE_BEFORE.test(text.slice(Math.max(0, start - 8), start))) continue;
      // The look-around regexes see only 20 characters after the number and 28 before it.
      if (mayBeYearsOld(text, end, Math.min(text.length, end + 20)) && AFTER_NUMBER.test(text.slice(end, end + 20))) {
        out.push({ start, end, score: 0.85, reasons: ['number followed by "years old"'] });
      } else if (mayFollowCue(text, lo, start) && STRONG_BEFORE.test(text.slice(lo, start))) {
        if (NOT_A_PERSONS_AGE.test(text.slice(lo, start))) out.push({ start, end, score: 0.2, contextWords: [], reasons: ['an age that is a statistic or a rule'] });
        else out.push({ start, end, score: 0.85, reasons: ['number after "age"'] });
      } else if (n >= 1 && mayFollowCue(text, lo, start) && AFTER_CUED.test(text.slice(end, end + 20)) && BEFORE_NUMBER.test(text.slice(lo, start))) {
        out.push({ start, end, score: 0.6, reasons: ['number after "turned" or "I am"'] });
      } else if (isWholeText(text, start, end)) {
        // A bare number (a JSON "age" value): only its key can make it an age.
        out.push({ start, end, score: 0.2, reasons: ['number'] });
      }
    }
    return out;
  },
};
