// The fast name tagger: tokens, lexicon look-ups and context rules decide PERSON, LOCATION and
// ORGANIZATION spans. compromise is consulted only for the few spans the rules leave undecided.
import type { Candidate } from '../../types';
import { type Lexicon, PLACE_WORDS, SURNAME_ENDING, fold } from './lexicon';
import { Shape, type Token, type Vocabulary, tokenize } from './tokens';
import { KeyTable } from './key-table';
import { CompromiseOracle } from './oracle';
import { type Cue, locativeCue, mediumNameCue, organizationCue, strongNameCue } from './cues';

export interface NameSpans {
  persons: Candidate[];
  locations: Candidate[];
  organizations: Candidate[];
}

/** What one token is, as far as the lexicon knows. */
export const enum Kind {
  /** An ordinary word ("the", "Tales", "Monday"). */
  Word = 1,
  Given = 2,
  /** A given name that is also an ordinary word ("Will", "Grace"). */
  AmbiguousGiven = 4,
  Surname = 8,
  /** Not in any list but shaped like a surname ("-ová", "-enko", "-sson"). */
  SurnameLike = 16,
  /** Not in any list at all. */
  Unknown = 32,
  OrgWord = 64,
  NotName = 128,
  Place = 256,
  Particle = 512,
  Stop = 1024,
  Honorific = 2048,
  Extra = 4096,
}

/** Bits 16–18 of a kind: how frequent the word is in English (0 not in the frequency list, 1 top 100 … 6 below 5,000). */
export const RANK_SHIFT = 16;
export const rankBucket = (kind: number) => (kind >>> RANK_SHIFT) & 7;
const rankBits = (rank: number | undefined) => (rank === undefined ? 0 : rank < 100 ? 1 : rank < 500 ? 2 : rank < 1000 ? 3 : rank < 2500 ? 4 : rank < 5000 ? 5 : 6) << RANK_SHIFT;

const LOC_PREPS = new Set(['in', 'from', 'to', 'into', 'near', 'at', 'visiting', 'visit', 'via', 'towards', 'toward', 'around', 'across', 'outside', 'inside', 'throughout', 'serving', 'southern', 'northern', 'eastern', 'western', 'central']);
const WEAK_LOC_PREPS = new Set(['at', 'from']);
const VERB_AFTER = /^\s+(?:is|was|has|had|said|says|asked|told|went|came|lives|lived|works|worked|will|would|can|could|did|does|and\s+i|just|also|wrote|sent|called|thinks|thought|wants|needs|loves|likes)\b/i;

/** "Anna, can you …": a name at the start, addressed. */
const VOCATIVE_AFTER = /^,\s+(?:can|could|would|will|do|did|are|is|have|please|thanks|thank|i|we|you|what|where|when|why|how|let|listen|look|come|tell|give|stop|don't|it's|i'm)\b/i;

/** Any naming phrase at all (a cheap test before looking for lower-case names after one). */
const CUE_GATE = /name|call|dear|sign|regard|sincerely|cheers|add|correct|change/i;

/** Kinds that make a capitalised word worth a closer look. */
const PROPER = Kind.Given | Kind.AmbiguousGiven | Kind.Surname | Kind.Place | Kind.Extra | Kind.OrgWord | Kind.Honorific;
const NAMING_WORDS = new Set(['is', 'name', 'named', 'called', 'me', 'dear', 'was', 'him', 'her']);

export interface TaggerOptions {
  /** Ask compromise about undecided spans (slower, slightly better recall). */
  useCompromise: boolean;
}

const NO_TOKENS: Token[] = [];

/** Word kinds depend on the lexicon only, so each lexicon keeps one table of them for all taggers. */
const vocabularies = new WeakMap<Lexicon, Vocabulary>();

function vocabularyOf(lex: Lexicon): Vocabulary {
  let v = vocabularies.get(lex);
  if (!v) {
    const nonAscii = new Map<string, number>();
    const folded = new Map<string, string>();
    v = {
      fold: (word) => {
        let key = folded.get(word);
        if (key === undefined) {
          if (folded.size > 50_000) folded.clear();
          folded.set(word, (key = fold(word)));
        }
        return key;
      },
      ascii: new KeyTable((key) => computeKind(lex, key)),
      kindOf: (key) => {
        let k = nonAscii.get(key);
        if (k === undefined) {
          if (nonAscii.size > 50_000) nonAscii.clear();
          nonAscii.set(key, (k = computeKind(lex, key)));
        }
        return k;
      },
    };
    vocabularies.set(lex, v);
  }
  return v;
}

/** What the lexicon says a (lower-case, folded) word is. */
function computeKind(lex: Lexicon, key: string): number {
  let k = 0;
  if (lex.notNames.has(key)) k |= Kind.NotName;
  if (lex.extraNames.has(key)) k |= Kind.Extra | Kind.Given;
  if (lex.stop.has(key)) k |= Kind.Stop | Kind.Word;
  if (lex.honorifics.has(key)) k |= Kind.Honorific;
  if (lex.particles.has(key)) k |= Kind.Particle;
  if (lex.orgWords.has(key)) k |= Kind.OrgWord;
  if (lex.places.has(key)) k |= Kind.Place;
  const word = lex.isWord(key);
  if (word) k |= Kind.Word;
  if (lex.given.has(key) && !(k & Kind.NotName)) {
    const frequentWord = (lex.englishRank.get(key) ?? 99_999) < 2500 && !lex.compromiseGiven(key);
    k |= lex.ambiguous.has(key) || lex.stop.has(key) || lex.calendar.has(key) || frequentWord || key.length < 3 ? Kind.AmbiguousGiven : Kind.Given;
  }
  if (lex.surnames.has(key) && !(k & Kind.NotName) && key.length > 2) k |= Kind.Surname;
  if (!(k & (Kind.Word | Kind.Given | Kind.AmbiguousGiven | Kind.Surname | Kind.Place | Kind.OrgWord | Kind.NotName))) {
    k |= Kind.Unknown;
    if (key.length >= 4 && SURNAME_ENDING.test(key)) k |= Kind.SurnameLike;
  }
  return k | rankBits(lex.englishRank.get(key));
}

export class NameTagger {
  private readonly oracle: CompromiseOracle | undefined;
  private readonly vocab: Vocabulary;
  /** Token objects reused from one text to the next (no token outlives `tag`). */
  private readonly tokenPool: Token[] = [];
  /** Each token's kind, reused from one text to the next. */
  private kindBuffer = new Int32Array(256);
  /** The tokens of the last text tagged (valid until the next call): the learned tagger reads them. */
  lastTokens: Token[] = [];

  constructor(
    private readonly lex: Lexicon,
    opts: TaggerOptions = { useCompromise: false },
  ) {
    this.oracle = opts.useCompromise ? new CompromiseOracle() : undefined;
    this.vocab = vocabularyOf(lex);
  }

  tag(text: string): NameSpans {
    const out: NameSpans = { persons: [], locations: [], organizations: [] };
    this.lastTokens = NO_TOKENS;
    if (!/\p{L}/u.test(text)) return out;
    const toks = tokenize(text, this.lex.honorifics, this.vocab, this.tokenPool);
    this.lastTokens = toks;
    if (toks.length === 0) return out;
    if (this.kindBuffer.length < toks.length) this.kindBuffer = new Int32Array(2 * toks.length);
    const kinds = this.kindBuffer;
    for (let i = 0; i < toks.length; i++) kinds[i] = toks[i].kind;
    const lowerMode = isLowerCaseText(toks);
    for (let i = 0; i < toks.length; i++) {
      // A word of a model or repository id ("Llama-4-Scout-ParcelPal-3B") is no name.
      if (toks[i].inIdentifier) continue;
      const startsRun = isCapShape(toks[i].shape) && !(kinds[i] & (Kind.Stop | Kind.Honorific)) ? true : lowerMode && this.lowerNameStart(toks, kinds, i);
      if (!startsRun) continue;
      let j = i + 1;
      while (j < toks.length && this.continuesRun(text, toks, kinds, j, lowerMode)) j++;
      // A trailing particle is not part of the run.
      while (j - 1 > i && kinds[j - 1] & Kind.Particle && toks[j - 1].shape === Shape.Lower) j--;
      this.classify(text, toks, kinds, i, j, lowerMode, out);
      i = j - 1;
    }
    this.cueOnlyNames(text, toks, kinds, out);
    if (lowerMode) this.lowerCasePlaces(text, toks, kinds, out);
    propagate(text, toks, out);
    enumerations(text, toks, kinds, out);
    if (out.persons.length > 1) out.persons.sort((a, b) => a.start - b.start);
    return out;
  }

  /** In all-lower-case chats, a run may start at a known given name that is not an ordinary word. */
  private lowerNameStart(toks: Token[], kinds: Int32Array, i: number): boolean {
    const t = toks[i];
    if (t.shape !== Shape.Lower) return false;
    const k = kinds[i];
    if (k & Kind.Extra) return true;
    if (!(k & Kind.Given) || k & (Kind.NotName | Kind.Place)) return false;
    if (!(k & Kind.Word)) return true;
    // "patricia quintero": a given name that is also a frequent word needs a surname-like word after it.
    const next = toks[i + 1];
    const nk = next ? next.kind : 0;
    return !!next && next.shape === Shape.Lower && next.start === t.end + 1 && !!(nk & (Kind.Surname | Kind.SurnameLike | Kind.Unknown)) && !(nk & Kind.Word);
  }

  private continuesRun(text: string, toks: Token[], kinds: Int32Array, j: number, lowerMode: boolean): boolean {
    const t = toks[j];
    if (t.sentStart || t.inIdentifier) return false;
    const prev = toks[j - 1];
    const okGap = gapIsSpace(text, t) || (gapIsDotSpace(text, t) && (prev.shape === Shape.Initial || (prev.dot && prev.end - prev.start === 1)));
    if (!okGap || prev.possessive) return false;
    const k = kinds[j];
    if (k & (Kind.Stop | Kind.Honorific) && !(k & Kind.Particle)) return false;
    if (t.shape === Shape.Cap || t.shape === Shape.Upper || t.shape === Shape.Initial) return true;
    if (k & Kind.Particle && t.shape === Shape.Lower) {
      const next = toks[j + 1];
      return !!next && gapIsSpace(text, next) && (next.shape === Shape.Cap || next.shape === Shape.Upper);
    }
    if (lowerMode && t.shape === Shape.Lower) {
      // "patricia desrosiers", "eric g. samoylova"
      if ((t.end - t.start) === 1) return t.dot;
      return !!(k & (Kind.Surname | Kind.SurnameLike | Kind.Unknown | Kind.Given | Kind.Extra)) && !(k & (Kind.Word | Kind.Stop));
    }
    return false;
  }

  /** Classifies the run of tokens [from, to). */
  private classify(text: string, toks: Token[], kinds: Int32Array, from: number, to: number, lowerMode: boolean, out: NameSpans) {
    // Fast path: a lone ordinary word ("Sure", "Memory") is no name unless a naming phrase precedes it.
    if (to - from === 1) {
      const k = kinds[from];
      if (k & Kind.Word && !(k & PROPER) && !(from > 0 && NAMING_WORDS.has(toks[from - 1].key))) return;
    }
    const cues = new Cues(text, toks[from].start);
    const prevTok = from > 0 ? toks[from - 1] : undefined;
    const first = toks[from];
    const prevKey = prevTok && (gapIsBlank(text, first) || gapIsDotSpace(text, first)) ? prevTok.key : undefined;
    const honorific = prevTok !== undefined && kinds[from - 1] & Kind.Honorific && gapIsTitleGap(text, first) && prevTok.shape !== Shape.Lower ? true : prevTok !== undefined && kinds[from - 1] & Kind.Honorific && prevTok.dot && gapIsDotSpace(text, first);

    // Organisations: a run with an organisation word ("Acme Inc", "Lending Club Orchestra").
    let orgAt = -1;
    for (let i = from; i < to && orgAt < 0; i++) if (kinds[i] & Kind.OrgWord) orgAt = i;
    const orgNext = to < toks.length && kinds[to] & Kind.OrgWord && toks[to].shape !== Shape.Lower && gapIsSpace(text, toks[to]);
    if (orgAt >= 0 || cues.test(organizationCue) || (this.lex.orgFirstWords.has(toks[from].key) && this.lex.orgs.has(runKey(toks, from, to)))) {
      if (orgAt > from || orgAt < 0) {
        const s = stripLeadingWords(toks, kinds, from, to);
        if (s < to) out.organizations.push(cand(toks, s, orgAt >= 0 ? Math.max(orgAt + 1, to) : to, orgAt >= 0 ? 0.75 : 0.6, orgAt >= 0 ? 'organisation word' : 'organisation context'));
      }
      return;
    }
    if (orgNext) return;

    const locPrep = prevKey !== undefined && LOC_PREPS.has(prevKey);
    const strongLoc = cues.test(locativeCue);
    if (!honorific) {
      // "Southern Tunisia", "Hello Anna": leading ordinary words are not part of the name.
      while (from < to && this.matchPlace(toks, from, to) === from) {
        const k = kinds[from];
        const word = k & Kind.Word && !(k & (Kind.Given | Kind.AmbiguousGiven | Kind.Surname | Kind.Extra | Kind.Place)) && toks[from].shape !== Shape.Initial;
        if (!word && !(k & Kind.Particle && toks[from].shape === Shape.Lower)) break;
        from++;
      }
      if (from >= to) return;
    }
    // "Mill Village", "Colorado Springs" after a locative phrase.
    if ((locPrep || strongLoc) && to - from >= 2 && PLACE_WORDS.includes(toks[to - 1].key) && toks[to - 1].shape !== Shape.Lower) {
      out.locations.push(cand(toks, from, to, 0.7, 'place name after a preposition'));
      return;
    }

    // Places: a gazetteer name, possibly several words ("New Zealand", "Czech Republic").
    const placeEnd = this.matchPlace(toks, from, to);
    if (placeEnd > from) {
      const k0 = kinds[from];
      const givenToo = !!(k0 & Kind.Given) && placeEnd - from === 1;
      const strongName = cues.test(strongNameCue) || honorific;
      const nextIsName = placeEnd < to && kinds[placeEnd] & (Kind.Surname | Kind.SurnameLike | Kind.Unknown) && !(kinds[placeEnd] & Kind.Place);
      if (!strongName && !(givenToo && !locPrep && !strongLoc) && !nextIsName) {
        const ambiguous = placeEnd - from === 1 && this.lex.ambiguousPlace(toks[from].key);
        const kind = this.lex.places.get(placeKey(toks, from, placeEnd));
        let score = kind === 'country' ? 0.8 : 0.7;
        if (ambiguous) score = 0.4;
        if (locPrep || strongLoc) score = Math.min(0.9, score + 0.2);
        if (toks[from].shape === Shape.Lower && !(locPrep || strongLoc)) score = 0;
        if (score > 0) out.locations.push(cand(toks, from, placeEnd, score, 'known place name'));
        // The rest of the run ("Bremen Ohlenhof") belongs to the place when it follows a locative phrase.
        if (placeEnd < to && (locPrep || strongLoc)) out.locations[out.locations.length - 1].end = toks[to - 1].end;
        else if (placeEnd < to) this.classify(text, toks, kinds, placeEnd, to, lowerMode, out);
        return;
      }
    }

    const person = this.personScore(text, toks, kinds, from, to, !!honorific, cues, lowerMode);
    let allCaps = true;
    let unknownOnly = true;
    for (let i = from; i < to; i++) {
      if (toks[i].shape !== Shape.Upper) {
        allCaps = false;
        if (!(kinds[i] & (Kind.Unknown | Kind.Particle))) unknownOnly = false;
      }
    }
    let location = 0;
    if (strongLoc && !honorific && to - from === 1 && kinds[from] & Kind.Given && toks[from].shape !== Shape.Lower) location = 0.75;
    if ((locPrep || strongLoc) && unknownOnly && !honorific) {
      location = strongLoc ? 0.7 : WEAK_LOC_PREPS.has(prevKey ?? '') ? 0.45 : 0.6;
      if (allCaps && (toks[from].end - toks[from].start) >= 4) location += 0.15;
      const last = kinds[to - 1];
      if (PLACE_WORDS.includes(toks[to - 1].key)) location += 0.1;
      if (last & Kind.SurnameLike && !allCaps) location -= 0.1;
    }
    if (location > person.score && location >= 0.3) {
      out.locations.push(cand(toks, from, to, location, strongLoc ? 'place after a locative phrase' : 'place after a preposition'));
      return;
    }
    if (person.score > 0 && person.to > person.from) {
      out.persons.push(cand(toks, person.from, person.to, person.score, person.reason));
    }
  }

  /** Longest gazetteer place starting at token `from` (within the run); returns its end index or `from`. */
  private matchPlace(toks: Token[], from: number, to: number): number {
    const first = toks[from].key;
    const multi = this.lex.multiPlaces.get(first);
    if (multi) {
      for (const parts of multi) {
        if (from + parts.length > to) continue;
        let ok = true;
        for (let p = 1; p < parts.length && ok; p++) ok = toks[from + p].key === parts[p];
        if (ok) return from + parts.length;
      }
    }
    return this.lex.places.has(first) ? from + 1 : from;
  }

  private personScore(
    text: string,
    toks: Token[],
    kinds: Int32Array,
    from: number,
    to: number,
    honorific: boolean,
    cues: Cues,
    lowerMode: boolean,
  ): PersonScore {
    let n = 0;
    for (let i = from; i < to; i++) {
      if (kinds[i] & Kind.NotName) return noPerson(from, to);
      if (!(kinds[i] & Kind.Particle && toks[i].shape === Shape.Lower)) n++;
    }
    const first = kinds[from];
    const last = kinds[to - 1];
    const firstTok = toks[from];
    const lastTok = toks[to - 1];
    let score = 0;
    let reason = '';
    const strongCue = cues.test(strongNameCue);
    const mediumCue = cues.test(mediumNameCue);
    const speaker = isSpeakerLabel(text, toks, from, to);
    if (honorific) {
      score = 0.85;
      reason = 'title before a name';
    } else if (n >= 2) {
      let middleInitial = false;
      for (let i = from + 1; i < to - 1 && !middleInitial; i++) middleInitial = toks[i].shape === Shape.Initial || (toks[i].end - toks[i].start === 1 && toks[i].dot);
      const lastName = nameLike(last) || !!(last & Kind.Given);
      if (first & (Kind.Given | Kind.Extra) && lastName) {
        score = 0.85;
        reason = 'given name and surname';
      } else if (first & (Kind.Given | Kind.Extra)) {
        score = 0.55;
        reason = 'given name';
      } else if (first & Kind.AmbiguousGiven && (last & (Kind.Surname | Kind.SurnameLike | Kind.Unknown) || middleInitial)) {
        score = 0.75;
        reason = 'given name and surname';
      } else if (middleInitial && nameLike(first) && lastName) {
        score = 0.85;
        reason = 'name with a middle initial';
      } else if (firstTok.shape === Shape.Initial && last & (Kind.Surname | Kind.SurnameLike | Kind.Unknown)) {
        score = 0.7;
        reason = 'initial and surname';
      } else if (nameLike(first) && last & (Kind.Surname | Kind.SurnameLike)) {
        score = 0.7;
        reason = 'surname';
      } else if (first & Kind.Unknown && last & Kind.Unknown) {
        score = 0.5;
        reason = 'capitalised unknown words';
      } else if (first & (Kind.Surname | Kind.SurnameLike) && last & Kind.Given) {
        score = 0.6;
        reason = 'surname and given name';
      } else if (nameLike(first) && last & Kind.Word) {
        // "Anna Tales": keep the name part only.
        return this.personScore(text, toks, kinds, from, to - 1, honorific, cues, lowerMode);
      } else {
        score = 0.2;
        reason = 'capitalised words';
      }
      if (allUpper(toks, from, to) && !(first & Kind.Given)) score = Math.min(score, 0.3);
    } else {
      const k = first;
      const atStart = firstTok.sentStart;
      let lone: (typeof LONE_WORD)[number] | undefined;
      for (let w = 0; w < LONE_WORD.length && !lone; w++) if (k & LONE_WORD[w].kind) lone = LONE_WORD[w];
      if (lone) {
        score = atStart ? lone.atStart : lone.inside;
        reason = lone.reason;
      } else if (k & Kind.Word && strongCue && !(k & Kind.Stop) && firstTok.shape !== Shape.Lower) {
        score = 0.3;
        reason = 'word after a naming phrase';
      } else return noPerson(from, to);
      if (firstTok.shape === Shape.Upper && (!(k & (Kind.Given | Kind.Extra)) || (firstTok.end - firstTok.start) <= 3)) score = Math.min(score, 0.2);
      if (firstTok.shape === Shape.Initial) return noPerson(from, to);
      if (atStart && k & (Kind.Unknown | Kind.Surname | Kind.SurnameLike | Kind.Given) && VERB_AFTER.test(text.slice(lastTok.end, lastTok.end + 12))) {
        score += 0.2;
        reason += ', followed by a verb';
      }
      const after = text.slice(lastTok.end, lastTok.end + 24);
      const vocative =
        (atStart && VOCATIVE_AFTER.test(after)) || (/[,:]\s$/.test(text.slice(firstTok.start - 2, firstTok.start)) && /^\s*(?:[?!]|$)/.test(after));
      if (vocative && k & (Kind.Unknown | Kind.Given | Kind.AmbiguousGiven | Kind.SurnameLike)) {
        score += k & Kind.AmbiguousGiven ? 0.35 : 0.25;
        reason += ', addressed by name';
      }
      if (lastTok.possessive && k & (Kind.Unknown | Kind.SurnameLike | Kind.Surname)) {
        score += 0.15;
        reason += ', possessive';
      }
    }
    if (lowerMode && firstTok.shape === Shape.Lower) score = n >= 2 ? Math.max(score - 0.15, 0.55) : score - 0.1;
    if (strongCue && (nameLike(first) || first & Kind.AmbiguousGiven || honorific)) {
      score = Math.max(score, 0.85);
      reason += ', after a naming phrase';
    } else if (strongCue && score > 0) {
      score += 0.3;
    } else if (mediumCue && score > 0 && score < 0.85) {
      score += 0.2;
      reason += ', after a phrase that introduces a person';
    }
    if (speaker && score > 0) {
      score = Math.max(score, first & (Kind.Given | Kind.Extra) ? 0.8 : 0.6);
      reason += ', speaker label';
    }
    if (score > 0 && score < 0.7 && this.oracle && !lowerMode && n <= 3) {
      const verdict = this.oracle.isPerson(text, toks[from].start, toks[to - 1].end);
      if (verdict === true) {
        score += 0.2;
        reason += ', compromise tags a person';
      } else if (verdict === false && score < 0.5) {
        score -= 0.1;
      }
    }
    return { from, to, score: Math.min(score, 0.95), reason };
  }

  /** "we moved here from tunisia": known places in all-lower-case text, after a preposition. */
  private lowerCasePlaces(text: string, toks: Token[], kinds: Int32Array, out: NameSpans) {
    for (let i = 1; i < toks.length; i++) {
      const t = toks[i];
      if (t.shape !== Shape.Lower || t.inIdentifier || !(kinds[i] & Kind.Place) || this.lex.ambiguousPlace(t.key)) continue;
      if (!LOC_PREPS.has(toks[i - 1].key) || !gapIsSpace(text, t)) continue;
      const end = this.matchPlace(toks, i, Math.min(toks.length, i + 4));
      if (covers(out.locations, t.start)) continue;
      out.locations.push(cand(toks, i, Math.max(end, i + 1), 0.6, 'known place name after a preposition'));
    }
  }

  /** Lower-case or unusual names that only a naming phrase reveals: "my name is nyberg". */
  private cueOnlyNames(text: string, toks: Token[], kinds: Int32Array, out: NameSpans) {
    let gate: boolean | undefined;
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i];
      if (t.shape !== Shape.Lower || t.inIdentifier || kinds[i] & (Kind.Word | Kind.Stop | Kind.NotName)) continue;
      if (covers(out.persons, t.start)) continue;
      if (!strongNameCue(text, t.start, 32) || !(gate ??= CUE_GATE.test(text))) continue;
      let j = i + 1;
      while (j < toks.length && j < i + 3 && gapIsSpace(text, toks[j]) && toks[j].shape === Shape.Lower && !toks[j].inIdentifier && !(kinds[j] & (Kind.Word | Kind.Stop))) j++;
      out.persons.push(cand(toks, i, j, 0.8, 'lower-case name after a naming phrase'));
      i = j - 1;
    }
  }
}

interface PersonScore {
  from: number;
  to: number;
  score: number;
  reason: string;
}

const noPerson = (from: number, to: number): PersonScore => ({ from, to, score: 0, reason: '' });

const isCapShape = (s: Shape) => s === Shape.Cap || s === Shape.Upper || s === Shape.Initial;
const nameLike = (k: number) => !!(k & (Kind.Given | Kind.Surname | Kind.SurnameLike | Kind.Unknown | Kind.Extra));

/** A lone capitalised word by the first of these kinds it has: its score at a sentence start and elsewhere. */
const LONE_WORD: readonly { kind: number; atStart: number; inside: number; reason: string }[] = [
  { kind: Kind.Extra, atStart: 0.8, inside: 0.8, reason: 'user name list' },
  { kind: Kind.Given, atStart: 0.6, inside: 0.7, reason: 'given name' },
  { kind: Kind.AmbiguousGiven, atStart: 0.25, inside: 0.25, reason: 'given name that is also a word' },
  { kind: Kind.Surname, atStart: 0.35, inside: 0.45, reason: 'surname' },
  { kind: Kind.SurnameLike, atStart: 0.35, inside: 0.45, reason: 'surname-like word' },
  { kind: Kind.Unknown, atStart: 0.3, inside: 0.35, reason: 'capitalised unknown word' },
];

/**
 * Whether one of the spans covers `pos`. (A closure over a loop's variable, as in `spans.some(…)`, makes
 * V8 allocate that variable's scope on every iteration, taken or not.)
 */
function covers(spans: readonly Candidate[], pos: number): boolean {
  for (const s of spans) if (s.start <= pos && pos < s.end) return true;
  return false;
}

/** All-lower-case chat text: no sentence starts with a capital letter. */
function isLowerCaseText(toks: Token[]): boolean {
  let lower = 0;
  for (const t of toks) {
    if (!t.sentStart) continue;
    if (t.shape === Shape.Cap || t.shape === Shape.Upper) return false;
    if (t.shape === Shape.Lower) lower++;
  }
  return lower > 0;
}

// What a speaker says starts with a word; a field label is followed by a value such as an address or a
// number ("Loopback: 127.0.0.1", "MACs: 3c:22:…", "Asiakas: 010295Y123R"): a first token with a digit.
const SPEAKER_COLON = /^:[ \t]+(?![^\s]*\d)\S/;

/** A run at the start of a line followed by ":" and more text: a speaker in a transcript. */
function isSpeakerLabel(text: string, toks: Token[], from: number, to: number): boolean {
  const end = toks[to - 1].end;
  if (to - from > 3 || text.charCodeAt(end) !== 58 || !SPEAKER_COLON.test(text.slice(end, end + 64))) return false;
  for (let i = toks[from].start - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 10) return true;
    if (!isBlank(c)) return false;
  }
  return true;
}

/** A single confident full name makes its parts names elsewhere in the same text ("… starring Borkowski"). */
function propagate(text: string, toks: Token[], out: NameSpans) {
  let known: Map<string, number> | undefined;
  /** Bit n set: a known key has n characters (31: 31 or more); other words need no look-up. */
  let lengths = 0;
  for (const p of out.persons) {
    if (p.score < 0.7) continue;
    for (let i = firstTokenAtOrAfter(toks, p.start); i < toks.length && toks[i].start < p.end; i++) {
      const t = toks[i];
      if (t.end > p.end || t.end - t.start <= 2) continue;
      (known ??= new Map()).set(t.key, p.score);
      lengths |= 1 << Math.min(t.key.length, 31);
    }
  }
  if (!known) return;
  const taken = (t: Token) => [...out.persons, ...out.locations, ...out.organizations].find((c) => c.start <= t.start && t.start < c.end);
  for (const t of toks) {
    if (!(lengths & (1 << Math.min(t.key.length, 31)))) continue;
    const s = known.get(t.key);
    if (s === undefined || t.inIdentifier || (t.shape !== Shape.Cap && t.shape !== Shape.Upper && t.shape !== Shape.Lower)) continue;
    const c = taken(t);
    if (c && out.persons.includes(c)) {
      if (c.score < 0.7) {
        c.score = 0.7;
        c.reasons = [...c.reasons, 'same name as elsewhere in the text'];
      }
      continue;
    }
    if (c) continue;
    out.persons.push({ start: t.start, end: t.end, score: 0.7, reasons: ['same name as elsewhere in the text'] });
  }
  void text;
}

/** Index of the first token starting at or after `pos` (tokens are in text order). */
function firstTokenAtOrAfter(toks: Token[], pos: number): number {
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** "founders: Kónya, Becker and Vasquez": a list of surnames is a list of people. */
function enumerations(text: string, toks: Token[], kinds: Int32Array, out: NameSpans) {
  if (out.persons.length >= 3) personLists(text, toks, kinds, out);
}

/** `enumerations` for a text with three or more persons (apart, so that other texts allocate nothing). */
function personLists(text: string, toks: Token[], kinds: Int32Array, out: NameSpans) {
  const tokenAt = (start: number) => {
    const i = firstTokenAtOrAfter(toks, start);
    return i < toks.length && toks[i].start === start ? i : undefined;
  };
  const singles = out.persons.filter((p) => {
    const i = tokenAt(p.start);
    return i !== undefined && toks[i].end === p.end;
  });
  if (singles.length < 3) return;
  for (let i = 0; i + 2 < singles.length; i++) {
    const group = [singles[i]];
    let j = i + 1;
    while (j < singles.length && /^(?:,\s*|\s*,?\s+(?:and|&)\s+)$/.test(text.slice(group[group.length - 1].end, singles[j].start))) group.push(singles[j++]);
    if (group.length < 3) continue;
    const after = text.slice(group[group.length - 1].end, group[group.length - 1].end + 20);
    const before = text.slice(Math.max(0, group[0].start - 10), group[0].start);
    if (/^\s+\p{Lu}/u.test(after) || /\bthe\s+$/i.test(before)) continue;
    // "from Hawkins, Richardson and Santana", "Lopez, Santos and Coleman is a …": one firm, not three people.
    if (/(?:from|at|for|with|joined|of)\s+$/i.test(before) || /^\s+(?:is|was|has)\s/.test(after)) {
      for (const p of group) out.persons.splice(out.persons.indexOf(p), 1);
      const last = group[group.length - 1];
      out.organizations.push({ start: group[0].start, end: last.end, score: 0.6, reasons: ['list of surnames used as a firm name'] });
      i = j - 1;
      continue;
    }
    const surnames = group.filter((p) => kinds[tokenAt(p.start)!] & (Kind.Surname | Kind.SurnameLike | Kind.Given)).length;
    if (surnames * 2 < group.length) continue;
    for (const p of group) {
      if (p.score < 0.55) {
        p.score = 0.55;
        p.reasons = [...p.reasons, 'in a list of names'];
      }
    }
    i = j - 1;
  }
}

function cand(toks: Token[], from: number, to: number, score: number, reason: string): Candidate {
  // A constant score first, as the learned tagger makes its spans (a computed one in the literal is slow in V8).
  const c: Candidate = { start: toks[from].start, end: toks[to - 1].end, score: 0.5, reasons: [reason] };
  c.score = Math.round(score * 100) / 100;
  return c;
}

function allUpper(toks: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (toks[i].shape !== Shape.Upper) return false;
  return true;
}

function runKey(toks: Token[], from: number, to: number): string {
  let key = toks[from].key;
  for (let i = from + 1; i < to; i++) key += ' ' + toks[i].key;
  return key;
}

/** The naming, locative and organisation phrases before one run, each looked for at most once. */
class Cues {
  private strong: boolean | undefined;
  private medium: boolean | undefined;

  constructor(
    private readonly text: string,
    private readonly at: number,
  ) {}

  test(cue: Cue): boolean {
    if (cue === strongNameCue) return (this.strong ??= cue(this.text, this.at));
    if (cue === mediumNameCue) return (this.medium ??= cue(this.text, this.at));
    return cue(this.text, this.at);
  }
}

// The gap between a token and the one before it, read in place: " ", ". ", only white space, ". " or white space.
const isBlank = (c: number) => c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

function gapIsSpace(text: string, t: Token): boolean {
  return t.start - t.gapStart === 1 && text.charCodeAt(t.gapStart) === 32;
}

function gapIsDotSpace(text: string, t: Token): boolean {
  return t.start - t.gapStart === 2 && text.charCodeAt(t.gapStart) === 46 && text.charCodeAt(t.gapStart + 1) === 32;
}

/** The gap is empty or white space only (what `gap.trim() === ''` says). */
function gapIsBlank(text: string, t: Token): boolean {
  for (let i = t.gapStart; i < t.start; i++) if (!isBlank(text.charCodeAt(i))) return false;
  return true;
}

/** /^\.?\s+$/: an optional dot, then at least one white-space character. */
function gapIsTitleGap(text: string, t: Token): boolean {
  const from = text.charCodeAt(t.gapStart) === 46 ? t.gapStart + 1 : t.gapStart;
  return from < t.start && gapIsBlankFrom(text, from, t.start);
}

function gapIsBlankFrom(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isBlank(text.charCodeAt(i))) return false;
  return true;
}

function placeKey(toks: Token[], from: number, to: number): string {
  return runKey(toks, from, to);
}

/** Drops leading ordinary words ("Hello Anna", "Southern Tunisia") that are not names. */
function stripLeadingWords(toks: Token[], kinds: Int32Array, from: number, to: number): number {
  while (from < to) {
    const k = kinds[from];
    const word = k & Kind.Word && !(k & (Kind.Given | Kind.Surname | Kind.Extra | Kind.Place));
    if (!word && !(k & Kind.Particle && toks[from].shape === Shape.Lower)) break;
    from++;
  }
  return from;
}
