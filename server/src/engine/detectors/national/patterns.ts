// Match boundaries for identifier patterns. All patterns use the `u` flag so \p{…} classes work.

// Letters that glue to a token: cased scripts only. Scripts written without spaces (Han, kana, Hangul,
// Thai: \p{Lo}) often put an identifier right after a word, as in "身份证号码是110…".
const GLUE = String.raw`\p{Lu}\p{Ll}\p{Lt}\p{Lm}\p{N}_`;
// A number must not continue a longer one ("1234 5678 9012 3456" is not a 12-digit Aadhaar + 4),
// nor follow a '+' (phone numbers).
const NUM_BEFORE = String.raw`(?<![${GLUE}+]|\p{N}[ .\-/])`;
const NUM_AFTER = String.raw`(?![${GLUE}]|[.\-/]?\p{N}|[ ]\p{N})`;
const WORD_BEFORE = String.raw`(?<![${GLUE}])`;
const WORD_AFTER = String.raw`(?![${GLUE}])`;

/** A digit-led token that is not part of a longer run of digit groups. */
export function numeric(source: string): RegExp {
  return new RegExp(`${NUM_BEFORE}(?:${source})${NUM_AFTER}`, 'gu');
}

/** An alphanumeric token standing as a word of its own. */
export function alnum(source: string): RegExp {
  return new RegExp(`${WORD_BEFORE}(?:${source})${WORD_AFTER}`, 'gu');
}
