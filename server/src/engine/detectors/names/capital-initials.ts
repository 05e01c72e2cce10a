// Names written in capitals with a middle initial, as CVs, letterheads and signature blocks set them
// ("JANE A. MORRISON", "MARY K. O'NEILL"): the tagger stops at the initial and leaves the surname out, so a
// redaction would keep it. The surname after the initial's dot joins the finding when it is a surname the
// lexicon knows or no ordinary word ("JOHN T. DIRECTOR" stays "JOHN T").
import type { Candidate } from '../../types';
import { type Lexicon, fold } from './lexicon';

/** A name in capitals ending with a one-letter initial: "JANE A". */
const CAPITALS_WITH_INITIAL = /^\p{Lu}[\p{Lu}'’-]+(?:\s+\p{Lu}[\p{Lu}'’-]+)*\s+\p{Lu}$/u;
/** The initial's dot, then a word in capitals on the same line. */
const DOT_THEN_CAPITALS = /^\.[ \t]+(\p{Lu}[\p{Lu}'’-]*\p{Lu})(?![\p{L}\p{N}])/u;

/** The persons with the surname after a capital initial joined to them. */
export function joinCapitalSurnames(text: string, persons: Candidate[], lex: Lexicon): Candidate[] {
  return persons.map((c) => {
    if (!CAPITALS_WITH_INITIAL.test(text.slice(c.start, c.end))) return c;
    const m = DOT_THEN_CAPITALS.exec(text.slice(c.end, c.end + 40));
    if (!m) return c;
    const key = fold(m[1]);
    if (!lex.isSurname(key) && lex.isWord(key)) return c;
    if (persons.some((p) => p !== c && p.start < c.end + m[0].length && c.end < p.end)) return c;
    return { ...c, end: c.end + m[0].length, reasons: [...c.reasons, 'the surname after a capital initial'] };
  });
}
