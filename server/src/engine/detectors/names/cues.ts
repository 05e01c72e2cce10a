// Phrases before a word that make it a name, a place or an organisation ("my name is …", "based in …",
// "works for …"). Each is a regex anchored at the end of the text before the word, which costs a try at
// every position of that text; since each can only match when the text ends with one of a few words, the
// end of the text is compared with those first, which spares the regex for almost every word.

/** Phrases that introduce a name: "my name is", "call me", "Dear". */
const STRONG_NAME = /(?:(?:^|[^\p{L}])(?:name\s*(?:is|was|'s|’s|:|=|-)|named(?:\s+(?:him|her|them|it))?|called|call\s+me|calls\s+me|dear|signed|regards|sincerely|yours\s+truly|cheers|best\s+wishes|kind\s+regards|maiden\s+name\s+(?:is|was)|(?:change|correct)\s+it\s+to|add|name\s+of|contact\s+person\s*:?))[\s,:-]*$/iu;
const MEDIUM_NAME = /(?:(?:^|[^\p{L}])(?:i'm|i’m|i\s+am|this\s+is|it's|it’s|hi|hello|hey|thanks|thank\s+you|meet|with|by|told|asked|ask|tell|under|said|says|met|married|son|daughter|wife|husband|brother|sister|mother|father|mom|dad|friend|boss|colleague|patient|client|customer|author|written\s+by|directed\s+by|starring|sung\s+by|assistant\s+to|partner's\s+name|account\s+of|guardian|heard|have\s+you\s+heard|follow\s+up\s+with|speak\s+to))[\s,:-]*$/iu;
/** Two-word phrases before a place: "based in", "moved to", "born in". */
const LOCATIVE = /(?:based|live|lives|living|lived|located|moved|move|born|arrived|returned|travelling|traveling|travel|trip|flight|flew|headquartered|originally|here|am|was|stay|staying|city|town|village|capital|reside|resides|residing)\s+(?:in|to|from|at|of|near)\s*$/i;
const ORGANIZATION = /(?:work|works|worked|working)\s+(?:for|at)\s*$|employed\s+(?:by|at)\s*$|joined\s*$/i;

export const words = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

/** The last word each phrase can end with (an "'s" ends with "s", "i'm" with "m"). */
const STRONG_NAME_ENDS = words('is was s name named him her them it called me dear signed regards sincerely truly cheers wishes to add of person');
const MEDIUM_NAME_ENDS = words(`m am is s hi hello hey thanks you meet with by told asked ask tell under said says met married son daughter
  wife husband brother sister mother father mom dad friend boss colleague patient client customer author starring to name of guardian heard`);
const LOCATIVE_ENDS = words('in to from at of near');
const ORGANIZATION_ENDS = words('for at by joined');
/** Every word a cue phrase can end with: a word after any other cannot follow a cue. */
export const CUE_END_WORDS: ReadonlySet<string> = new Set([...STRONG_NAME_ENDS, ...MEDIUM_NAME_ENDS, ...LOCATIVE_ENDS, ...ORGANIZATION_ENDS]);

export const isTrailing = (c: number) => c === 32 || (c >= 9 && c <= 13) || c === 44 || c === 58 || c === 61 || c === 45;
const isAsciiLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

/** Words by their last letter. */
function byLast(words: ReadonlySet<string>): Map<number, string[]> {
  const m = new Map<number, string[]>();
  for (const w of words) m.set(w.charCodeAt(w.length - 1), [...(m.get(w.charCodeAt(w.length - 1)) ?? []), w]);
  return m;
}

/**
 * Whether text[lo, hi), after trailing spaces and ",:=-", may end with one of the words: its last ASCII
 * letters end with one, ignoring case ("myjoined" too: not every phrase starts at a word boundary). A
 * non-ASCII character right before those letters lets it through, since case-insensitive regexes read some
 * as ASCII letters ("iſ" is "is").
 */
function mayEndWith(text: string, lo: number, hi: number, ends: Map<number, string[]>, trailing: (c: number) => boolean): boolean {
  let e = hi;
  while (e > lo && trailing(text.charCodeAt(e - 1))) e--;
  let b = e;
  while (b > lo && isAsciiLetter(text.charCodeAt(b - 1))) b--;
  if (b > lo && text.charCodeAt(b - 1) > 127) return true;
  if (b === e) return false;
  const list = ends.get(text.charCodeAt(e - 1) | 32);
  if (!list) return false;
  for (const w of list) {
    if (e - b < w.length) continue;
    let same = true;
    for (let k = 0; k < w.length && same; k++) same = (text.charCodeAt(e - w.length + k) | 32) === w.charCodeAt(k);
    if (same) return true;
  }
  return false;
}

export type Cue = (text: string, end: number, width?: number) => boolean;

/**
 * A cue: whether the `width` characters before `end` match `re` (anchored at their end), tested only when
 * they end with one of `ends` (after characters `trailing` accepts).
 */
export function cue(re: RegExp, ends: ReadonlySet<string>, trailing = isTrailing): Cue {
  const last = byLast(ends);
  // The rule tagger and the learned tagger's features ask about the same words of a text: the answers at
  // the default width are kept for the last text.
  let memoText: string | undefined;
  const memo = new Map<number, boolean>();
  return (text, end, width = 48) => {
    const lo = Math.max(0, end - width);
    if (!mayEndWith(text, lo, end, last, trailing)) return false;
    if (width !== 48) return re.test(text.slice(lo, end));
    if (text !== memoText) {
      memo.clear();
      memoText = text;
    }
    let found = memo.get(end);
    if (found === undefined) memo.set(end, (found = re.test(text.slice(lo, end))));
    return found;
  };
}

/** Whether the `width` characters before `end` end with a phrase that introduces a name ("my name is"). */
export const strongNameCue = cue(STRONG_NAME, STRONG_NAME_ENDS);
/** … with a phrase after which a person often follows ("I met", "thanks"). */
export const mediumNameCue = cue(MEDIUM_NAME, MEDIUM_NAME_ENDS);
/** … with a phrase before a place ("based in"). */
export const locativeCue = cue(LOCATIVE, LOCATIVE_ENDS);
/** … with a phrase before an organisation ("works for"). */
export const organizationCue = cue(ORGANIZATION, ORGANIZATION_ENDS);

/** The regexes themselves, for tests that compare the cheap path with them. */
export const CUE_REGEXES = { strongNameCue: STRONG_NAME, mediumNameCue: MEDIUM_NAME, locativeCue: LOCATIVE, organizationCue: ORGANIZATION };
