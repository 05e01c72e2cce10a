// One analysis per text, shared by the PERSON, LOCATION, ORGANIZATION and STREET_ADDRESS detectors: the
// engine runs them one after another on the same string, so the last analysis is kept for the next one.
import type { Candidate } from '../../types';
import { type AddressMatch, findAddresses } from './address';
import { type Lexicon, type UserNames, fold, lexiconFor } from './lexicon';
import { LANGUAGE_NAMES } from './lexicon/common';
import { addDottedCountries, placesInContext } from './place-context';
import { notAName } from './name-shape';
import { EPONYM_AFTER, checkPersons } from './person-checks';
import { NAMING_WORDS, introducedNames, lowerCaseIntroducedNames } from './self-introduction';
import { RESIDENCE_VERBS, residencePlaces } from './residence-places';
import { joinCapitalSurnames } from './capital-initials';
import { joinHeaderSurnames } from './email-headers';
import { joinProductSurnames } from './product-surnames';
import { blankAffiliationMarks } from './affiliation-marks';
import { notAPersonInContext, placesOfRealText } from './real-text-checks';
import { NameTagger, type TaggerOptions } from './tagger';
import { LearnedTagger, type Model, addConfidentRules, calibrateCombined } from './model/learned';
import { shippedModel } from './model/shipped';

const LANGUAGES = new Set(LANGUAGE_NAMES);
/** A one-word span that names a language ("Swahili", "Yoruba"). */
const isLanguage = (text: string, c: Candidate) => LANGUAGES.has(fold(text.slice(c.start, c.end)));

const NO_POSITIONS: readonly number[] = [];

const overlaps = (a: Candidate, b: Candidate) => a.start < b.end && b.start < a.end;

/** Places known by their capitals, written as a word ("Usa" is Spanish and Italian for "uses"; "Uk", "Nyc"). */
const CAPITALS_ONLY_PLACES = new Set(['usa', 'uk', 'uae', 'nyc', 'us', 'eu', 'drc', 'prc', 'ussr']);
const caseOfAbbreviation = (value: string) => /^\p{Lu}\p{Ll}+$/u.test(value) && CAPITALS_ONLY_PLACES.has(value.toLowerCase());

/** "Parkinson's clinic", "Alzheimer's ward": a disease's clinic. */
const EPONYM_CLINIC = /^['’]s\s+(?:clinic|ward|unit|research)\b/i;

/** A street type alone ("Ave" of "on 5th Ave") is no place. */
const STREET_TYPE_ALONE = new Set(['street', 'st', 'st.', 'road', 'rd', 'avenue', 'ave', 'boulevard', 'blvd', 'lane', 'ln', 'drive', 'dr', 'court', 'ct', 'place', 'pl', 'square', 'sq', 'way', 'highway', 'hwy']);
/** The last word of a business's name: "Riverside Dental", "Joe's Pizza", "Hilton Garden Inn". */
const BUSINESS_LAST_WORD =
  /\s(?:dental|dentistry|pizza|pizzeria|grill|bar|pub|bakery|salon|spa|gym|fitness|pharmacy|inn|motel|hotel|hostel|diner|bistro|kitchen|tavern|brewery|coffee|café|cafe|deli|store|shop|boutique|restaurant|clinic|hospital|bank|motors|auto|realty|insurance|cinema|theater|theatre|mall|outlet|supermarket|market)$/iu;

/** "X and Y", "X und Y", "X et Y": two names, not the name of one place. */
const JOINED_NAMES = /\s(?:and|und|et|y|e|en|&)\s/u;

/** A rule finding at least this confident stands where the learned tagger found nothing. */
export const CONFIDENT_RULE = 0.8;

export interface AnalyzerOptions extends TaggerOptions {
  /**
   * Who decides PERSON, LOCATION and ORGANIZATION: the learned tagger (default; it reads the rule tagger's
   * verdicts as features when its model was trained with them) or the rule tagger alone.
   */
  tagger?: 'learned' | 'rules';
  /** The learned tagger's model (default: the shipped weights). */
  model?: Model;
  /** Whether the rules' confident findings stand where the model found nothing (default true; off for the ablation). */
  confidentRules?: boolean;
}

export interface Analysis {
  persons: Candidate[];
  locations: Candidate[];
  organizations: Candidate[];
  addresses: AddressMatch[];
  /**
   * The addresses as findings: one per address line, with the town and country parts taken out (they are
   * LOCATION findings), so that no finding spans several lines and the parts do not overlap.
   */
  addressParts: Candidate[];
}

export class NamesAnalyzer {
  private taggerBuilt: NameTagger | undefined;
  private learnedBuilt: LearnedTagger | undefined;
  // Only the last analysis is kept: a larger cache (it had 512 entries) kept analyses alive long enough to
  // be promoted to the old generation, which made garbage collection dearer than the recomputations saved.
  private lastText: string | undefined;
  private last: Analysis | undefined;

  constructor(
    private readonly user: UserNames = {},
    private readonly opts: AnalyzerOptions = { useCompromise: false },
  ) {}

  private lexBuilt: Lexicon | undefined;
  private get lex(): Lexicon {
    return (this.lexBuilt ??= lexiconFor(this.user));
  }
  private readonly knownPlace = (name: string) => this.lex.places.has(fold(name));
  /** An ordinary word to the lexicons (English, stop, calendar or compromise word), or one never a name. */
  private readonly ordinaryWord = (word: string) => {
    const w = fold(word);
    return this.lex.isWord(w) || this.lex.notNames.has(w);
  };

  /** Built on first use: the lexicon costs memory and time that a thread which never looks for names (the CLI's main thread beside its workers) need not pay. */
  private get tagger(): NameTagger {
    return (this.taggerBuilt ??= new NameTagger(this.lex, this.opts));
  }

  private get learned(): LearnedTagger | undefined {
    if (this.opts.tagger === 'rules') return undefined;
    return (this.learnedBuilt ??= new LearnedTagger(this.opts.model ?? shippedModel()));
  }

  analyze(text: string): Analysis {
    if (text === this.lastText) return this.last!;
    const a = this.compute(text);
    this.lastText = text;
    this.last = a;
    return a;
  }

  private compute(text: string): Analysis {
    const addresses = findAddresses(text);
    const tagged = blankAffiliationMarks(text);
    const ruleSpans = this.tagger.tag(tagged);
    const learned = this.learned;
    let spans = ruleSpans;
    if (learned) {
      spans = learned.tag(tagged, this.tagger.lastTokens, ruleSpans);
      if (this.opts.confidentRules !== false) spans = addConfidentRules(spans, ruleSpans, CONFIDENT_RULE);
      if (learned.model.combined) spans = calibrateCombined(spans, learned.model.combined);
    }
    addDottedCountries(text, spans);
    // "Меня зовут Алексей", "私の名前は田中太郎です": names in scripts the tagger does not read.
    // The tokens say where the naming and living phrases' words are, so that their regexes read only around them.
    let namingAt: number[] | undefined;
    let livingAt: number[] | undefined;
    for (const t of this.tagger.lastTokens) {
      if (NAMING_WORDS.has(t.key)) (namingAt ??= []).push(t.start);
      else if (RESIDENCE_VERBS.has(t.key)) (livingAt ??= []).push(t.start);
    }
    const introduced = namingAt ? [...introducedNames(text), ...lowerCaseIntroducedNames(text, this.ordinaryWord, namingAt)] : introducedNames(text);
    if (introduced.length > 0) {
      // A naming phrase outweighs a less sure finding of the tagger on the same words.
      const surer = introduced.filter((c) => !spans.persons.some((p) => overlaps(c, p) && p.score >= c.score));
      if (surer.length > 0) spans.persons = [...spans.persons.filter((p) => !surer.some((c) => overlaps(c, p))), ...surer].sort((x, y) => x.start - y.start);
    }
    // One name one finding; no initials, eponyms, landforms, bibliography authors; "Austin, Texas" is a place (person-checks.ts).
    if (spans.persons.length > 0) {
      const checked = checkPersons(text, spans.persons, this.lex);
      spans.persons = joinProductSurnames(text, joinHeaderSurnames(text, joinCapitalSurnames(text, checked.persons, this.lex), this.lex), this.lex);
      if (checked.places.length > 0) spans.locations = [...spans.locations, ...checked.places].sort((x, y) => x.start - y.start);
    }
    // "j'habite à Roubaix", "mieszkam w Łodzi": where someone says they live, whether or not the tagger knows the town.
    const homes = residencePlaces(text, livingAt ?? NO_POSITIONS);
    if (homes.length > 0) {
      const fresh = homes.filter((h) => !spans.locations.some((l) => overlaps(h, l)));
      // A town the tagger found there is as personal, whatever language the phrase is in.
      spans.locations = spans.locations.map((l) => (l.score < homes[0].score && homes.some((h) => overlaps(h, l)) ? { ...l, score: homes[0].score, reasons: [...l.reasons, homes[0].reasons[0]] } : l));
      if (fresh.length > 0) {
        spans.locations = [...spans.locations, ...fresh].sort((x, y) => x.start - y.start);
        spans.persons = spans.persons.filter((p) => !fresh.some((h) => overlaps(h, p)));
      }
    }
    // Whether a place is personal data depends on its sentence (place-context.ts), whoever found it.
    if (spans.locations.length > 0) spans.locations = placesOfRealText(text, placesInContext(text, spans.locations, this.knownPlace), this.knownPlace);
    // "LeetCode", "Mother-land", "Requantization": shapes no name has (name-shape.ts), nor a place the gazetteer does not know.
    if (spans.persons.length > 0) spans.persons = spans.persons.filter((c) => !notAName(text.slice(c.start, c.end), this.lex) && !isLanguage(text, c) && !notAPersonInContext(text, c));
    if (spans.locations.length > 0) {
      spans.locations = spans.locations.filter((c) => {
        const value = text.slice(c.start, c.end);
        if (isLanguage(text, c) || caseOfAbbreviation(value) || STREET_TYPE_ALONE.has(value.toLowerCase())) return false;
        // "Parkinson's clinic", "Bayes theorem", "Newton's second law": an eponym, no place.
        if (!value.includes(' ') && (EPONYM_AFTER.test(text.slice(c.end, c.end + 40)) || EPONYM_CLINIC.test(text.slice(c.end, c.end + 12)))) return false;
        if (this.knownPlace(value)) return true;
        // "Riverside Dental", "Joe's Pizza", "Hilton Garden Inn": a business, which is an organisation (off by default).
        if (BUSINESS_LAST_WORD.test(value) || /['’]s\s/u.test(value)) {
          spans.organizations = [...spans.organizations, c].sort((x, y) => x.start - y.start);
          return false;
        }
        // Two names joined by "and" ("Claudius and Hamlet") are no one place; "Trinidad and Tobago" the gazetteer knows.
        return !notAName(value, this.lex) && !JOINED_NAMES.test(value);
      });
    }
    // (An object spread here was a slow path in V8, several percent of all the time spent on names.)
    if (addresses.length === 0) return { persons: spans.persons, locations: spans.locations, organizations: spans.organizations, addresses, addressParts: [] };
    // Names inside an address are street or town names; the address's own city/country parts are places.
    const outside = (c: Candidate) => !addresses.some((a) => c.start < a.end && a.start < c.end);
    const locations = spans.locations.filter(outside);
    for (const a of addresses) {
      for (const p of a.places) locations.push({ start: p.start, end: p.end, score: 0.6, reasons: ['town or country in an address'] });
    }
    locations.sort((x, y) => x.start - y.start);
    return {
      persons: spans.persons.filter(outside),
      locations,
      organizations: spans.organizations.filter(outside),
      addresses,
      addressParts: addresses.flatMap((a) => addressParts(text, a)),
    };
  }
}

const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
/** /[\s,.;:?*•·–-]/ */
const LEADING_JUNK = (c: number) => isSpace(c) || c === 44 || c === 46 || c === 59 || c === 58 || c === 63 || c === 42 || c === 0x2022 || c === 0xb7 || c === 0x2013 || c === 45;
/** /[\s,;:(]/ */
const TRAILING_JUNK = (c: number) => isSpace(c) || c === 44 || c === 59 || c === 58 || c === 40;
const ABBREVIATION = /(?:^|\s)\p{L}{1,3}\.$/u;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** Whether text[start, end) has at least two letters or digits (code points). */
function hasTwoLettersOrDigits(text: string, start: number, end: number): boolean {
  let n = 0;
  for (let i = start; i < end && n < 2; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if ((c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122)) n++;
      continue;
    }
    let cp = c;
    const d = text.charCodeAt(i + 1);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < end && d >= 0xdc00 && d <= 0xdfff) {
      cp = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
      i++;
    }
    if (LETTER_OR_DIGIT.test(String.fromCodePoint(cp))) n++;
  }
  return n >= 2;
}

/** Splits an address into line pieces without its place parts; pieces without 2 letters or digits are dropped. */
function addressParts(text: string, a: AddressMatch): Candidate[] {
  const cuts = [...a.places].sort((x, y) => x.start - y.start);
  const out: Candidate[] = [];
  const push = (start: number, end: number) => {
    while (start < end && LEADING_JUNK(text.charCodeAt(start))) start++;
    while (end > start && TRAILING_JUNK(text.charCodeAt(end - 1))) end--;
    // A final dot ends the sentence unless it ends an abbreviation ("St.", "u.").
    if (text[end - 1] === '.' && !ABBREVIATION.test(text.slice(start, end))) end--;
    if (hasTwoLettersOrDigits(text, start, end)) out.push({ start, end, score: a.score, reasons: a.reasons });
  };
  let pos = a.start;
  const segment = (from: number, to: number) => {
    let s = from;
    for (let i = from; i < to; i++) {
      if (text[i] === '\n') {
        push(s, i);
        s = i + 1;
      }
    }
    push(s, to);
  };
  for (const c of cuts) {
    segment(pos, c.start);
    pos = Math.max(pos, c.end);
  }
  segment(pos, a.end);
  return out;
}
