// Last checks on PERSON spans, whoever found them, for mistakes a user would call wrong on real text:
// - one name in two findings ("Jensen" and "Huang" for "Jensen Huang"): joined, so a redaction gives one tag;
// - initials alone ("Shazeer, N., Parmar, N.", "B C D E F"): no finding, unless a title is before them ("Frau K.");
// - a title alone ("Mr" of "Patient: Mr. Rajesh Kumar"), a lower-case word with an English ending ("my name is misspelled"): no finding;
// - a word of inline code (`{ uri }`), or a thing's name ("it's called overfitting", "the library is called Polars");
// - an eponym ("Dijkstra's algorithm", "Alzheimer's disease", "Bayes theorem"): names a method, not a person;
// - a landform or settlement word first ("Mount Everest", "Lake Tahoe", "Fort Worth"): a place;
// - a bibliography's author list (BibTeX `author = {…}`): published authors, not personal data of the text;
// - a model's name, known by the parameter count after it ("Zephyr-Orca 7B");
// - a place followed by its state or country ("Austin, Texas") or after a part of town ("Downtown Austin"): a place;
// - a thing's proper name between "the" and what it is ("the Leonardo supercomputer", "the Falcon models");
// - a model card's YAML front matter, except under keys that hold people (`name: MMLU` in model-index is a benchmark).
import type { Candidate } from '../../types';
import { type Lexicon, fold } from './lexicon';
import { MODEL_SIZE_AFTER, inCode } from './place-context';
import { isCardMetadata } from './card-metadata';
import { EPONYM_LAWS, ORDINAL } from './eponym-places';

/** Nouns an eponym comes before ("Dijkstra's algorithm", "Kalman filter"): technical ones, which follow a person's name in chat rarely. */
const EPONYM_NOUNS =
  'algorithm|algorithms|theorem|theorems|lemma|conjecture|equation|equations|inequality|formula|paradox|transform|transformation|distribution|' +
  'hypothesis|syndrome|disease|criterion|integral|operator|approximation|expansion|estimator|coefficient|notation|razor|constant|principle|' +
  'chain|decomposition|elimination|filter|curve|matrix|graph|effect|decoding|encoding|sampling|distance|kernel|index|' + EPONYM_LAWS;
/**
 * Nouns an eponym comes before in machine learning and statistics, without "'s" ("Noam schedule", "Xavier
 * initialization", "Huber loss", "Pearson correlation"): after a possessive they are a person's ("Tom's loss"); verbs
 * and everyday nouns ("Give Maria space", "let Tom test it") are left out.
 */
const BARE_EPONYM_NOUNS =
  'schedule|scheduler|initialization|initialisation|init|optimizer|optimiser|loss|norm|normalization|normalisation|activation|smoothing|' +
  'regularization|regularisation|polynomial|polynomials|correlation|sequence|mixture|divergence|entropy|similarity|variance';
export const EPONYM_AFTER = new RegExp(`^(?:(?:['’]s?)?\\s+(?:${ORDINAL})?(?:${EPONYM_NOUNS})|\\s+(?:${BARE_EPONYM_NOUNS}))\\b`, 'i');

/** What a thing with a proper name is, after "the" and its name: "the Leonardo supercomputer", "the Falcon models". */
const THING_NOUNS =
  'supercomputer|supercomputers|computer|cluster|clusters|server|servers|machine|machines|model|models|dataset|datasets|corpus|benchmark|benchmarks|' +
  'library|libraries|framework|frameworks|package|toolkit|tokenizer|optimizer|scheduler|architecture|gpu|gpus|chip|chips|processor|api|app|platform|' +
  'repo|repository|project|pipeline|engine|format|protocol|compiler|runtime|plugin|extension|notebook|checkpoint|checkpoints|weights|release|paper|' +
  'leaderboard|suite|series|team|node|nodes|instance|language|editor|browser|database|bot|chatbot|mission|rover|telescope|satellite';
const THE_BEFORE = /\bthe\s+$/i;
const THING_AFTER = new RegExp(`^\\s+(?:${THING_NOUNS})\\b`, 'i');

/** A thing named, not a person: "it's called overfitting", "this technique is named dropout", "the library is called Polars". */
const THING_NAMED =
  /\b(?:it|this|that|which|technique|method|function|variable|file|model|layer|process|step|algorithm|thing|concept|phenomenon|effect|trick|feature|option|flag|setting|parameter|package|library|module|tool|command|column|field|table|folder|directory|class|project|repo|repository|branch|app|game|song|album|book|movie|film|show|series|dataset|benchmark|metric|loss|error|approach|pattern|architecture)(?:['’]s|\s+(?:is|are|was|were|gets|got))?\s+(?:also\s+|often\s+|usually\s+|sometimes\s+)?(?:called|named|known\s+as|dubbed)\s*$/iu;

/** The naming verb THING_NAMED ends with, right before the name (tested first: it is rare). */
const NAMING_VERB_BEFORE = /(?:called|named|as|dubbed)\s*$/i;

/** First words of place names that no person's name starts with. */
const PLACE_HEADS = new Set(['mount', 'mt', 'lake', 'cape', 'fort', 'ft', 'port', 'gulf', 'bay', 'isle', 'isla', 'monte', 'lago', 'rio', 'sierra', 'cerro', 'mont', 'lac']);

/** Endings of English words ("misspelled", "pending"): a lower-case word with one is no name unless a lexicon knows it. */
export const ENGLISH_ENDING = /(?:ed|ing|ly|tion|sion|ment|ness|able|ible|ful|less|ous|ive|ize|ise|ial)$/;

/** Titles that are never a name themselves (unlike "Don", "Judge" or "Coach"). */
const TITLES = new Set('mr mrs ms miss mx dr prof sir madam mme mlle herr frau sr sra srta dott sig rev capt lt sgt mister missus monsieur senor senora'.split(' '));

/** Words before a town's name that no person's name follows: "Downtown Austin", "Greater Manchester". */
const TOWN_PART_BEFORE = /(?:^|[^\p{L}])(?:downtown|uptown|midtown|greater|metropolitan|inner-city|suburban)\s+$/iu;

/** A BibTeX author field: `author = {…}` or `author = "…"`. */
const BIBTEX_AUTHOR = /\bauthors?\s*=\s*(?:\{((?:[^{}]|\{[^{}]*\})*)\}|"([^"]*)")/gi;

/** Front-matter keys whose values are people: everything else in a card's front matter is metadata. */
const PEOPLE_KEYS = /^(?:authors?|maintainers?|contacts?|creators?|developers?|developed[_ ]by|owners?|curators?|contributors?|point[_ ]of[_ ]contact|model[_ ]creator|shared[_ ]by|funded[_ ]by)$/i;

/** A YAML front matter block at the start of a text ("---" lines around it): its end, or -1. */
function frontMatterEnd(text: string): number {
  if (!/^---[ \t]*\r?\n/.test(text)) return -1;
  const m = /\n---[ \t]*(?:\r?\n|$)/.exec(text.slice(3));
  const end = m ? m.index + 3 : text.length;
  return isCardMetadata(text.slice(0, end)) ? end : -1;
}

/** The YAML keys `offset` is under in a front matter: its line's key, then each less indented parent's (list items have none). */
function yamlKeysAt(text: string, offset: number): string[] {
  const keys: string[] = [];
  let indent = Number.POSITIVE_INFINITY;
  for (let start = text.lastIndexOf('\n', offset - 1) + 1; start > 0; start = text.lastIndexOf('\n', start - 2) + 1) {
    const end = text.indexOf('\n', start);
    const line = text.slice(start, end === -1 ? text.length : end);
    const own = /^[ \t-]*/.exec(line)![0].length;
    if (own >= indent) continue;
    indent = own;
    const key = /^[ \t-]*([\w. -]+?)\s*:(?:\s|$)/.exec(line);
    if (key) keys.push(key[1]);
    if (own === 0) break;
  }
  return keys;
}

/** Whether `offset` of a card's front matter is under a key that holds people. */
function underPeopleKey(text: string, offset: number): boolean {
  return yamlKeysAt(text, offset).some((k) => PEOPLE_KEYS.test(k));
}

/** Only spaces (no line break, no punctuation) between two spans. */
function spaceOnly(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) !== 32) return false;
  return true;
}

/** Initials alone, with or without dots: "N.", "B C D E F". */
const INITIALS = /^\p{Script=Latin}\.?(?:\s+\p{Script=Latin}\.?)*$/u;

/** [start, end) of every BibTeX author list in text (none without "author"). */
function authorLists(text: string): [number, number][] {
  if (!/author/i.test(text)) return [];
  const out: [number, number][] = [];
  for (const m of text.matchAll(BIBTEX_AUTHOR)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/** Whether the word before `start` is a title ("Herr", "Mrs."), which makes an initial a person ("Herr V."). */
function afterHonorific(text: string, start: number, lex: Lexicon): boolean {
  const m = /(\p{L}+)\.?\s+$/u.exec(text.slice(Math.max(0, start - 16), start));
  return !!m && lex.honorifics.has(fold(m[1]));
}

/** "Austin, Texas": a town the gazetteer knows, then a comma and a region or country it knows. */
function townBeforeRegion(text: string, c: Candidate, value: string, lex: Lexicon): boolean {
  const after = /^,\s*(\p{Lu}[\p{L}\p{M}.]*(?:\s\p{Lu}[\p{L}\p{M}.]*)?)/u.exec(text.slice(c.end, c.end + 40));
  return !!after && lex.places.get(fold(value)) === 'city' && /region|country/.test(lex.places.get(fold(after[1])) ?? '');
}

export interface PersonChecks {
  persons: Candidate[];
  /** Spans taken from the persons that are places ("Austin" in "Austin, Texas"). */
  places: Candidate[];
}

/** The persons that pass the checks above (spans in text order), and the ones found to be places. */
export function checkPersons(text: string, persons: readonly Candidate[], lex: Lexicon): PersonChecks {
  const places: Candidate[] = [];
  const authors = authorLists(text);
  // Cheap tests first: most texts have no inline code, and most names no "called" before them nor a comma after.
  const code = text.includes('`');
  const metadataEnd = text.startsWith('---') ? frontMatterEnd(text) : -1;
  const kept: Candidate[] = [];
  for (const c of [...persons].sort((x, y) => x.start - y.start)) {
    const value = text.slice(c.start, c.end);
    const oneWord = !value.includes(' ');
    if ((INITIALS.test(value) && !afterHonorific(text, c.start, lex)) || (code && inCode(text, c.start, c.end))) continue;
    if (oneWord && TITLES.has(fold(value.replace(/\.$/, '')))) continue;
    if (oneWord && ENGLISH_ENDING.test(value) && /^\p{Ll}/u.test(value) && !lex.isGiven(fold(value)) && !lex.isSurname(fold(value))) continue;
    if (NAMING_VERB_BEFORE.test(text.slice(Math.max(0, c.start - 16), c.start)) && THING_NAMED.test(text.slice(Math.max(0, c.start - 48), c.start))) continue;
    if (oneWord && EPONYM_AFTER.test(text.slice(c.end, c.end + 40))) continue;
    if (oneWord && THING_AFTER.test(text.slice(c.end, c.end + 40)) && THE_BEFORE.test(text.slice(Math.max(0, c.start - 8), c.start))) continue;
    if (c.start < metadataEnd && !underPeopleKey(text, c.start)) continue;
    if (!oneWord && PLACE_HEADS.has(fold(value.slice(0, value.indexOf(' ')).replace(/\.$/, '')))) continue;
    if ((authors.length > 0 && authors.some(([a, b]) => c.start >= a && c.end <= b)) || MODEL_SIZE_AFTER.test(text.slice(c.end, c.end + 12))) continue;
    if (oneWord && TOWN_PART_BEFORE.test(text.slice(Math.max(0, c.start - 24), c.start))) {
      places.push({ start: c.start, end: c.end, score: c.score, reasons: [...c.reasons, 'a part of town before it ("Downtown")'] });
      continue;
    }
    if (text.charCodeAt(c.end) === 44 && townBeforeRegion(text, c, value, lex)) {
      places.push({ start: c.start, end: c.end, score: c.score, reasons: [...c.reasons, 'a town before its region or country'] });
      continue;
    }
    const prev = kept[kept.length - 1];
    if (prev && spaceOnly(text, prev.end, c.start)) {
      kept[kept.length - 1] = { start: prev.start, end: c.end, score: Math.max(prev.score, c.score), reasons: prev.reasons };
      continue;
    }
    kept.push(c);
  }
  return { persons: kept, places };
}
