// Surnames that are also names of products and tools ("Swift", "Rust", "Kafka", "Slack"): the tagger never puts
// a word of the not-a-name list in a person, so "my coworker Jenny Swift" gave "Jenny" and a redaction kept
// "Swift". Right after a one-word first name found as a person, such a surname joins the finding.
import type { Candidate } from '../../types';
import { type Lexicon, fold } from './lexicon';

/** Words of the not-a-name list that are surnames too. */
const PRODUCT_SURNAMES = new Set(['swift', 'rust', 'kafka', 'slack', 'apple', 'edge', 'spark', 'falcon', 'signal']);
const NEXT_WORD = /^[ \t]+(\p{Lu}\p{Ll}+)(?![\p{L}\p{N}])/u;
const ONE_WORD = /^\p{Lu}\p{Ll}+$/u;

/** The persons with a surname that names a product too joined to them ("Jenny Swift"). */
export function joinProductSurnames(text: string, persons: Candidate[], lex: Lexicon): Candidate[] {
  return persons.map((c, i) => {
    const m = NEXT_WORD.exec(text.slice(c.end, c.end + 24));
    if (!m || !PRODUCT_SURNAMES.has(fold(m[1]))) return c;
    // A first name alone: one word the lexicon knows as a name ("Taylor" is a surname too).
    const value = text.slice(c.start, c.end);
    if (!ONE_WORD.test(value) || !(lex.isGiven(fold(value)) || lex.isSurname(fold(value)))) return c;
    const end = c.end + m[0].length;
    if (persons[i + 1] && persons[i + 1].start < end) return c;
    return { ...c, end, reasons: [...c.reasons, 'a surname that names a product too'] };
  });
}
