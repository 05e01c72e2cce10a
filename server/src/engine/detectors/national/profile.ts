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
const ANY_DIGIT = /\d/;

export function profileText(text: string): TextProfile {
  // Most strings have no digit at all; the native scan settles them fastest.
  if (!ANY_DIGIT.test(text)) return NONE;
  const clusters: Cluster[] = [];
  let maxDigits = 0;
  let anyLetterDigit = false;
  let cur: Cluster | undefined;
  // Kind of the last cluster character: 1 digit, 2 capital.
  let last = 0;
  let lastEnd = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0;
    const kind = isDigit(c) ? 1 : isUpper(c) ? 2 : 0;
    if (kind) {
      if (!cur) cur = { start: i, end: i, digits: 0, letterDigit: false, bare: true };
      else if (last !== kind) cur.letterDigit = true;
      if (kind === 1) cur.digits++;
      else cur.bare = false;
      last = kind;
      lastEnd = i + 1;
      continue;
    }
    if (!cur) continue;
    if (isSeparator(c) && i + 1 < text.length && i === lastEnd) {
      const n = text.charCodeAt(i + 1);
      if (isDigit(n) || isUpper(n)) {
        cur.bare = false;
        continue;
      }
    }
    // The cluster ends at its last digit or capital.
    cur.end = lastEnd;
    if (cur.digits > 0) clusters.push(cur);
    if (cur.digits > maxDigits) maxDigits = cur.digits;
    if (cur.letterDigit) anyLetterDigit = true;
    cur = undefined;
    last = 0;
  }
  return { clusters, maxDigits, letterDigit: anyLetterDigit };
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
