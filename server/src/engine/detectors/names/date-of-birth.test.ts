import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { dateOfBirth, findDates } from './date-of-birth';
import { matches } from '../../../testing/detectors';
import { scanText } from '../../index';

test('date of birth: dates tied to a birth phrase', () => {
  assert.deepEqual(matches(dateOfBirth, 'She was born on 2/8/1935 in a small town.', 0.5), ['2/8/1935']);
  assert.deepEqual(matches(dateOfBirth, 'DOB: 1987-11-03', 0.5), ['1987-11-03']);
  assert.deepEqual(matches(dateOfBirth, 'Date of birth 3 March 1980, nationality unknown', 0.5), ['3 March 1980']);
  assert.deepEqual(matches(dateOfBirth, 'his birthday is March 14, 1992', 0.5), ['March 14, 1992']);
});

test('date of birth: German, French, Spanish, Dutch and Italian birth phrases', () => {
  for (const [text, date] of [
    ['Mein Geburtsdatum ist der 03.04.1990 und ich wohne in Berlin.', '03.04.1990'],
    ['Ich bin am 3. März 1990 geboren, geboren am 04.05.1991 steht im Pass.', '04.05.1991'],
    ['Ma date de naissance est le 12/05/1987.', '12/05/1987'],
    ['Mi fecha de nacimiento es el 07/08/1975.', '07/08/1975'],
    ['Nacida el 1985-02-03 en Sevilla.', '1985-02-03'],
    ['Mijn geboortedatum is 21-06-1992.', '21-06-1992'],
    ['La mia data di nascita è il 15/09/1980.', '15/09/1980'],
  ]) assert.deepEqual(matches(dateOfBirth, text, 0.5), [date], text);
  assert.deepEqual(matches(dateOfBirth, 'Die Lieferung ist am 03.04.2024 angekommen.', 0.5), []);
});

test('date of birth: a JSON key such as "dob" ties a bare date to a person', () => {
  assert.deepEqual(matches(dateOfBirth, '1990-01-02', 0.5, { key: 'dob' }), ['1990-01-02']);
  assert.deepEqual(matches(dateOfBirth, '1990-01-02', 0.5, { key: 'created_at' }), []);
});

test('date of birth: a date under a "dob" or "birth_date" key is found by the engine at the default threshold', () => {
  // The pre-filter's floor was 0.5 - 0.35 = 0.15000000000000002 in floating point and dropped the 0.15 a key lifts to 0.5.
  const r = scanText('{"dob":"1988-04-12","birth_date":"12/04/1988","created_at":"2024-01-02"}\n', 'jsonl');
  assert.deepEqual(
    r.findings.filter((f) => f.rule === 'pii/date-of-birth').map((f) => f.confidence),
    [0.5, 0.5],
  );
});

test('date of birth: the dates systems store for "unknown" are nobody\'s birthday', () => {
  for (const text of ['DOB: 1900-01-01', 'born on 01/01/1900', 'date of birth 0001-01-01']) assert.deepEqual(matches(dateOfBirth, text, 0), [], text);
  const csv = 'name,dob\nTest User,1900-01-01\nAnn Lee,1990-01-01\n';
  const dates = scanText(csv, 'csv').findings.filter((f) => f.rule === 'pii/date-of-birth').map((f) => csv.slice(f.start, f.end));
  assert.deepEqual(dates, ['1990-01-01']);
});

test('date of birth: other dates are not personal', () => {
  assert.deepEqual(matches(dateOfBirth, 'The meeting moved to 2024-05-01.', 0.5), []);
  assert.deepEqual(matches(dateOfBirth, 'Founded in 1977, the orchestra grew quickly.', 0.5), []);
  assert.deepEqual(matches(dateOfBirth, 'Released on March 3, 2021.', 0.5), []);
});

test('date of birth: dates are found only where they can start, exactly as a whole-text regex search finds them', () => {
  const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
  const DATE = [
    '\\d{4}-\\d{1,2}-\\d{1,2}(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2})?)?',
    '\\d{1,2}[/.\\-]\\d{1,2}[/.\\-](?:\\d{4}|\\d{2})',
    `\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH},?\\s+\\d{4}`,
    `${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}`,
    `${MONTH}\\s+\\d{4}`,
    '(?:19|20)\\d{2}',
  ].join('|');
  const whole = new RegExp(`(?<![\\p{L}\\p{N}])(?:${DATE})(?![\\p{L}\\p{N}]|[/.\\-]\\d)`, 'giu');
  const piece = fc.constantFrom('March', 'mar.', 'Sept', 'SEPTEMBER', 'auguſt', 'may', 'xmay', 'éMay', 'of', '3rd', '14', '1992', '2024-05-01', '2/8/1935', '12:30', 'T', '3', '-', '/', '.', ',', ' ', '  ', '\n', '\u00a0', 'born on', 'é', '٣', '123', '12345', '1542', '20', '7', 'st', 'ſt', 'x', '1542-05-01', '3ſt March 1992', '07 may 2001', '12.10.99');
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 25 }), (parts) => {
      const text = parts.join(parts.length % 2 ? '' : ' ');
      assert.deepEqual(
        findDates(text),
        [...text.matchAll(whole)].map((m) => ({ index: m.index, value: m[0] })),
      );
    }),
    { numRuns: 3000, seed: 5 },
  );
});
