import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scoreEntity } from './score';

test('score: one-to-one overlap matching per entity', () => {
  const r = scoreEntity('EMAIL_ADDRESS', [
    { gold: [{ start: 0, end: 10, label: 'EMAIL_ADDRESS' }], predicted: [{ start: 2, end: 10, label: 'EMAIL_ADDRESS' }, { start: 5, end: 8, label: 'EMAIL_ADDRESS' }] },
    { gold: [{ start: 0, end: 4, label: 'EMAIL_ADDRESS' }], predicted: [] },
  ]);
  // The second prediction overlaps a span already matched: a fragment of a found entity, neither TP nor FP.
  assert.deepEqual([r.tp, r.fp, r.fn], [1, 0, 1]);
  assert.equal(r.precision, 1);
  assert.equal(r.recall, 0.5);
  const stray = scoreEntity('EMAIL_ADDRESS', [{ gold: [{ start: 0, end: 4, label: 'EMAIL_ADDRESS' }], predicted: [{ start: 6, end: 9, label: 'EMAIL_ADDRESS' }] }]);
  assert.deepEqual([stray.tp, stray.fp, stray.fn], [0, 1, 1]);
});

test('score: address fragments labeled as places are not false positives for addresses', () => {
  const r = scoreEntity('STREET_ADDRESS', [{ gold: [{ start: 0, end: 5, label: 'LOCATION' }], predicted: [{ start: 0, end: 12, label: 'STREET_ADDRESS' }] }]);
  assert.deepEqual([r.tp, r.fp, r.fn], [0, 0, 0]);
  const strict = scoreEntity('EMAIL_ADDRESS', [{ gold: [{ start: 0, end: 5, label: 'URL' }], predicted: [{ start: 0, end: 5, label: 'EMAIL_ADDRESS' }] }]);
  assert.equal(strict.fp, 1);
});
