import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lexiconFor } from './lexicon';
import { notAName } from './name-shape';

const lex = lexiconFor({});

test('shapes no name has: CamelCase products, compounds of ordinary words, abstract nouns', () => {
  for (const v of ['LeetCode', 'ProcessWire', 'Mother-land', 'Sequence-to-sequence', 'Requantization', 'Data Normalization']) assert.equal(notAName(v, lex), true, v);
});

test('names of those shapes stay names: hyphenated Korean given names, an abstract-looking given name before a surname', () => {
  for (const v of ['Kim Jong-un', 'Moon Jae-in', 'Felicity Huffman', 'Trinity Rodman', 'McDowell', 'Jean-Pierre']) assert.equal(notAName(v, lex), false, v);
});
