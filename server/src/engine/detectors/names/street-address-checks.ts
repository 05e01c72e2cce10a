// What the street patterns match but a reader would not call an address: a piece of an identifier
// ("…-49ef-bd74-…"), a quantity or duration ("30 minute drive", "15 ft", "8 reps x light"), a year phrase
// ("During 1980"), an ordinary word that happens to be a street type ("5 unique ways", "place the 12").
// Each check reads the whole text around the match, so a gated run and a whole-text run decide alike.
import { ENGLISH_WORDS } from './lexicon/english-words';
import { LINES_ONLY_STREET_TYPES, STREET_PREFIXES, STREET_SUFFIXES, STRONG_STREET_TYPES } from './address-words';

/** A match of a street pattern: its value and where it starts in the whole text. */
export interface StreetMatch {
  value: string;
  text: string;
  start: number;
}

/** Characters that glue a match to an identifier, a path, a number or a sum when right before it. */
const GLUED_BEFORE = /[\p{L}\p{N}\p{M}_\-/\\.=@#$€£¥%&+~^|*`'’]/u;
/** …or right after it ("bd74-6a3e", "12 Main St/foo", "Ave_2"). */
const GLUED_AFTER = /^(?:[\p{L}\p{N}\p{M}_]|[-/\\.@=:+][\p{L}\p{N}])/u;

/** Not a piece of a UUID, hash, file path, URL or code token. */
export function standsAlone({ value, text, start }: StreetMatch): boolean {
  const before = start > 0 ? text[start - 1] : '';
  if (before && GLUED_BEFORE.test(before)) return false;
  return !GLUED_AFTER.test(text.slice(start + value.length, start + value.length + 2));
}

const words = (s: string) => s.split(/\s+/).filter(Boolean);

/** Words after a number that make it a quantity, a duration or a count, not a house number. */
const QUANTITY_WORDS = new Set(
  words(`second seconds sec secs minute minutes min mins hour hours hr hrs h day days week weeks wk month months year years
  yr yrs decade decades century centuries ms ns us ft feet foot inch inches cm mm km m mi mile miles meter meters metre
  metres yard yards yd kg g mg lb lbs pound pounds oz ton tons tonne tonnes l ml gal gallon gallons gb mb tb kb gib mib bit
  bits byte bytes px pt em rem dpi fps hz khz mhz ghz kw kwh mah x times time rep reps set sets step steps lap laps percent
  pct degree degrees deg unique different simple easy best more most other ways way things thing tips tricks reasons
  ideas examples questions items people players cards pages lines rows columns fields users calls episodes seasons
  chapters layers epochs tokens words sentences divided plus minus runtime`),
);

/** Compass words that may stand between the number and the street name ("300 W 34th St", "12 North Main St"). */
const DIRECTIONS = new Set(words('n s e w ne nw se sw n. s. e. w. north south east west'));
const ORDINAL = /^\d+(?:st|nd|rd|th)\.?$/i;
const NUMBER = /^\d/;
const CAPITALISED = /^\p{Lu}/u;
const ALL_CAPS = /^[\p{Lu}\d'’.-]+$/u;

/** Lower-case joiners inside street names: "Rue de la Paix", "Via della Spiga", "Calle del Sol". */
const STREET_PARTICLES = new Set(words("de du des del dels della delle dei degli di da do dos das la le les l' d' van von der den am an im zu y e i a al"));

/** A year with the word that makes it one: "During 1980", "since 2019", "in 1995". */
/** English words that join a phrase, never inside a street name: "place of business at 4400 Mission Street". */
const ENGLISH_GLUE = new Set(words('of at the for to and with by from is are was'));
const YEAR_BEFORE = /(?:^|[^\p{L}])(?:in|during|since|until|till|by|before|after|from|of|circa|around|year|summer|winter|spring|autumn|fall|early|late|mid)\s+$/iu;
const YEAR = /^(?:1[5-9]\d\d|20\d\d)$/;

/** Words before a lower-case street ("ship it to 12 oak street", "address:\n947 trg …") that say an address follows. */
const ADDRESS_CUE =
  /(?:(?:address|addr|adresse|anschrift|dirección|direccion|indirizzo|endereço)\W{0,3}|(?:ship|send|sent|deliver|mail|post|write|bring)\w*(?:\s+(?:it|this|that|them|me|us|him|her|everything|the\s+\w+))?\s+to\s+|(?:live|lives|lived|living|stay|stays|staying|located|based|meet\s+(?:me|us)|pick\s+(?:me|us)\s+up|drops?\s+(?:me|you|us)\s+off)\s+(?:at|on|in)\s+)$/i;

/**
 * What a check says of a match: an address, none, or one only when address lines (a unit, a town, a
 * postcode) follow it ("3747 fourth avenue\nsuite 112\ncalgary").
 */
export type Verdict = boolean | 'if-lines-follow';

let english: Set<string> | undefined;
const isEnglishWord = (w: string) => (english ??= new Set(words(ENGLISH_WORDS))).has(w.toLowerCase());

const strongTypes = new Set(STRONG_STREET_TYPES);
const linesOnlyTypes = new Set(LINES_ONLY_STREET_TYPES);

function wordBefore(m: StreetMatch): string {
  return m.text.slice(Math.max(0, m.start - 40), m.start);
}

/** The word right after the match ("Via Slack 3 times": "times"). */
function wordAfter(m: StreetMatch): string {
  const rest = m.text.slice(m.start + m.value.length, m.start + m.value.length + 24);
  return /^\s+([\p{L}]+)/u.exec(rest)?.[1].toLowerCase() ?? '';
}

/** A name word of a street: capitalised, an ordinal, a number or a compass word; all-caps only in an all-caps address. */
function nameWordOk(w: string, allCapsAddress: boolean): boolean {
  if (ORDINAL.test(w) || NUMBER.test(w) || DIRECTIONS.has(w.toLowerCase())) return true;
  if (!CAPITALISED.test(w)) return false;
  return allCapsAddress || !(w.length >= 2 && ALL_CAPS.test(w));
}

/** A year after a year word: "During 1980", "in 1995 Main Street" is no house number. */
function yearPhrase(number: string, m: StreetMatch): boolean {
  return YEAR.test(number) && YEAR_BEFORE.test(wordBefore(m));
}

/**
 * "742 Evergreen Terrace", "300 W 34th St": a house number, at least one street-name word and a street type.
 * The name words are capitalised, unless the type is unmistakable and an address cue comes first ("ship it
 * to 12 oak street"); a type that is also an everyday word ("Place", "Square", "Falls") is written capitalised.
 */
export function usStreetOk(m: StreetMatch): Verdict {
  if (!standsAlone(m)) return false;
  const ws = words(m.value);
  let i = 0;
  while (i < ws.length - 1 && /^\d/.test(ws[i]) && !ORDINAL.test(ws[i])) i++;
  if (i === 0 || yearPhrase(ws[0], m)) return false;
  const type = ws[ws.length - 1];
  const typeKey = type.normalize('NFKC').toLowerCase().replace(/\.$/, '');
  const names = ws.slice(i, -1);
  const strong = strongTypes.has(typeKey);
  // "100 Broadway"; "338 17 St Omers Road" (a numbered street after the house number); "on 32 St." after a name or "on".
  if (names.length === 0) return typeKey === 'broadway' || (i === 2 && strong && CAPITALISED.test(type)) || numberedStreet(m, typeKey, type);
  if (names.some((w) => QUANTITY_WORDS.has(w.toLowerCase()))) return false;
  const allCaps = ALL_CAPS.test(type) && type.length >= 2;
  if (names.every((w) => nameWordOk(w, allCaps)) && names.some((w) => !DIRECTIONS.has(w.toLowerCase()) || names.length === 1)) {
    if (linesOnlyTypes.has(typeKey)) return CAPITALISED.test(type) && 'if-lines-follow';
    return strong || CAPITALISED.test(type);
  }
  if (linesOnlyTypes.has(typeKey)) return false;
  if (!strong || !names.every((w) => /^\p{Ll}+$/u.test(w) || nameWordOk(w, allCaps))) return false;
  return ADDRESS_CUE.test(wordBefore(m)) || 'if-lines-follow';
}

const NUMBERED_STREET_TYPES = new Set(['street', 'st', 'avenue', 'ave', 'road', 'rd']);

/** "enter on 32 St.", "Hoge Wei 32 St.": a numbered street, written capitalised, not followed by a name ("3 St. Louis"). */
function numberedStreet(m: StreetMatch, typeKey: string, type: string): boolean {
  if (!NUMBERED_STREET_TYPES.has(typeKey) || !CAPITALISED.test(type)) return false;
  const end = m.start + m.value.length;
  if (/^\s+\p{Lu}/u.test(m.text.slice(end, end + 3))) return false;
  return /(?:^|\s)(?:on|\p{Lu}[\p{L}\p{M}'’-]*)\s+$/u.test(wordBefore(m));
}

const PREFIX_HEAD = new RegExp(
  `^(?:\\S+\\s+){0,2}?(${STREET_PREFIXES.map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')})`,
  'iu',
);

/**
 * "Via Garibaldi 33", "ul. Kwiatowa 15", "Rue de la Paix 3": a street word, a capitalised name (joiners
 * allowed) and the number; the street word is apart from the name ("bd74" in a UUID is no boulevard).
 */
export function prefixStreetOk(m: StreetMatch): Verdict {
  if (!standsAlone(m) || QUANTITY_WORDS.has(wordAfter(m))) return false;
  const head = PREFIX_HEAD.exec(m.value);
  if (!head) return false;
  const prefix = head[1];
  const rest = m.value.slice(head[0].length);
  if (!/^\s/.test(rest) && !/[./]$/.test(prefix)) return false;
  const ws = words(rest);
  const number = ws[ws.length - 1];
  const names = ws.slice(0, -1);
  if (names.length === 0 || yearPhrase(number, { ...m, start: m.start + m.value.length - number.length })) return false;
  const allCaps = ALL_CAPS.test(prefix) && prefix.length >= 2;
  if (names.every((w) => STREET_PARTICLES.has(w.toLowerCase()) || nameWordOk(w, allCaps)) && names.some((w) => CAPITALISED.test(w))) return true;
  // "address:\n947 trg revolucije 17": lower case after an address cue, or with address lines after it.
  if (!names.every((w) => /^\p{Ll}+$/u.test(w)) || names.some((w) => ENGLISH_GLUE.has(w))) return false;
  return ADDRESS_CUE.test(wordBefore(m)) || 'if-lines-follow';
}

/**
 * "8 rue des Lilas": a house number, a street word as written and a name. "via" after a number is mostly
 * English ("sent 2 via PayPal"), so there it needs a joiner or a second name word ("3 via della Spiga").
 */
export function numberedPrefixOk(m: StreetMatch): boolean {
  if (!standsAlone(m)) return false;
  const ws = words(m.value);
  const at = ws.findIndex((w) => !/^\d/.test(w));
  const names = ws.slice(at + 1);
  if (names.some((w) => w.length >= 2 && ALL_CAPS.test(w))) return false;
  if (ws[at].toLowerCase() === 'via') return names.length >= 2 || STREET_PARTICLES.has(names[0]);
  return true;
}

const STREET_SUFFIXES_LOWER = new Set(STREET_SUFFIXES.map((s) => s.toLowerCase()));

/**
 * "Lindenstraße 12a", "Søndergade 4", "Neuer Weg 5": a capitalised street name ending in a street word and a
 * number. An English word is no such name ("During 1980", "Spring 2024", "Gate 12"), and a lone street word
 * needs a name before it ("auf Platz 1").
 */
export function suffixStreetOk(m: StreetMatch): Verdict {
  if (!standsAlone(m) || QUANTITY_WORDS.has(wordAfter(m))) return false;
  const ws = words(m.value);
  let last = ws.length - 2;
  if (ws[last] === 'u.') last--;
  const street = ws[last];
  if (!street) return false;
  let first = 0;
  while (first < last && NUMBER.test(ws[first])) first++;
  const names = ws.slice(first, last + 1);
  // An English word is no street name on its own ("During 1980", "Spring 2024"), nor after another one ("Boarding Gate 12").
  const english = (w: string) => isEnglishWord(w.replace(/[.'’]+$/, ''));
  if (english(street) && (names.length === 1 || english(names[names.length - 2]))) return false;
  // "Lindenstraße 12", "Árpád fejedelem útja 3", "Neuer Weg 5": the name starts with a capital…
  if (CAPITALISED.test(names[0]) && !names.some((w) => w.length >= 2 && ALL_CAPS.test(w))) {
    // …and a street word on its own needs a name before it ("auf Platz 1" is a ranking).
    return !STREET_SUFFIXES_LOWER.has(street.toLowerCase()) || names.length > 1;
  }
  // "meet me at 2407 tawastintie 6": lower case after an address cue, or with address lines after it.
  if (!names.every((w) => /^\p{Ll}+$/u.test(w)) || STREET_SUFFIXES_LOWER.has(street.toLowerCase())) return false;
  return ADDRESS_CUE.test(wordBefore(m)) || 'if-lines-follow';
}

/** "20789 Allika 46", "Kálmán Imre u. 12.": capitalised name words, not all-caps, standing alone. */
export function capitalisedNameOk(m: StreetMatch): boolean {
  if (!standsAlone(m) || QUANTITY_WORDS.has(wordAfter(m))) return false;
  // "31 August 2000" is a date: a month between two numbers.
  return !words(m.value).some((w) => (w.length >= 2 && ALL_CAPS.test(w) && !/^\d/.test(w)) || MONTHS.has(w.toLowerCase().replace(/\.$/, '')));
}

/** Month names and abbreviations of English, German, French, Spanish, Italian and Dutch. */
const MONTHS = new Set(
  words(`january february march april may june july august september october november december jan feb mar apr jun jul aug sep
  sept oct nov dec januar februar märz mai juni juli oktober dezember janvier février mars avril juin juillet août septembre
  octobre novembre décembre enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre gennaio
  febbraio aprile maggio giugno luglio settembre ottobre dicembre januari februari maart mei augustus`),
);
