// One cheap pass over a text, shared by every national detector. It finds the clusters that could hold
// an identifier (digits and capitals joined by single separators); a detector runs its pattern only on
// clusters with enough digits, and not at all when the text has none.

export interface Cluster {
  start: number;
  end: number;
  digits: number;
  /** A capital letter next to a digit, directly or across one separator ("AB 12", "T22", "DE1"). */
  letterDigit: boolean;
  /** Digits only: no capital, no separator. */
  bare: boolean;
}

export interface TextProfile {
  clusters: Cluster[];
  /** Most digits in one cluster ("943 476 5919" → 10). */
  maxDigits: number;
  letterDigit: boolean;
}

const isDigit = (c: number) => c >= 48 && c <= 57;
const isUpper = (c: number) => c >= 65 && c <= 90;
// space + - . / (a Swedish personnummer of someone over 100 is written YYMMDD+NNNN)
const isSeparator = (c: number) => c === 32 || c === 43 || c === 45 || c === 46 || c === 47;

const NONE: TextProfile = Object.freeze({ clusters: [], maxDigits: 0, letterDigit: false });
// test() with lastIndex: the next digit without a match object.
const NEXT_DIGIT = /\d/g;

/** Kind of a cluster character: 1 digit, 2 capital, 0 neither. */
const kindOf = (c: number) => (isDigit(c) ? 1 : isUpper(c) ? 2 : 0);

export function profileText(text: string): TextProfile {
  let clusters: Cluster[] | undefined;
  let maxDigits = 0;
  let anyLetterDigit = false;
  const n = text.length;
  // Every cluster holds a digit: the native search jumps to the next one (most text is lowercase prose),
  // then the cluster is walked back to its start and forward to its end.
  let from = 0;
  for (;;) {
    NEXT_DIGIT.lastIndex = from;
    if (!NEXT_DIGIT.test(text)) break;
    const digit = NEXT_DIGIT.lastIndex - 1;
    // Back over capitals and digits, and over a single separator with one of them on both sides.
    let start = digit;
    while (start > from) {
      const c = text.charCodeAt(start - 1);
      if (kindOf(c)) start--;
      else if (isSeparator(c) && start - 2 >= from && kindOf(text.charCodeAt(start - 2))) start -= 2;
      else break;
    }
    let digits = 0;
    let letterDigit = false;
    let bare = true;
    // Kind of the last cluster character: 1 digit, 2 capital.
    let last = 0;
    let i = start;
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      const kind = kindOf(c);
      if (kind) {
        if (last !== 0 && last !== kind) letterDigit = true;
        if (kind === 1) digits++;
        else bare = false;
        last = kind;
        continue;
      }
      // A single separator between two cluster characters joins them.
      if (isSeparator(c) && i + 1 < n && kindOf(text.charCodeAt(i + 1))) {
        bare = false;
        continue;
      }
      break;
    }
    // i is past the last cluster character (a separator is taken only with one after it).
    (clusters ??= []).push({ start, end: i, digits, letterDigit, bare });
    if (digits > maxDigits) maxDigits = digits;
    if (letterDigit) anyLetterDigit = true;
    from = i;
  }
  return clusters ? { clusters, maxDigits, letterDigit: anyLetterDigit } : NONE;
}

// The engine runs every detector over the same text, or over the same few windows of a long text (one
// detector after the other, window by window), so remembering the latest text is enough.
let lastText: string | undefined;
let lastProfile: TextProfile = NONE;

export function cachedProfile(text: string): TextProfile {
  if (text !== lastText) {
    lastProfile = profileText(text);
    lastText = text;
  }
  return lastProfile;
}

/**
 * A trigger whose test() asks the shared profile first, so a text that cannot hold the kind costs one
 * cached lookup instead of a regex scan. As a plain RegExp (exec, source) it is the looser `pattern`.
 */
export class ProfileTrigger extends RegExp {
  constructor(
    pattern: RegExp,
    private readonly minDigits: number,
    private readonly letterDigit: boolean,
  ) {
    super(pattern.source, pattern.flags.replace(/[gy]/g, ''));
  }

  override test(text: string): boolean {
    const p = cachedProfile(text);
    if (p.maxDigits < this.minDigits || (this.letterDigit && !p.letterDigit)) return false;
    return this.minDigits > 0 || super.test(text);
  }
}
