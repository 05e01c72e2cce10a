// A small word tokenizer with the features the name tagger needs: shape, sentence starts, gaps.
import { fold } from './lexicon';

export const enum Shape {
  Lower,
  /** First letter upper case, some lower case after it: "Anna", "McDowell". */
  Cap,
  /** Two or more letters, all upper case: "OULU", "NASA". */
  Upper,
  /** One upper-case letter: "J" or "J." (the dot is in `dot`). */
  Initial,
  Other,
}

export interface Token {
  start: number;
  end: number;
  text: string;
  /** Lower case, diacritics folded. */
  key: string;
  shape: Shape;
  /** First word of a sentence, line or quoted passage. */
  sentStart: boolean;
  /** Followed directly by "." */
  dot: boolean;
  /** Followed by a possessive "'s" (excluded from the token). */
  possessive: boolean;
  /** End of the previous token (or 0), so text.slice(gapStart, start) is the gap before this token. */
  gapStart: number;
}

const WORD = /(?<![\p{L}\p{M}\p{N}_])[\p{L}\p{M}]+(?:['’\-][\p{L}\p{M}]+)*(?![\p{N}_])/gu;
const SENTENCE_END = /[.!?:;\n"“”«»()[\]{}|•*#>]/;

function shapeOf(w: string): Shape {
  const c0 = w.charCodeAt(0);
  if (c0 >= 97 && c0 <= 122) return Shape.Lower;
  if (c0 >= 65 && c0 <= 90 && /^[A-Z][a-z]+$/.test(w)) return Shape.Cap;
  const first = w[0];
  const firstUpper = first !== first.toLowerCase();
  if (!firstUpper) return first !== first.toUpperCase() ? Shape.Lower : Shape.Other;
  if (w.length === 1) return Shape.Initial;
  const rest = w.slice(1);
  if (rest === rest.toUpperCase()) return rest === rest.toLowerCase() ? Shape.Other : Shape.Upper;
  return Shape.Cap;
}

/** Whether `prev` ends with an abbreviation dot that does not end a sentence ("Dr.", "J.", "St."). */
function abbreviationDot(prev: Token, honorifics: ReadonlySet<string>): boolean {
  return prev.dot && (prev.shape === Shape.Initial || honorifics.has(prev.key) || prev.key === 'st' || prev.key === 'no');
}

export function tokenize(text: string, honorifics: ReadonlySet<string>): Token[] {
  const out: Token[] = [];
  let prev: Token | undefined;
  for (const m of text.matchAll(WORD)) {
    let word = m[0];
    const start = m.index;
    let possessive = false;
    if (word.length > 3 && /['’][sS]$/.test(word)) {
      word = word.slice(0, -2);
      possessive = true;
    }
    const end = start + word.length;
    const gapStart = prev ? prev.end + (prev.possessive ? 2 : 0) : 0;
    let sentStart = !prev;
    if (prev) {
      const gap = text.slice(gapStart, start);
      if (SENTENCE_END.test(gap)) sentStart = !(gap === '. ' && abbreviationDot(prev, honorifics));
    } else {
      sentStart = true;
    }
    const tok: Token = {
      start,
      end,
      text: word,
      key: fold(word),
      shape: shapeOf(word),
      sentStart,
      dot: text.charCodeAt(end + (possessive ? 2 : 0)) === 46,
      possessive,
      gapStart,
    };
    out.push(tok);
    prev = tok;
  }
  return out;
}

/** The text between token i-1 and token i. */
export function gapBefore(text: string, toks: readonly Token[], i: number): string {
  return text.slice(toks[i].gapStart, toks[i].start);
}
