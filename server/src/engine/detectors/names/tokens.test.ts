import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Shape, tokenize } from './tokens';
import { KeyTable } from './key-table';
import { fold } from './lexicon';

const HONORIFICS = new Set(['dr', 'mr', 'mrs']);

/** FNV-1a of a key's UTF-16 codes as a 32-bit integer, as the learned tagger hashes words. */
function fnv(key: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h;
}

/** The tokenizer as first written, with the word regex: the hand-written scanner must agree with it. */
function reference(text: string) {
  const WORD = /(?<![\p{L}\p{M}\p{N}]|[\p{L}\p{M}\p{N}]_+)[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*(?![\p{N}]|_+[\p{L}\p{M}\p{N}])/gu;
  const SENTENCE_END = /[.!?:;\n"“”«»()[\]{}|•*#>]/;
  const shapeOf = (w: string): Shape => {
    const c0 = w.charCodeAt(0);
    if (c0 >= 97 && c0 <= 122) return Shape.Lower;
    if (c0 >= 65 && c0 <= 90 && /^[A-Z][a-z]+$/.test(w)) return Shape.Cap;
    const first = w[0];
    if (first === first.toLowerCase()) return first !== first.toUpperCase() ? Shape.Lower : Shape.Other;
    if (w.length === 1) return Shape.Initial;
    const rest = w.slice(1);
    if (rest === rest.toUpperCase()) return rest === rest.toLowerCase() ? Shape.Other : Shape.Upper;
    return Shape.Cap;
  };
  const out: { start: number; end: number; key: string; hash: number; kind: number; shape: Shape; sentStart: boolean; dot: boolean; possessive: boolean; gapStart: number; inIdentifier: boolean }[] = [];
  const identifierChunks = [...text.matchAll(/[\p{L}\p{M}\p{N}_\-./'’]+/gu)].filter(
    (m) => (/\p{N}/u.test(m[0]) && (/[-_]/.test(m[0]) || /[\p{L}\p{M}]\p{N}|\p{N}[\p{L}\p{M}]/u.test(m[0]))) || /[\p{L}\p{M}]_+[\p{L}\p{M}]/u.test(m[0]),
  );
  const inIdentifier = (at: number) => identifierChunks.some((m) => m.index <= at && at < m.index + m[0].length);
  for (const m of text.matchAll(WORD)) {
    let word = m[0];
    const start = m.index;
    let possessive = false;
    if (word.length > 3 && /['’][sS]$/.test(word)) {
      word = word.slice(0, -2);
      possessive = true;
    }
    const end = start + word.length;
    const prev = out[out.length - 1];
    const gapStart = prev ? prev.end + (prev.possessive ? 2 : 0) : 0;
    let sentStart = !prev;
    if (prev) {
      const gap = text.slice(gapStart, start);
      const abbreviation = prev.dot && (prev.shape === Shape.Initial || HONORIFICS.has(prev.key) || prev.key === 'st' || prev.key === 'no');
      if (SENTENCE_END.test(gap)) sentStart = !(gap === '. ' && abbreviation);
    }
    out.push({ start, end, key: fold(word), hash: fnv(fold(word)), kind: 0, shape: shapeOf(word), sentStart, dot: text.charCodeAt(end + (possessive ? 2 : 0)) === 46, possessive, gapStart, inIdentifier: inIdentifier(start) });
  }
  return out;
}

const piece = fc.constantFrom(
  'Anna', 'anna', 'McDowell', 'NASA', 'J', 'Dr', 'st', 'no', "O'Neil", 'rock’n’roll', 'Jean-Luc', 'Anna’s', "Bob's", "it's", 'gpt4', 'x2', 'ab_c', '__', 'Llama-4', '7B', '2.5', '/',
  '_Anna', 'Kowalska_', '__init__', 'Zoltán', 'Þórsdóttir', 'Straße', 'Жанна', '中文', 'e\u0301', '\u0301x', '𝐀𝐁', '𠀀', '𝟎', '٣', '²', 'Ⅻ', '\ud800', '\udc00', 'İstanbul', 'ǅemal',
  '1', '42', '_', ' ', '  ', '. ', '.', ',', '-', "'", '’', '\n', '!', '?', ':', '“', '»', '(', '•', '#', '>', '\t',
);
const text = fc.array(piece, { maxLength: 40 }).map((ps) => ps.join(''));

test('tokens: the scanner agrees with the word regex on every feature', () => {
  fc.assert(
    fc.property(text, (t) => {
      assert.deepEqual(
        tokenize(t, HONORIFICS).map((x) => ({ ...x })),
        reference(t),
      );
    }),
    { numRuns: 5000, seed: 3 },
  );
});

test('tokens: words, possessives, sentence starts and abbreviations', () => {
  const t = "Dr. Anna's cat met J. Smith. then gpt4 x2 rock-n-roll";
  const toks = tokenize(t, HONORIFICS);
  assert.deepEqual(
    toks.map((x) => t.slice(x.start, x.end)),
    ['Dr', 'Anna', 'cat', 'met', 'J', 'Smith', 'then', 'gp', 'rock-n-roll'],
  );
  assert.deepEqual(
    toks.map((x) => x.sentStart),
    [true, false, false, false, false, false, true, false, false],
  );
  assert.equal(toks[1].possessive, true);
  assert.equal(toks[4].shape, Shape.Initial);
});

test('tokens: ASCII words get their key and kind from the vocabulary table, computed once per word', () => {
  const seen: string[] = [];
  const vocab = { ascii: new KeyTable((key: string) => (seen.push(key), key.length)), kindOf: (key: string) => -key.length, fold };
  // "Anna's" (cut short) and "annax1" (the regex gives back a letter) are looked up the slow way.
  const toks = tokenize("Anna met ANNA and anna; Anna's Zoé too, annax1", HONORIFICS, vocab);
  assert.deepEqual(
    toks.map((t) => [t.key, t.kind]),
    [['anna', 4], ['met', 3], ['anna', 4], ['and', 3], ['anna', 4], ['anna', 4], ['zoe', -3], ['too', 3], ['anna', 4]],
  );
  assert.deepEqual(seen, ['anna', 'met', 'and', 'too']);
  // Each token's hash is its key's, whichever way the key was found (scanned, cut short, folded).
  assert.deepEqual(
    toks.map((t) => t.hash),
    toks.map((t) => fnv(t.key)),
  );
  // Keys agree with the tokenizer without a vocabulary.
  const t = "It's O'Neil-Smith's turn, Dr. NASA";
  assert.deepEqual(
    tokenize(t, HONORIFICS, vocab).map((x) => x.key),
    tokenize(t, HONORIFICS).map((x) => x.key),
  );
});

test('key table: many distinct words, collisions and growth', () => {
  const computed: string[] = [];
  const table = new KeyTable((key: string) => (computed.push(key), key.length));
  const words = Array.from({ length: 20000 }, (_, i) => `w${i.toString(36)}x`.replace(/\d/g, (d) => 'abcdefghij'[Number(d)]));
  const text = words.join(' ');
  for (let round = 0; round < 2; round++) {
    let pos = 0;
    for (const w of words) {
      const slot = table.lookup(text, pos, pos + w.length);
      assert.equal(table.key(slot), w);
      assert.equal(table.value(slot), w.length);
      const upper = w.toUpperCase();
      assert.equal(table.key(table.lookup(upper, 0, upper.length)), w);
      pos += w.length + 1;
    }
  }
  // Each distinct word's value was computed once, in both rounds together.
  assert.equal(computed.length, new Set(words).size);
});
