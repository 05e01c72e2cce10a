import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lexiconFor } from './index';

test('lexicon: world regions of several words and towns of the Middle East, Africa and the Americas are places', () => {
  const lex = lexiconFor({});
  for (const p of ['north america', 'middle east', 'southeast asia', 'west bank', 'persian gulf', 'bay area', 'fallujah', 'ouagadougou', 'port-au-prince', 'valparaiso']) {
    assert.ok(lex.places.has(p), p);
  }
  // Multi-word places are matched word by word from their first word.
  assert.ok(lex.multiPlaces.get('middle')?.some((words) => words.join(' ') === 'middle east'));
});

test('the lexicon is built without loading compromise (its start-up cost, ~0.45 s of CPU, is paid when compromise-words.ts is written)', () => {
  const loaded = () => Object.keys(require.cache).some((f) => /[\\/]node_modules[\\/]compromise[\\/]/.test(f));
  assert.equal(loaded(), false, 'compromise was loaded before the test');
  const lex = lexiconFor({});
  assert.ok(lex.given.has('john') && lex.surnames.has('smith') && lex.places.has('lyon'));
  assert.equal(loaded(), false);
});
