// A city or country is personal data when it tells where someone lives, comes from or is ("I live in Lyon",
// "ship it to my flat in Berlin", "I'm from Kigali"), not when it is what the text is about ("Do you ship to
// Berlin?", "the history of Rwanda"). This module reads the sentence around a LOCATION candidate, whoever
// found it (the rules or a model), and moves its score: above the default threshold for a person's place,
// below it for a topic place (still reported, so a lower threshold shows it). Other places keep their score.
// It also drops candidates that are no place at all: a file format, a programming language, a short acronym
// or a CamelCase product name that "in", "to" or "from" put before like a place ("convert YAML to JSON").
import type { Candidate } from '../../types';
import { NOT_NAMES } from './lexicon/common';

/** How far back and ahead the sentence around a place is read. */
const BEFORE = 120;
const AFTER = 60;

/** The score a place gets when it tells where a person is, and the most a topic place keeps. */
export const PERSONAL_PLACE_SCORE = 0.85;
export const TOPIC_PLACE_SCORE = 0.4;

// A residence, origin or whereabouts phrase right before the place (up to two words between: "the city of",
// "beautiful", "sunny"). Whose it is does not matter for live/born/grew up; for "from", "in" and travel a
// person is named or spoken of ("I'm from", "she is from", "we are flying to", "my flat in").
const ARTICLE = String.raw`(?:the|die|der|den|dem|la|le|les|l'|l’|el|los|las|het)`;
const FILLER = String.raw`(?:\s+(?:the\s+)?(?:city|town|village|country|region|state|suburbs?|outskirts|centre|center|north|south|east|west|beautiful|sunny|rainy|lovely|old|little|small|big)(?:\s+of)?)?\s*(?:\s${ARTICLE}\s*)?$`;
/** Prepositions before a place in English, German, French, Spanish and Dutch. */
const PREP = String.raw`(?:in|to|at|near|from|outside|of|on|à|a|en|au|aux|de|du|des|d'|d’|nach|aus|bei|im|uit|te)`;
const RESIDENCE = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:live|lives|lived|living|reside|resides|resided|residing|born|raised|grew\s+up|settled|relocated|relocating|moved(?:\s+(?:here|there|back|away|out))?|moving|hometown|home\s+town|native\s+of|citizen\s+of|resident\s+of|hail(?:s|ed)?\s+from|originally(?:\s+from)?` +
    // German, French, Spanish, Dutch: "ich wohne in", "ich komme aus", "j'habite à", "je viens de", "vivo en", "soy de", "ik woon in"
    String.raw`|wohne|wohnt|wohnen|lebe|lebt|leben|geboren|aufgewachsen|habite|habitons|habitez|habitent|vis|vit|vivons|née?|vivo|vive|vivimos|nací|woon|woont|wonen` +
    String.raw`|(?:komme|kommt|stamme|stammt|bin)\s+aus|(?:suis|viens|vient|venons)\s+d(?:e|'|’)|soy\s+de|(?:kom|komt)\s+uit)(?:\s+${PREP})?` +
    FILLER,
  'iu',
);
/** Someone spoken of, then a verb of being or coming: "I'm from", "she is from", "we are in", "Anna comes from". */
const PERSON_FROM = new RegExp(
  String.raw`\b(?:i|i'm|i’m|im|we|we're|we’re|you're|you’re|he|he's|he’s|she|she's|she’s|they|they're|they’re|my\s+\w+|our\s+\w+|his\s+\w+|her\s+\w+|their\s+\w+)(?:\s+(?:am|are|is|was|were|come|comes|came|also|originally|currently|now|still|just)){0,3}\s+(?:from|in|at|near)` + FILLER,
  'iu',
);
const NAME_FROM = new RegExp(String.raw`(?:^|[^\p{L}])\p{Lu}\p{Ll}+\s+(?:is|was|comes|came|hails)\s+(?:originally\s+)?from` + FILLER, 'u');
/** A first-person trip or stay: "I am flying to", "we're visiting", "my trip to", "I'll be in". */
const FIRST_PERSON_TRIP = new RegExp(
  String.raw`\b(?:i|i'm|i’m|i'll|i’ll|i've|i’ve|we|we're|we’re|we'll|we’ll|my|our|me|us)\b[^.?!\n]{0,40}?\b(?:fly|flying|flew|travel\w*|visit\w*|trip|holiday|vacation|going|go|went|head\w*|arriv\w*|return\w*|stay\w*|staying|back|be|been|am|are|was|were|work\w*|stud\w*|drive|driving|drove|move|moving)(?:\s+(?:back|over|down|up|out))?\s+(?:in|to|from|at|near|around|through)` + FILLER,
  'iu',
);
/** The place of someone's home or parcel: "my address in", "to my flat in", "to me in", "our house in". */
const PERSONAL_PLACE = new RegExp(
  String.raw`\b(?:my|our|his|her|their|your)\s+(?:\w+\s+)?(?:address|home|house|flat|apartment|place|family|parents|mum|mom|dad|office|hotel|room|village|town|city|country|hometown)\s+(?:is\s+)?(?:in|at|near|outside)` + FILLER + String.raw`|\bto\s+(?:me|us|him|her|them)\s+(?:in|at)\s+$`,
  'iu',
);

/** The five phrases above that make a place personal (exported for a test of the cheap path before them). */
export const PERSONAL_PHRASES = [RESIDENCE, PERSONAL_PLACE, PERSON_FROM, NAME_FROM, FIRST_PERSON_TRIP];

/**
 * Every ASCII word one of PERSONAL_PHRASES can end with: the verbs and prepositions, the filler words and
 * the articles after them. The regexes are anchored at the end of the text before the place and cost a try
 * at each of its positions; a text whose last word is none of these cannot match, which spares them for
 * most places.
 */
const PERSONAL_PHRASE_ENDS = new Set(
  `live lives lived living reside resides resided residing born raised up settled relocated relocating moved here there back away out
  moving hometown town of from originally wohne wohnt wohnen lebe lebt leben geboren aufgewachsen habite habitons habitez habitent vis vit
  vivons ne nee vivo vive vivimos woon woont wonen aus de d' uit in to at near outside on a en au aux du des nach bei im te around through
  city village country region state suburb suburbs outskirts centre center north south east west beautiful sunny rainy lovely old little
  small big the die der den dem la le les l' el los las het`.split(/\s+/),
);

const isAsciiLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

/**
 * Whether `before` may end with one of PERSONAL_PHRASES: after its trailing white space, a word of
 * PERSONAL_PHRASE_ENDS that no letter precedes. Any character outside ASCII there lets it through (the
 * regexes fold case by Unicode rules, and some of their words are not ASCII).
 */
export function mayEndPersonalPhrase(before: string): boolean {
  const t = before.trimEnd();
  let b = t.length;
  while (b > 0 && (isAsciiLetter(t.charCodeAt(b - 1)) || t.charCodeAt(b - 1) === 39)) b--;
  if (b === t.length) return b > 0 && t.charCodeAt(b - 1) > 127;
  if (b > 0 && t.charCodeAt(b - 1) > 127) return true;
  const run = t.slice(b).toLowerCase();
  if (PERSONAL_PHRASE_ENDS.has(run)) return true;
  for (let i = 0; i < run.length - 1; i++) if (run.charCodeAt(i) === 39 && PERSONAL_PHRASE_ENDS.has(run.slice(i + 1))) return true;
  return false;
}

/** A shop or service asked about: "Do you ship to", "Is it available in", "deliver on Sundays in", "prices in". */
const SERVICE = /(?:^|[^\p{L}])(?:liefern|liefert|lieferung|lieferungen|versenden|versendet|verschicken|zustellen|zustellung|livrer|livrez|livrons|livrent|livraison|livraisons|expédiez|expédions|expédition|enviar|envían|enviáis|envío|envíos|entregar|entregan|entregáis|leveren|levert|bezorgen|bezorgt|verzenden|verzendt|ship|ships|shipping|shipped|deliver|delivers|delivering|delivery|deliveries|sell|sells|sold|stock|stocks|available|availability|stores?|shops?|branch(?:es)?|outlets?|prices?|pricing|tax|taxes|vat|customs|shipping\s+costs?|roaming|coverage|streaming)\b/iu;
/** An encyclopaedic or travel-guide topic: "the history of", "capital of", "weather in", "tell me about". */
const TOPIC = /\b(?:history|capital|population|economy|culture|cuisine|food|geography|climate|weather|temperature|government|president|prime\s+minister|king|queen|flag|map|languages?|currency|gdp|tourism|sights|attractions|landmarks|things\s+to\s+do|restaurants|hotels|facts|war|invasion|independence|borders?|size|area|time\s*zone|news|elections?|laws?|rules|regulations|universities|schools|cities|regions|countries|states|provinces|towns|villages|rivers|mountains|lakes|islands|beaches|parks|museums|monuments|volcanoes|deserts|capitals|places\s+to\s+visit|best\s+\w+|top\s+\d+\s+\w+|tell\s+me\s+about|information\s+(?:on|about)|learn\s+about|essay\s+(?:on|about)|article\s+(?:on|about)|write\s+(?:a|an)\s+\w+\s+(?:on|about))(?:\s+(?:of|in|about|for|on|to|from))?(?:\s+the)?\s+$/iu;
/** An encyclopaedic statement about the place, after it: "Canberra is the capital of Australia", "Lyon is a city in France". */
const TOPIC_AFTER = /^\s+(?:is|was|has\s+been|became|remains)\s+(?:the|a|an)\s+(?:[\p{L}-]+\s+){0,2}?(?:capital|city|country|town|village|state|province|region|island|nation|port|metropolis|municipality|commune|county|district|kingdom|republic|home\s+(?:of|to)|birthplace|seat|largest|biggest|smallest|oldest|most\s+populous)\b/iu;

/** Someone speaking of themselves ("I want it shipped to …"); a firm's "we ship to …" is not that. */
const FIRST_PERSON = /(?:^|[^\p{L}])(?:i|i'm|i’m|me|my|ich|mir|mich|je|j'|j’|moi|yo|ik)(?![\p{L}])/iu;

/** File formats, languages and protocols that "to", "in" or "from" put before like places ("convert YAML to JSON"). */
const NOT_PLACES = new Set(
  `json jsonl yaml yml toml xml csv tsv html css sql pdf png jpg jpeg gif svg mp3 mp4 wav txt md markdown latex tex docx xlsx
 pptx parquet arrow avro onnx gguf c c++ c# go rust python ruby perl php swift kotlin scala haskell lua matlab r
  bash zsh powershell fortran cobol pascal lisp elixir erlang dart typescript javascript js ts http https ftp ssh tcp udp
  grpc rest graphql utf-8 utf8 ascii unicode base64 hex fp16 fp32 bf16 int8 int4 cuda rocm`.split(/\s+/),
);

/** Products, models and tools that are never people are no places either ("deployed in AWS", "moved to Azure"). */
const NOT_NAMES_SET = new Set(NOT_NAMES);

/** The text of the sentence before a candidate (up to BEFORE characters, from the last sentence end). */
function sentenceBefore(text: string, start: number): string {
  const before = text.slice(Math.max(0, start - BEFORE), start);
  const cut = Math.max(before.lastIndexOf('\n'), ...['. ', '? ', '! '].map((e) => before.lastIndexOf(e)));
  return cut >= 0 ? before.slice(cut + 1) : before;
}

function sentenceAfter(text: string, end: number): string {
  const after = text.slice(end, end + AFTER);
  const cut = after.search(/[.?!\n]/);
  return cut >= 0 ? after.slice(0, cut + 1) : after;
}

export type PlaceUse = 'personal' | 'topic' | 'neutral' | 'not-a-place';

/**
 * CamelCase ("ProcessWire") or a short acronym ("CMBS", "LY", "ITER"):
 * a product or a code, unless the gazetteer knows it ("UK", "NYC").
 */
const CODE_LIKE = /^(?:\p{Lu}{2,4}s?|\p{Lu}?\p{Ll}+\p{Lu}[\p{L}]*)$/u;
/** Short capitals that are places although the gazetteer leaves them out ("us" is a pronoun there): "moved to the US". */
const PLACE_ABBREVIATIONS = new Set(['US', 'USA', 'U.S.', 'U.S.A.', 'UK', 'U.K.', 'UAE', 'NYC', 'DC', 'NSW', 'Qld', 'SoCal', 'NorCal']);

/** A model's parameter count right after a name makes it a model's name: "Zephyr-Orca 7B", "Falcon-40B", "Mixtral 8x7B". */
export const MODEL_SIZE_AFTER = /^[\s-](?:\d+x)?\d+(?:\.\d+)?[BbM](?![\p{L}\p{N}])/u;

/** Words before a tool or a system rather than a town: "via Docker", "using Heroku". */
const TOOL_PREP = /(?:^|[^\p{L}])(?:via|using|with)\s+$/iu;

/** Whether text[start, end) is inside an inline code span (`…`) of its line. */
export function inCode(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  let ticks = 0;
  for (let i = lineStart; i < start; i++) if (text.charCodeAt(i) === 96) ticks++;
  return ticks % 2 === 1 && text.indexOf('`', end) >= 0;
}

/**
 * What the place `text[start, end)` is in its sentence. `known` says whether the gazetteer lists a name
 * (a short acronym or a CamelCase word it does not know is taken for a product or a code).
 */
export function placeUse(text: string, start: number, end: number, known: (name: string) => boolean = () => false): PlaceUse {
  const value = text.slice(start, end);
  const key = value.toLowerCase();
  if (NOT_PLACES.has(key) || NOT_NAMES_SET.has(key) || /^\p{Lu}$/u.test(value) || (CODE_LIKE.test(value) && !known(value) && !PLACE_ABBREVIATIONS.has(value))) return 'not-a-place';
  if (inCode(text, start, end) || MODEL_SIZE_AFTER.test(text.slice(end, end + 12))) return 'not-a-place';
  const before = sentenceBefore(text, start);
  const after = sentenceAfter(text, end);
  // A name the gazetteer does not know, after "via" or in a sentence with inline code ("`rustc` inside Xcode").
  if (!known(value) && (TOOL_PREP.test(before) || before.includes('`') || after.includes('`'))) return 'not-a-place';
  if (mayEndPersonalPhrase(before) && PERSONAL_PHRASES.some((re) => re.test(before))) return 'personal';
  const question = /\?/.test(after) || /^\s*(?:do|does|can|could|will|would|is|are)\b/i.test(before);
  if (TOPIC.test(before) || (TOPIC_AFTER.test(after) && !FIRST_PERSON.test(after))) return 'topic';
  if (SERVICE.test(before) && (question || !FIRST_PERSON.test(before))) return 'topic';
  return 'neutral';
}

/**
 * The candidate with its score moved by how the place is used: raised for a person's place, lowered below
 * the default threshold for a topic place (and no context word lifts it back), dropped when it is no place.
 */
export function placeInContext(text: string, c: Candidate, known?: (name: string) => boolean): Candidate | undefined {
  switch (placeUse(text, c.start, c.end, known)) {
    case 'not-a-place':
      return undefined;
    case 'personal':
      return c.score >= PERSONAL_PLACE_SCORE ? c : { ...c, score: PERSONAL_PLACE_SCORE, reasons: [...c.reasons, 'where a person lives, comes from or is'] };
    case 'topic':
      return { ...c, score: Math.min(c.score, TOPIC_PLACE_SCORE), reasons: [...c.reasons, 'the place is the topic, not where a person is'], contextWords: [] };
    default:
      return c;
  }
}

/** `placeInContext` over a list, keeping order. */
export function placesInContext(text: string, list: readonly Candidate[], known?: (name: string) => boolean): Candidate[] {
  const out: Candidate[] = [];
  for (const c of list) {
    const p = placeInContext(text, c, known);
    if (p) out.push(p);
  }
  return out;
}

/** "U.S.", "U.S.A.", "U.K." (and "U. S." in text joined from tokens), not "U.S.S.R.": a country the word tagger sees as initials. */
const DOTTED_COUNTRY = /(?<![\p{L}.])U\.\s?(?:S\.(?:\s?A\.)?|K\.)(?!\s?\p{L}\.)/gu;
/** The score of a dotted country before its sentence is read (as a town or country in an address). */
const DOTTED_COUNTRY_SCORE = 0.6;

/**
 * The dotted countries of the text added to the places found (the tagger's words are letters, so it cannot
 * find them whole, and may take "U. S." for a person's initials); one inside a found organisation ("the U.S.
 * Army") stays part of it.
 */
export function addDottedCountries(text: string, found: { persons: Candidate[]; locations: Candidate[]; organizations: Candidate[] }): void {
  if (!text.includes('U.')) return;
  const overlaps = (a: Candidate, start: number, end: number) => a.start < end && start < a.end;
  let added = false;
  for (const m of text.matchAll(DOTTED_COUNTRY)) {
    const start = m.index;
    const end = start + m[0].length;
    if (found.locations.some((c) => overlaps(c, start, end)) || found.organizations.some((c) => overlaps(c, start, end))) continue;
    found.persons = found.persons.filter((c) => !(overlaps(c, start, end) && c.start >= start && c.end <= end));
    if (found.persons.some((c) => overlaps(c, start, end))) continue;
    found.locations.push({ start, end, score: DOTTED_COUNTRY_SCORE, reasons: ['a country written with dots'] });
    added = true;
  }
  if (added) found.locations.sort((a, b) => a.start - b.start);
}
