import type { Candidate, Detector } from '../../types';
import { cue, isTrailing, words } from './cues';

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DATE = [
  '\\d{4}-\\d{1,2}-\\d{1,2}(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2})?)?',
  '\\d{1,2}[/.\\-]\\d{1,2}[/.\\-](?:\\d{4}|\\d{2})',
  `\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH},?\\s+\\d{4}`,
  `${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}`,
  `${MONTH}\\s+\\d{4}`,
  '(?:19|20)\\d{2}',
].join('|');
/** A date starting exactly at lastIndex. */
const DATE_AT = new RegExp(`(?<![\\p{L}\\p{N}])(?:${DATE})(?![\\p{L}\\p{N}]|[/.\\-]\\d)`, 'iuy');
const DIGITS = /\d+/g;

const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
/** Letters a month name can be written with ("ſ" is an "s" to a case-insensitive regex). */
const isMonthLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 0x17f;

/**
 * Every date in `text`, as a global search with the date regex finds them, but trying the regex only where
 * a date can start: at a digit run, or at a month name followed by whitespace and a digit run.
 */
export function findDates(text: string): { index: number; value: string }[] {
  const out: { index: number; value: string }[] = [];
  let done = 0;
  const at = (p: number) => {
    if (p < done) return;
    DATE_AT.lastIndex = p;
    const m = DATE_AT.exec(text);
    if (!m) return;
    done = p + m[0].length;
    out.push({ index: p, value: m[0] });
  };
  DIGITS.lastIndex = 0;
  for (let d = DIGITS.exec(text); d; d = DIGITS.exec(text)) {
    const digit = d.index;
    let q = digit;
    while (q > 0 && isSpace(text.charCodeAt(q - 1))) q--;
    if (q < digit) {
      if (text.charCodeAt(q - 1) === 46) q--;
      let s = q;
      while (s > 0 && isMonthLetter(text.charCodeAt(s - 1))) s--;
      if (s < q) at(s);
    }
    at(digit);
  }
  return out;
}

// A date tied to a person: "born on 2/8/1935", "DOB: 1990-01-02", "date of birth 3 March 1980", "birthday is …".
// German, French, Spanish, Dutch and Italian too: "Mein Geburtsdatum ist der 03.04.1990", "née le", "fecha de nacimiento es el".
export const BIRTH_CUE =
  /(?:\bborn\b(?:\s+(?:on|in))?|\bd\.?o\.?b\.?|\bdate\s+of\s+birth|\bbirth\s*date|\bbirth\s*day(?:\s+is)?|\bbday|\bb-day|\bgeburtsdatum|\bgeburtstag|\bgeboren(?:\s+am)?|\bné(?:e)?\s+le|\bdate\s+de\s+naissance|\bfecha\s+de\s+nacimiento|\bnacid[oa]\s+el|\bgeboortedatum|\bgeboren\s+op|\bdata\s+di\s+nascita|\bnat[oa]\s+il)\s*(?:is|was|ist(?:\s+(?:der|am))?|war|est(?:\s+le)?|es(?:\s+el)?|era|è(?:\s+il)?|:|=|-)?\s*(?:on\s+|am\s+)?$/iu;

/** BIRTH_CUE, tested only when the text before the date ends with a word it can end with ("born", "d.o.b."). */
export const birthCue = cue(
  BIRTH_CUE,
  words('born on in b birth date day is was geburtsdatum geburtstag geboren am ist der war le est nacimiento naissance el es era geboortedatum op nascita il'),
  (c) => isTrailing(c) || c === 46,
);

/** Dates that systems store for "unknown" (a form's default, Excel's and databases' zero dates): no one's birthday. */
const PLACEHOLDER_DATES = new Set(['1900-01-01', '1899-12-30', '1800-01-01', '0001-01-01', '9999-12-31', '01/01/1900', '1/1/1900', '01.01.1900', '01-01-1900']);

export const dateOfBirth: Detector = {
  id: 'pii/date-of-birth',
  entity: 'DATE_TIME',
  label: 'Date of birth',
  description: 'A date tied to a person: a date of birth or birthday ("born on …", "DOB: …"). Other dates are not reported.',
  tags: ['free-text', 'dates'],
  defaultSeverity: 'warning',
  contextWords: ['dob', 'date of birth', 'birth date', 'birthdate', 'birthday', 'born', 'birth'],
  contextBoost: 0.35,
  trigger: /\d/,
  detect(text) {
    return findDates(text).flatMap((m): Candidate[] => {
      if (PLACEHOLDER_DATES.has(m.value)) return [];
      const tied = birthCue(text, m.index, 32);
      return [
        {
          start: m.index,
          end: m.index + m.value.length,
          // Untied dates stay below any useful threshold unless a context word or the JSON key ("dob") lifts them.
          score: tied ? 0.85 : 0.15,
          reasons: [tied ? 'date after a birth phrase' : 'date'],
        },
      ];
    });
  },
};
