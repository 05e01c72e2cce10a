// The learned tagger's features: what a linguist would look at around each word, hashed into a fixed
// number of buckets so that the weights are one flat array and no feature string is ever built.
// Lexicons, cue phrases and the rule tagger's verdict are features here, not verdicts.
import type { Candidate } from '../../../types';
import { Shape, type Token } from '../tokens';
import { Kind, rankBucket } from '../tagger';
import { CUE_END_WORDS, isTrailing, locativeCue, mediumNameCue, organizationCue, strongNameCue } from '../cues';

/** BIO tags over tokens. */
export const TAGS = ['O', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG'] as const;
export const NUM_TAGS = TAGS.length;
/** Entity of a tag (0 = none, 1 = PERSON, 2 = LOCATION, 3 = ORGANIZATION). */
export const entityOfTag = (tag: number) => (tag + 1) >> 1;
export const isInside = (tag: number) => tag > 0 && tag % 2 === 0;

/** Settings that change what a weight means: recorded in the weights' manifest and checked by a test. */
export const FEATURE_SETTINGS = {
  version: 8,
  hashBits: 18,
  /** At most this many features per token. */
  maxFeatures: 44,
} as const;

export const BUCKETS = 1 << FEATURE_SETTINGS.hashBits;
const MASK = BUCKETS - 1;
export const MAX_FEATURES = FEATURE_SETTINGS.maxFeatures;

/** The rule tagger's verdicts, by entity (1 PERSON, 2 LOCATION, 3 ORGANIZATION). */
export interface RuleSpans {
  persons: readonly Candidate[];
  locations: readonly Candidate[];
  organizations: readonly Candidate[];
}

// Feature templates (the first argument of `feature`).
const enum T {
  Bias = 1, Word, PrevWord, NextWord, Prev2Word, Next2Word, Shape, PrevShape, NextShape, Suffix2, Suffix3, Suffix4,
  Prefix3, KindBit, PrevKindBit, NextKindBit, Rule, PrevRule, NextRule, Cue, Identifier, Possessive, GapChar, Length,
  PrevWordShape, CasedWord, PrevBigram, SentenceCase, NextWordShape, HonorificBefore, RuleInContext, KindInContext, NextBigram,
  Frequency,
}

/**
 * A feature's bucket * NUM_TAGS: a 32-bit mix of a template and a value (murmur3's finaliser), masked to
 * the buckets. Masked here rather than after returning the 32-bit mix, which V8 boxes as a heap number
 * when it does not inline the call (about 12 MB of garbage per 5 MB of chat).
 */
function feature(template: number, value: number): number {
  let h = Math.imul(template, 0x9e3779b1) ^ value;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return ((h ^ (h >>> 16)) & MASK) * NUM_TAGS;
}

/** FNV-1a of s[from, to). */
function hashRange(s: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}

const KIND_BITS = [Kind.Word, Kind.Given, Kind.AmbiguousGiven, Kind.Surname, Kind.SurnameLike, Kind.Unknown, Kind.OrgWord, Kind.NotName, Kind.Place, Kind.Particle, Kind.Stop, Kind.Honorific, Kind.Extra];
const NEIGHBOUR_KIND_BITS = Kind.Given | Kind.Surname | Kind.Place | Kind.Honorific | Kind.Stop | Kind.OrgWord | Kind.Unknown | Kind.Word;
const NAME_KINDS = Kind.Given | Kind.Extra | Kind.Place | Kind.Surname | Kind.SurnameLike | Kind.OrgWord | Kind.Honorific;

/**
 * Lower-case words worth a look although they are also ordinary words, in a sentence written without capitals
 * ("moving to tampa next week", "ask john"): places and given names. (Where the sentence starts with a capital,
 * a lower-case "london" or "john" is rarely a name, and looking at every one would cost the model a fifth of its speed.)
 */
const LOWER_CASE_KINDS = Kind.Place | Kind.Given;

/**
 * The words the model looks at: capitalised ones, words the rules or the lexicons single out, @handles.
 * Every other word is O by construction, as is any word of a code-like identifier ("Llama-4-Scout-17B",
 * "base_model").
 */
export function isCandidate(t: Token, rule: number, gapChar: number, lowerSentence = false): boolean {
  if (t.inIdentifier) return false;
  // A capital at a sentence start says nothing about an ordinary word ("The", "Sure", "Can").
  if (t.sentStart && rule === 0 && t.kind & (Kind.Word | Kind.Stop) && !(t.kind & (NAME_KINDS | Kind.AmbiguousGiven | Kind.Unknown)) && gapChar !== 64) return false;
  return t.shape !== Shape.Lower || !!(t.kind & Kind.Extra) || rule !== 0 || gapChar === 64 || (!!(t.kind & NAME_KINDS) && !(t.kind & (Kind.Word | Kind.Stop))) || (lowerSentence && !!(t.kind & LOWER_CASE_KINDS));
}

/** Per-text buffers, reused from one text to the next (grown when a text has more tokens). */
export class FeatureBuffers {
  keyHash = new Int32Array(256);
  /** Rule verdict per token: entity (0–3) * 16 + score bucket (0–9), + 0x100 where the span starts. */
  rule = new Int32Array(256);
  sentCase = new Uint8Array(256);
  /** 1 when the model looks at the token, 0 when it is O by construction. */
  candidate = new Uint8Array(256);
  gapChar = new Uint16Array(256);
  /** Bucket index * NUM_TAGS of each feature, MAX_FEATURES per token, −1 after the last. */
  feats = new Int32Array(256 * MAX_FEATURES);

  ensure(n: number) {
    if (this.keyHash.length >= n) return;
    const m = Math.max(n, 2 * this.keyHash.length);
    this.keyHash = new Int32Array(m);
    this.rule = new Int32Array(m);
    this.sentCase = new Uint8Array(m);
    this.candidate = new Uint8Array(m);
    this.gapChar = new Uint16Array(m);
    this.feats = new Int32Array(m * MAX_FEATURES);
  }
}

/** Marks each token with the rule tagger's verdict (spans are in text order, tokens too). */
function markRules(toks: readonly Token[], spans: readonly Candidate[], entity: number, rule: Int32Array) {
  let i = 0;
  for (const s of spans) {
    while (i < toks.length && toks[i].end <= s.start) i++;
    let first = true;
    for (let j = i; j < toks.length && toks[j].start < s.end; j++) {
      if (toks[j].end <= s.start) continue;
      rule[j] = entity * 16 + Math.min(9, Math.floor(s.score * 10)) + (first ? 0x100 : 0);
      first = false;
    }
  }
}

/** "@name" or, in text joined from tokens, "@ name": the word is a user name. */
export function isHandleGap(text: string, gapStart: number, start: number): boolean {
  const c = text.charCodeAt(start - 1);
  return c === 64 || (c === 32 && start - 2 >= gapStart && text.charCodeAt(start - 2) === 64);
}

const isSpaceCode = (c: number) => c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x3000 || c === 0x2028 || c === 0x2029 || (c >= 0x2000 && c <= 0x200a);
const isAlnumCode = (c: number) => (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) || c > 127;

/** [ ] ( ) < > ": what ends a Markdown link's text or an address in angle brackets ("[Aisha Bello](https://…)", "Jane <jane@…>"). */
const isLinkBracket = (c: number) => c === 91 || c === 93 || c === 40 || c === 41 || c === 60 || c === 62 || c === 34;

/**
 * Whether the word is glued into an e-mail address, a URL or a domain ("k.tanaka@example.jp",
 * "www.example.com/Anna"): within its run of non-space characters an "@" or "/", or a dot between letters.
 */
export function inAddressChunk(text: string, start: number, end: number): boolean {
  for (let i = start - 1; i >= 0 && i >= start - 64; i--) {
    const c = text.charCodeAt(i);
    if (isSpaceCode(c) || isLinkBracket(c)) break;
    if (c === 64 || c === 47) return i > 0 && !isSpaceCode(text.charCodeAt(i - 1)) ? true : c === 47;
    if (c === 46 && i > 0 && isAlnumCode(text.charCodeAt(i - 1)) && isAlnumCode(text.charCodeAt(i + 1)) && i + 1 === start) return true;
  }
  for (let i = end; i < text.length && i < end + 64; i++) {
    const c = text.charCodeAt(i);
    if (isSpaceCode(c) || isLinkBracket(c)) break;
    if (c === 64 || c === 47) return true;
    if (c === 46 && isAlnumCode(text.charCodeAt(i + 1)) && i === end) return true;
  }
  return false;
}

/** Whether `prev` ends in a word a cue phrase can end with, and only spaces or ",:=-" come between. */
function mayFollowCue(text: string, prev: Token, t: Token): boolean {
  for (let i = prev.end + (prev.possessive ? 2 : 0); i < t.start; i++) if (!isTrailing(text.charCodeAt(i))) return false;
  const key = prev.key;
  if (prev.possessive) return true;
  if (CUE_END_WORDS.has(key)) return true;
  const apostrophe = Math.max(key.lastIndexOf("'"), key.lastIndexOf('’'));
  return apostrophe >= 0 && CUE_END_WORDS.has(key.slice(apostrophe + 1));
}

/** The words "my name is", "name: …", "call me" and "named" end with, and their key hashes (a string lookup per word cost 5% of the names pass). */
const NAMING_END_WORDS = ['is', 'was', 'name', 'me', 'named'];
const NAMING_END_HASHES = Int32Array.from(NAMING_END_WORDS, (w) => hashRange(w, 0, w.length));

/** The naming phrase that token i − 1 ends, if any: "name is", "name was", "name's", "name:", "call me", "named". */
function endsNamingPhrase(toks: readonly Token[], i: number): boolean {
  const prev = toks[i - 1];
  const h = prev.hash | 0;
  let k = 0;
  while (k < NAMING_END_HASHES.length && NAMING_END_HASHES[k] !== h) k++;
  if (k === NAMING_END_HASHES.length || NAMING_END_WORDS[k] !== prev.key) return false;
  const before = i > 1 ? toks[i - 2].key : '';
  switch (prev.key) {
    case 'is':
    case 'was':
      return before === 'name';
    case 'me':
      return before === 'call' || before === 'calls';
    case 'name':
      // "name's leo", "name: leo", "name = leo", not "the name leo".
      return prev.possessive || toks[i].start - prev.end > 1;
    default:
      return true;
  }
}

/**
 * A lower-case word right after a naming phrase ("my name is leo", "call me asher"): a name written without
 * its capital, which the lexicons need not know ("leo" is an English word).
 */
function isLowerCaseNamed(text: string, toks: readonly Token[], i: number): boolean {
  const t = toks[i];
  return t.shape === Shape.Lower && !t.inIdentifier && !(t.kind & Kind.Stop) && endsNamingPhrase(toks, i) && mayFollowCue(text, toks[i - 1], t) && !inAddressChunk(text, t.start, t.end);
}

/** The shape of token i: 0–4 (Shape), plus 8 when it starts a sentence. */
const shapeCode = (t: Token) => t.shape + (t.sentStart ? 8 : 0);

/**
 * Fills `buf` for the tokens of `text`: which tokens are candidates and, for those, their features.
 * Returns the number of candidate tokens.
 */
// biome-ignore lint/complexity/noExcessiveLinesPerFunction: one pass per token on the names pass's hot path, its state in locals and typed arrays; split up, each token would pay calls and copies.
export function extractFeatures(text: string, toks: readonly Token[], rules: RuleSpans | undefined, buf: FeatureBuffers): number {
  const n = toks.length;
  buf.ensure(n);
  const { keyHash, rule, sentCase, candidate, feats } = buf;
  for (let i = 0; i < n; i++) rule[i] = 0;
  if (rules) {
    markRules(toks, rules.persons, 1, rule);
    markRules(toks, rules.locations, 2, rule);
    markRules(toks, rules.organizations, 3, rule);
  }
  // Sentence case: how many of a sentence's words after the first are capitalised (German, headlines, shouting).
  let from = 0;
  let lowerText = true;
  for (let i = 0; i <= n; i++) {
    if (i < n && !toks[i].sentStart) continue;
    if (i > from) {
      let caps = 0;
      let upper = 0;
      for (let j = from + 1; j < i; j++) {
        const s = toks[j].shape;
        if (s === Shape.Cap) caps++;
        else if (s === Shape.Upper) upper++;
      }
      const rest = i - from - 1;
      const code = rest === 0 ? 0 : upper * 2 > rest ? 3 : (caps + upper) * 2 >= rest ? 2 : caps + upper > 0 ? 1 : 0;
      for (let j = from; j < i; j++) sentCase[j] = code;
      if (toks[from].shape === Shape.Cap || toks[from].shape === Shape.Upper) lowerText = false;
    }
    from = i;
  }
  let candidates = 0;
  const gapChars = buf.gapChar;
  let lowerSentence = false;
  for (let i = 0; i < n; i++) {
    const t = toks[i];
    if (t.sentStart) lowerSentence = t.shape === Shape.Lower;
    const gapChar = t.start > t.gapStart ? (isHandleGap(text, t.gapStart, t.start) ? 64 : text.charCodeAt(t.start - 1)) : 0;
    gapChars[i] = gapChar;
    const isCand = (isCandidate(t, rule[i], gapChar, lowerSentence) && !inAddressChunk(text, t.start, t.end)) || (i > 0 && isLowerCaseNamed(text, toks, i));
    candidate[i] = isCand ? 1 : 0;
    if (isCand) candidates++;
  }
  if (candidates === 0) return 0;
  // Key hashes only for the candidates and the two words either side of them (the tokenizer hashed each key as hashRange does).
  let hashedTo = -1;
  for (let i = 0; i < n; i++) {
    if (!candidate[i]) continue;
    for (let j = Math.max(i - 2, hashedTo + 1); j <= i + 2 && j < n; j++) {
      keyHash[j] = toks[j].hash;
      hashedTo = j;
    }
  }
  for (let i = 0; i < n; i++) {
    if (!candidate[i]) continue;
    const t = toks[i];
    const gapChar = gapChars[i];
    const base = i * MAX_FEATURES;
    let f = base;
    const prev = i > 0 ? toks[i - 1] : undefined;
    const next = i + 1 < n ? toks[i + 1] : undefined;
    const shape = shapeCode(t);
    const lowerMode = lowerText ? 16 : 0;
    feats[f++] = feature(T.Bias, 0);
    feats[f++] = feature(T.Word, keyHash[i]);
    feats[f++] = feature(T.CasedWord, keyHash[i] ^ (t.shape + 1));
    feats[f++] = feature(T.PrevWord, i > 0 ? keyHash[i - 1] : 1);
    feats[f++] = feature(T.NextWord, next ? keyHash[i + 1] : 1);
    feats[f++] = feature(T.Prev2Word, i > 1 ? keyHash[i - 2] : 1);
    feats[f++] = feature(T.Next2Word, i + 2 < n ? keyHash[i + 2] : 1);
    feats[f++] = feature(T.NextBigram, i + 2 < n ? Math.imul(keyHash[i + 1], 31) ^ keyHash[i + 2] : 1);
    feats[f++] = feature(T.PrevBigram, i > 1 ? Math.imul(keyHash[i - 2], 31) ^ keyHash[i - 1] : 1);
    feats[f++] = feature(T.Shape, shape + lowerMode + sentCase[i] * 32);
    feats[f++] = feature(T.PrevShape, (prev ? shapeCode(prev) : 31) * 64 + shape);
    feats[f++] = feature(T.NextShape, (next ? shapeCode(next) : 31) * 64 + shape);
    feats[f++] = feature(T.PrevWordShape, (i > 0 ? keyHash[i - 1] : 1) ^ shape);
    feats[f++] = feature(T.NextWordShape, (next ? keyHash[i + 1] : 1) ^ shape);
    const k = t.key;
    const len = k.length;
    if (len > 2) feats[f++] = feature(T.Suffix2, hashRange(k, len - 2, len));
    if (len > 3) feats[f++] = feature(T.Suffix3, hashRange(k, len - 3, len));
    if (len > 4) feats[f++] = feature(T.Suffix4, hashRange(k, len - 4, len));
    if (len > 3) feats[f++] = feature(T.Prefix3, hashRange(k, 0, 3));
    feats[f++] = feature(T.Length, Math.min(len, 12));
    const capital = t.shape === Shape.Lower ? 0 : t.shape === Shape.Cap ? 1 : 2;
    const context = sentCase[i] * 2 + (t.sentStart ? 1 : 0);
    let kinds = 0;
    for (let b = 0; b < KIND_BITS.length; b++) if (t.kind & KIND_BITS[b]) kinds |= 1 << b;
    if (kinds) {
      feats[f++] = feature(T.KindBit, kinds * 4 + capital);
      feats[f++] = feature(T.KindInContext, (kinds * 4 + capital) * 8 + context);
    }
    // How common the word is in English, by its case and place in the sentence ("Will" at the start vs "Baker" mid-sentence).
    feats[f++] = feature(T.Frequency, (rankBucket(t.kind) * 4 + capital) * 8 + context);
    if (prev) {
      const pk = prev.kind & NEIGHBOUR_KIND_BITS;
      if (pk) feats[f++] = feature(T.PrevKindBit, pk * 4 + capital);
      if (prev.kind & Kind.Honorific && prev.shape !== Shape.Lower) feats[f++] = feature(T.HonorificBefore, prev.dot ? 1 : 0);
    }
    if (next) {
      const nk = next.kind & NEIGHBOUR_KIND_BITS;
      if (nk) feats[f++] = feature(T.NextKindBit, nk * 4 + capital);
    }
    feats[f++] = feature(T.Rule, rule[i]);
    feats[f++] = feature(T.RuleInContext, (rule[i] >> 4) * 64 + context * 4 + capital);
    feats[f++] = feature(T.PrevRule, i > 0 ? rule[i - 1] >> 4 : 15);
    feats[f++] = feature(T.NextRule, next ? rule[i + 1] >> 4 : 15);
    feats[f++] = feature(T.GapChar, gapChar === 64 ? 1 : gapChar === 35 ? 2 : gapChar === 34 || gapChar === 39 ? 3 : gapChar === 40 ? 4 : 0);
    if (t.inIdentifier) feats[f++] = feature(T.Identifier, 1);
    if (t.possessive) feats[f++] = feature(T.Possessive, 1);
    // The cue phrases ("my name is", "I live in", "works for") before the word; the regexes only run when
    // the word before could end one ("is", "in", "for", "dear", …) with nothing but ",:=-" and spaces between.
    const cues = !prev || !mayFollowCue(text, prev, t) ? 0 : (strongNameCue(text, t.start) ? 1 : 0) | (mediumNameCue(text, t.start) ? 2 : 0) | (locativeCue(text, t.start) ? 4 : 0) | (organizationCue(text, t.start) ? 8 : 0);
    if (cues) feats[f++] = feature(T.Cue, cues);
    if (f < base + MAX_FEATURES) feats[f] = -1;
  }
  return candidates;
}
