import type { Candidate, Detector } from '../../types';

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DATE = [
  '\\d{4}-\\d{1,2}-\\d{1,2}(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2})?)?',
  '\\d{1,2}[/.\\-]\\d{1,2}[/.\\-](?:\\d{4}|\\d{2})',
  `\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH},?\\s+\\d{4}`,
  `${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}`,
  `${MONTH}\\s+\\d{4}`,
  '(?:19|20)\\d{2}',
].join('|');
const ANY_DATE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${DATE})(?![\\p{L}\\p{N}]|[/.\\-]\\d)`, 'giu');
// A date tied to a person: "born on 2/8/1935", "DOB: 1990-01-02", "date of birth 3 March 1980", "birthday is …".
const BIRTH_CUE = /(?:\bborn\b(?:\s+(?:on|in))?|\bd\.?o\.?b\.?|\bdate\s+of\s+birth|\bbirth\s*date|\bbirth\s*day(?:\s+is)?|\bbday|\bb-day|\bgeburtsdatum|\bgeboren(?:\s+am)?|\bné(?:e)?\s+le|\bfecha\s+de\s+nacimiento|\bnacido\s+el)\s*(?:is|was|:|=|-)?\s*(?:on\s+)?$/iu;

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
  *detect(text) {
    for (const m of text.matchAll(ANY_DATE)) {
      const before = text.slice(Math.max(0, m.index - 32), m.index);
      const tied = BIRTH_CUE.test(before);
      const c: Candidate = {
        start: m.index,
        end: m.index + m[0].length,
        // Untied dates stay below any useful threshold unless a context word or the JSON key ("dob") lifts them.
        score: tied ? 0.85 : 0.15,
        reasons: [tied ? 'date after a birth phrase' : 'date'],
      };
      yield c;
    }
  },
};
