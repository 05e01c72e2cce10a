import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nameDetectors } from './index';
import { matches } from '../../../testing/detectors';

const detectors = nameDetectors().filter((d) => d.entity === 'PERSON' || d.entity === 'LOCATION');
const found = (text: string) => detectors.flatMap((d) => matches(d, text, 0.5).map((v) => `${d.entity}:${v}`));

test('eponym places: the people laws and theorems are named after are no people and no places', () => {
  for (const text of [
    '{"question": "What is Newton\'s second law?", "answer": "Newton\'s second law states that force equals mass times acceleration."}',
    'Moore\'s law says transistor counts double every two years.',
    'Kepler\'s laws describe planetary orbits. By Murphy\'s law, it broke on launch day.',
    'Boyle\'s law and Charles\'s law are gas laws. Pascal\'s triangle is fun.',
    'Fermat\'s last theorem was proved in 1994.',
  ]) {
    assert.deepEqual(found(text), [], text);
  }
  // A law firm, a law degree or a lawsuit is someone's.
  assert.deepEqual(found('My sister Linda\'s law firm is hiring.'), ['PERSON:Linda']);
  assert.deepEqual(found('I talked to Charles about his law degree.'), ['PERSON:Charles']);
});
