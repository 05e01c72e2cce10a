import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nameDetectors } from './index';
import { matches } from '../../../testing/detectors';
import { blankAffiliationMarks } from './affiliation-marks';

const person = nameDetectors().find((d) => d.entity === 'PERSON')!;

test('affiliation marks: the authors of a paper are found whole, marks and all', () => {
  assert.deepEqual(matches(person, 'Wei Zhang¹, Ana Lucía Fernández², and Oluwaseun Adeyemi¹\n¹Department of Computer Science', 0.5), ['Wei Zhang', 'Ana Lucía Fernández', 'Oluwaseun Adeyemi']);
  assert.deepEqual(matches(person, 'Wei Zhang1, Ana Lucía Fernández2, and Oluwaseun Adeyemi1\n1 University of Toronto', 0.5), ['Wei Zhang', 'Ana Lucía Fernández', 'Oluwaseun Adeyemi']);
  assert.deepEqual(matches(person, 'Priya Raman¹ ² and Tom Becker³‡', 0.5), ['Priya Raman', 'Tom Becker']);
});

test('affiliation marks: blanked with spaces of the same length; other digits stay', () => {
  assert.equal(blankAffiliationMarks('Fernández², Adeyemi‡'), 'Fernández , Adeyemi ');
  for (const text of ['Covid19, then', 'the area is 12 m² here', 'Python3 and GPT4', 'Room 12, floor 3']) {
    assert.equal(blankAffiliationMarks(text).length, text.length);
  }
  // Two digits, or a digit after capitals, are no mark.
  assert.equal(blankAffiliationMarks('Covid19, then GPT4, v2,'), 'Covid19, then GPT4, v2,');
});
