// The lexicon the name tagger looks words up in: compromise's own lexicon, Datasan's lists and the user's.
import { COMPROMISE_WORDS } from './compromise-words';
import { GIVEN_NAMES } from './given-names';
import { SURNAMES } from './surnames';
import { CITIES, COUNTRIES, REGIONS } from './places';
import { ENGLISH_WORDS } from './english-words';
import { AMBIGUOUS_NAMES, CALENDAR_WORDS, HONORIFICS, NOT_NAMES, ORG_WORDS, OTHER_LANGUAGE_STOP_WORDS, OTHER_LANGUAGE_WORDS, PARTICLES, STOP_WORDS } from './common';

export { SURNAME_ENDING } from './surnames';
export { PLACE_WORDS } from './places';

export type PlaceKind = 'country' | 'region' | 'city';

const FOLD_SPECIAL: Record<string, string> = { ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', ł: 'l', đ: 'd', þ: 'th', ð: 'd', ı: 'i' };
const NON_ASCII = /[^\x00-\x7f]/;

/** Lower case without diacritics, so "Krisztian" finds "krisztián" and "Søren" finds "soren". */
export function fold(s: string): string {
  const lower = s.toLowerCase();
  if (!NON_ASCII.test(lower)) return lower;
  return lower
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[øæœßłđþðı]/g, (c) => FOLD_SPECIAL[c] ?? c)
    .replace(/’/g, "'");
}

export interface UserNames {
  extraNames?: readonly string[];
  notNames?: readonly string[];
}

/** compromise's lexicon, by what it says each word is (derived when compromise-words.ts was written). */
const compromiseWords = (kind: keyof typeof COMPROMISE_WORDS): string[] => (COMPROMISE_WORDS[kind] ? COMPROMISE_WORDS[kind].split('\n') : []);

function addPlaces(into: Map<string, PlaceKind>, multi: Map<string, string[][]>, names: readonly string[], kind: PlaceKind) {
  for (const name of names) {
    const key = fold(name);
    if (!into.has(key)) into.set(key, kind);
    const parts = key.split(/[\s-]+/);
    if (parts.length > 1) {
      const list = multi.get(parts[0]) ?? [];
      list.push(parts);
      list.sort((a, b) => b.length - a.length);
      multi.set(parts[0], list);
    }
  }
}

export class Lexicon {
  readonly given = new Set<string>();
  readonly surnames = new Set<string>();
  readonly ambiguous = new Set<string>();
  readonly english = new Set<string>();
  /** Rank of a word in the English frequency list (0 = most frequent). */
  readonly englishRank = new Map<string, number>();
  readonly places = new Map<string, PlaceKind>();
  /** First word of a multi-word place → its word sequences, longest first. */
  readonly multiPlaces = new Map<string, string[][]>();
  readonly orgs = new Set<string>();
  /** The first word of each of `orgs` (a run is looked up in `orgs` only when it starts with one). */
  readonly orgFirstWords = new Set<string>();
  readonly orgWords = new Set(ORG_WORDS);
  readonly honorifics = new Set(HONORIFICS);
  readonly particles = new Set(PARTICLES);
  readonly stop = new Set(STOP_WORDS);
  readonly calendar = new Set(CALENDAR_WORDS);
  readonly notNames = new Set<string>();
  readonly extraNames = new Set<string>();
  /** Words compromise knows as something other than a name or place (verbs, adjectives, …). */
  readonly compromiseWords = new Set<string>();
  private readonly compromiseGivenNames = new Set<string>();

  constructor(user: UserNames = {}) {
    for (const w of compromiseWords('given')) {
      this.given.add(w);
      this.compromiseGivenNames.add(w);
    }
    for (const w of compromiseWords('surname')) this.surnames.add(w);
    for (const w of compromiseWords('org')) {
      this.orgs.add(w);
      this.orgFirstWords.add(w.split(' ')[0]);
    }
    for (const w of compromiseWords('calendar')) this.calendar.add(w);
    for (const w of compromiseWords('word')) this.compromiseWords.add(w);
    for (const n of GIVEN_NAMES) this.given.add(fold(n));
    for (const n of SURNAMES) if (!this.particles.has(n)) this.surnames.add(fold(n));
    for (const n of AMBIGUOUS_NAMES) this.ambiguous.add(n);
    ENGLISH_WORDS.split(/\s+/).forEach((w, i) => {
      if (!w) return;
      this.english.add(w);
      if (!this.englishRank.has(w)) this.englishRank.set(w, i);
    });
    addPlaces(this.places, this.multiPlaces, COUNTRIES, 'country');
    addPlaces(this.places, this.multiPlaces, REGIONS, 'region');
    addPlaces(this.places, this.multiPlaces, CITIES, 'city');
    addPlaces(this.places, this.multiPlaces, compromiseWords('place'), 'city');
    for (const n of NOT_NAMES) this.notNames.add(n);
    // Chat in German, French, Spanish, Dutch, Italian, Portuguese, Polish, Turkish: pronouns and articles are stop words, everyday nouns ordinary words.
    for (const w of OTHER_LANGUAGE_STOP_WORDS) this.stop.add(fold(w));
    for (const w of OTHER_LANGUAGE_WORDS) this.english.add(fold(w));
    for (const n of user.notNames ?? []) for (const w of fold(n).split(/\s+/)) if (w) this.notNames.add(w);
    for (const n of user.extraNames ?? []) for (const w of fold(n).split(/\s+/)) if (w) this.extraNames.add(w);
  }

  /** compromise itself lists the word as a given name (so "john" is a name although it is frequent). */
  compromiseGiven(key: string): boolean {
    return this.compromiseGivenNames.has(key);
  }

  /** A place name that is also an ordinary word ("Nice", "Reading") or a given name ("Georgia"). */
  ambiguousPlace(key: string): boolean {
    return this.compromiseWords.has(key) || this.ambiguous.has(key) || this.stop.has(key) || this.calendar.has(key);
  }

  isGiven(key: string): boolean {
    return (this.given.has(key) || this.extraNames.has(key)) && !this.notNames.has(key);
  }

  isSurname(key: string): boolean {
    return (this.surnames.has(key) || this.extraNames.has(key)) && !this.notNames.has(key);
  }

  /** An ordinary word: in the frequency list or known to compromise, and not only a name. */
  isWord(key: string): boolean {
    return this.stop.has(key) || this.calendar.has(key) || this.english.has(key) || this.compromiseWords.has(key);
  }
}

const cache = new Map<string, Lexicon>();

/** One lexicon per distinct user list (settings rarely change). */
export function lexiconFor(user: UserNames = {}): Lexicon {
  const key = JSON.stringify([user.extraNames ?? [], user.notNames ?? []]);
  let lex = cache.get(key);
  if (!lex) {
    if (cache.size > 8) cache.clear();
    lex = new Lexicon(user);
    cache.set(key, lex);
  }
  return lex;
}
