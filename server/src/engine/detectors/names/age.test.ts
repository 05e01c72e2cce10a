import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { age } from './age';
import { matches } from '../../../testing/detectors';

test('age: numbers with age context', () => {
  assert.deepEqual(matches(age, 'This 79 year old female complains of pain.', 0.5), ['79']);
  assert.deepEqual(matches(age, 'a 34-year-old engineer', 0.5), ['34']);
  assert.deepEqual(matches(age, 'aged 34, non-smoker', 0.5), ['34']);
  assert.deepEqual(matches(age, 'Age: 52', 0.5), ['52']);
  assert.deepEqual(matches(age, "and i'm 31 y/o.", 0.5), ['31']);
  assert.deepEqual(matches(age, 'My brother just turned 60', 0.5), ['60']);
});

test('age: a statistic or a rule is not a person\'s age, and no context word lifts it', () => {
  for (const text of ['The dataset has 42 columns; the median age is 37.', 'The average age: 41', 'In the US the drinking age is 21.', 'The retirement age of 67 applies.']) {
    assert.deepEqual(matches(age, text, 0.5), [], text);
  }
  assert.deepEqual(matches(age, 'Patients: median age 37; patient 4 is aged 52.', 0.5), ['52']);
});

test('age: a bare JSON number keyed "age"', () => {
  assert.deepEqual(matches(age, '41', 0.5, { key: 'age' }), ['41']);
  assert.deepEqual(matches(age, '41', 0.5, { key: 'count' }), []);
});

test('age: other numbers are not ages', () => {
  for (const text of ['Train for 30 epochs.', 'The API returned 404 twice.', 'It is 5 years since the release.', 'I am 5 minutes late.', 'He turned 3 pages.']) {
    assert.deepEqual(matches(age, text, 0.5), [], text);
  }
});

test('age: the cheap cue test changes nothing (same results as the regexes alone)', () => {
  // The detector as first written, without the cheap test before the look-behind regexes.
  const AFTER = /^[\s-]*(?:years?|yrs?|y)[\s-]*(?:\.|of\s+)?[\s-]*(?:old|of\s+age)\b|^\s*(?:y\/o|yo|y\.o\.)(?![\p{L}])|^[\s-]*(?:year|yr)[\s-]*old\b|^\s*(?:years?|yrs?)\s+of\s+age\b/iu;
  const BEFORE = /(?:\baged?\s*(?::|=|is|of)?|\bturn(?:ed|s|ing)?|\bi'?m(?:\s+now)?|\bi\s+am(?:\s+now)?|\b(?:he|she|they)\s+(?:is|was|were)|\bwhen\s+(?:he|she|i|they)\s+(?:was|were)|\bat\s+the\s+age\s+of|\bedad\s*:?|\balter\s*:?|\bâge\s*:?)\s*$/iu;
  const NUMBER = /(?<![\p{L}\p{N}.,:/-])\d{1,3}(?![\p{N}]|[.,]\d|\s*(?:%|kg|cm|km|lbs?|\$|€|£|am\b|pm\b|h\b|min))/gu;
  const STRONG = /(?:\baged?\s*(?::|=|is|of)?|\bat\s+the\s+age\s+of|\bedad\s*:?|\balter\s*:?|\bâge\s*:?)\s*$/iu;
  const reference = (text: string) => {
    const out: [number, number, number][] = [];
    for (const m of text.matchAll(NUMBER)) {
      const n = Number(m[0]);
      if (n > 125) continue;
      const end = m.index + m[0].length;
      const after = text.slice(end, end + 20);
      const before = text.slice(Math.max(0, m.index - 28), m.index);
      if (AFTER.test(after)) out.push([m.index, end, 0.85]);
      else if (STRONG.test(before)) out.push([m.index, end, 0.85]);
      else if (BEFORE.test(before) && n >= 1 && /^\s*(?:$|[.,;!?)]|and\b|now\b|today\b|this\b|last\b|next\b|in\b)/i.test(after)) out.push([m.index, end, 0.6]);
      else if (text.trim() === m[0]) out.push([m.index, end, 0.2]);
    }
    return out;
  };
  const piece = fc.constantFrom('age', 'Aged', 'AGE:', 'age=', 'age is', 'âge', 'edad', 'alter:', 'i', "i'm", 'I’m', 'im', 'am', 'now', 'she', 'was', 'were', 'iſ', 'she iſ', 'xâge', 'turned', 'return', 'turning', 'at the age of', 'when he was', '34', '7', '125', '300', 'years old', 'y/o', 'today', 'and', ',', '.', ' ', '  ', '\t', '\n', 'x');
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 12 }), fc.boolean(), (parts, glue) => {
      const text = parts.join(glue ? ' ' : '');
      assert.deepEqual(
        [...age.detect(text, {})].map((c) => [c.start, c.end, c.score]),
        reference(text),
      );
    }),
    { numRuns: 3000, seed: 9 },
  );
});

test('age: a range of ages describes a group, not a person', () => {
  for (const text of ['Annotators were aged 19–45, based in Nairobi.', 'participants aged 18 to 65', 'for 18-25 years old users', 'ages 30—40']) assert.deepEqual(matches(age, text, 0), [], text);
  assert.deepEqual(matches(age, 'I am 34 years old, she is 19-ish', 0.5), ['34']);
});
