import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { NUMERIC_BOUNDS, WORD_BOUNDS, edgesPass, type Bounds } from './patterns';

/** The boundaries as the patterns' own look-arounds read them. */
function byRegex(b: Bounds, text: string, start: number, end: number): boolean {
  b.before.lastIndex = start;
  if (!b.before.test(text)) return false;
  b.after.lastIndex = end;
  return b.after.test(text);
}

test('edgesPass: the same answer as the look-arounds at every position (property)', () => {
  const char = fc.constantFrom(
    '1', '9', 'a', 'x', 'Z', '_', '+', ' ', '.', '-', '/', ',', '#', '\n', 'é', 'É', 'ß', '٣', '１', '²', '身', 'ก', '😀', '𝐀', '𝟏',
  );
  const text = fc.array(char, { maxLength: 10 }).map((cs) => cs.join(''));
  let checked = 0;
  fc.assert(
    fc.property(text, (t) => {
      for (const b of [NUMERIC_BOUNDS, WORD_BOUNDS]) {
        for (let i = 0; i <= t.length; i++) {
          for (let j = i; j <= t.length; j++) {
            checked++;
            assert.equal(edgesPass(b, t, i, j), byRegex(b, t, i, j), `${b.numeric ? 'numeric' : 'word'} ${JSON.stringify(t)} [${i}, ${j})`);
          }
        }
      }
    }),
    { numRuns: 3000, seed: 5 },
  );
  assert.ok(checked > 50_000, String(checked));
});

test('edgesPass: a few cases read aloud', () => {
  assert.equal(edgesPass(NUMERIC_BOUNDS, 'rec-712049846', 4, 13), true);
  assert.equal(edgesPass(NUMERIC_BOUNDS, '4111 1111', 5, 9), false, 'continues a run of digit groups');
  assert.equal(edgesPass(NUMERIC_BOUNDS, '+44 2079', 1, 3), false, 'after a plus');
  assert.equal(edgesPass(WORD_BOUNDS, '+44', 1, 3), true);
  assert.equal(edgesPass(NUMERIC_BOUNDS, 'é123', 1, 4), false, 'a non-ASCII letter glues');
  assert.equal(edgesPass(NUMERIC_BOUNDS, '身份证123', 3, 6), true, 'Han does not');
});
