import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchesOf } from './regexp';

const plain = (ms: Iterable<RegExpMatchArray>) => [...ms].map((m) => [m.index, [...m], m.indices?.map((r) => r && [...r])]);

test('matchesOf: the matches matchAll gives (groups, indices, empty matches, surrogate pairs), and the regex left at 0', async () => {
  const fc = (await import('fast-check')).default;
  // biome-ignore lint/complexity/useRegexLiterals: the v flag as a literal needs an ES2024 target, which the typecheck does not have.
  const unicodeSets = new RegExp('\\p{L}*', 'gv');
  const patterns = [/\d+/g, /a*/g, /(?<![\w-])x(\d)?/gd, /(?:)/gu, unicodeSets, /[😀b]|/gu, /(\d{3})([- ])(\d{2})\2/g];
  const piece = fc.constantFrom('a', 'b', 'x1', '123-45 ', '😀', '\ud83d', '-', ' ', 'é');
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 12 }), fc.constantFrom(...patterns), (parts, re) => {
      const text = parts.join('');
      assert.deepEqual(plain(matchesOf(re, text)), plain(text.matchAll(re)), `${re} on ${JSON.stringify(text)}`);
      assert.equal(re.lastIndex, 0);
    }),
    { numRuns: 2000, seed: 3 },
  );
  const re = /\d/g;
  re.lastIndex = 5;
  assert.deepEqual(plain(matchesOf(re, '1a2')).map((m) => m[0]), [0, 2], 'searched from the start whatever lastIndex was');
  assert.throws(() => matchesOf(/\d/, '1'), TypeError);
});
