import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nameDetectors } from './index';
import { matches } from '../../../testing/detectors';

const location = nameDetectors().find((d) => d.entity === 'LOCATION')!;

test('institution places: a place in the name of a university or museum is no personal place', () => {
  for (const text of [
    'M.S. Computer Science, University of Washington, 2015 – 2017',
    '²Instituto de Ingeniería, Universidad Nacional Autónoma de México',
    'She studied at the University of Washington and later worked at the Museum of London.',
  ]) {
    assert.deepEqual(matches(location, text, 0.5), [], text);
  }
  // Reported below the threshold, as a topic place is.
  assert.deepEqual(matches(location, 'M.S. Computer Science, University of Washington, 2015 – 2017', 0.3), ['Washington']);
  // The town after the institution's name, or the town of an affiliation line, is still a place.
  assert.deepEqual(matches(location, 'I work at the University of Washington in Seattle.', 0.5), ['Seattle']);
  assert.deepEqual(matches(location, 'Department of Computer Science, University of Toronto, Toronto, Canada', 0.5), ['Toronto', 'Canada']);
});
