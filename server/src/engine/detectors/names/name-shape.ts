// Word shapes that are never a person's name, whatever found the span: a CamelCase product ("LeetCode",
// "ProcessWire"), a hyphenated compound of ordinary words ("Mother-land", "Sequence-to-sequence") and nouns made
// with an abstract suffix ("Requantization", "Tokenization"). Names the lexicon knows are kept ("McDowell",
// "DeShawn", "MaryAnn", "Clement").
import type { Lexicon } from './lexicon';
import { fold } from './lexicon';

/** Parts before an inner capital in names: "McDowell", "MacArthur", "DeShawn", "LaToya", "VanDyke", "O'Neil". */
const NAME_PREFIXES = new Set('mc mac de di da du la le van von fitz o d st del della al el ben bin abu ja jo ke ka'.split(' '));
const CAMEL = /^(\p{Lu}\p{Ll}+)\p{Lu}/u;
const COMPOUND = /^\p{Lu}\p{Ll}+(?:-\p{Ll}+)+$/u;
const ABSTRACT_SUFFIX = /(?:ization|isation|ification|ology|ometry|ness|ment|ity|ism)$/u;

/**
 * Whether one word of a candidate name has a shape no name has. `last`: the word ends the candidate (an abstract
 * suffix says nothing about a given name before a surname: "Felicity Huffman", "Trinity Rodman").
 */
export function notANameWord(word: string, lex: Lexicon, last = true): boolean {
  const key = fold(word);
  if (lex.isGiven(key) || lex.isSurname(key)) return false;
  const camel = CAMEL.exec(word);
  if (camel) {
    const head = fold(camel[1]);
    return !NAME_PREFIXES.has(head) && !lex.isGiven(head);
  }
  // Every part an ordinary word, the first too: "Mother-land", "Sequence-to-sequence", not "Jong-un", "Jae-in".
  if (COMPOUND.test(word)) return key.split('-').every((w) => lex.isWord(w));
  return last && key.length > 6 && ABSTRACT_SUFFIX.test(key);
}

/** Whether a candidate name (one or more words) holds a word no name has. */
export function notAName(value: string, lex: Lexicon): boolean {
  const words = value.split(/\s+/).filter(Boolean);
  for (let i = 0; i < words.length; i++) if (notANameWord(words[i].replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''), lex, i === words.length - 1)) return true;
  return false;
}
