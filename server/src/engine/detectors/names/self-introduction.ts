// "Меня зовут Алексей Смирнов", "私の名前は田中太郎です", "اسمي أحمد خالد": a person introducing themselves in a
// script the tagger was not trained on (its features and lexicons are Latin). Only the naming phrase decides,
// so each phrase is one no other sentence starts with ("I am" phrases are left out: "私は学生です" is "I am a student").
import type { Candidate } from '../../types';
import { ENGLISH_ENDING } from './person-checks';

/** Letters of the scripts below: texts without any are not searched. */
const SCRIPTS = /[\u0370-\u03ff\u0400-\u04ff\u0590-\u05ff\u0600-\u06ff\u0900-\u097f\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]/;

const CYRILLIC_NAME = String.raw`\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?`;
const GREEK_NAME = String.raw`\p{Lu}[\p{Ll}\p{M}]+`;

/** Phrases as an alternation whose first letters match either case (the name after them must keep its capital). */
const phrases = (...ps: string[]) => `(?:${ps.map((p) => `[${p[0]}${p[0].toUpperCase()}]${p.slice(1)}`).join('|')})`;

/** The phrases, each with the name in its group 1. */
const PHRASES: RegExp[] = [
  // Russian, Ukrainian, Bulgarian, Serbian: "my name is", "I am called".
  new RegExp(String.raw`(?<!\p{L})${phrases('меня зовут', 'моё имя', 'мое имя', 'мене звати', "моє ім'я", 'мене звуть', 'казвам се', 'името ми е', 'зовем се', 'моје име је')}\s+(${CYRILLIC_NAME}(?:\s+${CYRILLIC_NAME}){0,2})`, 'gu'),
  // Greek.
  new RegExp(String.raw`(?<!\p{L})${phrases('με λένε', 'ονομάζομαι', 'το όνομά μου είναι')}\s+(${GREEK_NAME}(?:\s+${GREEK_NAME})?)`, 'gu'),
  // Arabic and Persian: "my name is" (no capitals: one or two words, not one joined to "and").
  /(?<!\p{L})(?:اسمي|إسمي|اسم من)\s+(\p{Script=Arabic}{2,}(?:\s+(?!و)\p{Script=Arabic}{2,})?)/gu,
  // Hebrew.
  /(?<!\p{L})(?:קוראים לי|שמי)\s+(\p{Script=Hebrew}{2,}(?:\s+(?!ו)\p{Script=Hebrew}{2,})?)/gu,
  // Hindi: "मेरा नाम … है".
  /मेरा नाम\s+(\p{Script=Devanagari}+(?:\s+\p{Script=Devanagari}+)?)\s+(?:है|हैं)/gu,
  // Chinese: "我叫王伟", "我的名字是李娜" (a name is two or three characters).
  /(?:我叫|我的名字是|我的名字叫)(\p{Script=Han}{2,3}?)(?=[\p{P}\s\d]|$|我|是|的|住|在|今|来|，)/gu,
  // Japanese: "私の名前は田中太郎です", "田中と申します".
  /(?:私の名前は|わたしの名前は|僕の名前は|名前は)\s*([\p{Script=Han}\p{Script=Katakana}ー・]{2,8}?)(?:です|と申します|といいます|と言います)/gu,
  /(?<![\p{Script=Han}])([\p{Script=Han}]{2,6})(?:と申します)/gu,
  // Korean: "제 이름은 김민준입니다", "김민준이라고 합니다".
  /(?:제 이름은|내 이름은|저의 이름은)\s*(\p{Script=Hangul}{2,4}?)(?:입니다|이에요|예요|이라고|라고)/gu,
];

/**
 * "my name is leo", "je m'appelle chloé": a name written in lower case after a naming phrase, which the tagger
 * finds only when a lexicon knows the name. A word of the lexicons' English, stop or ordinary words is no name
 * ("my name is not important", "my name is misspelled").
 */
const LOWER_CASE_NAME = /(?<!\p{L})(?:my\s+name\s+is|my\s+name['’]s|i['’]m\s+called|i\s+am\s+called|ich\s+hei(?:ße|sse)|je\s+m['’]appelle|me\s+llamo|mi\s+chiamo|meu\s+nome\s+é|ik\s+heet|jag\s+heter)\s+(\p{Ll}[\p{Ll}\p{M}'’-]{1,24})(?:\s+(\p{Ll}[\p{Ll}\p{M}'’-]{1,24}))?/dgiu;

/** The last word of the naming phrases, as the tokenizer keys them ("m'appelle" is one word). */
export const NAMING_WORDS = new Set(["name", "name's", 'called', 'heisse', "m'appelle", 'llamo', 'chiamo', 'nome', 'heet', 'heter']);
const NAMING_WORD_AT = /(?<!\p{L})(?:name|called|heiße|heisse|appelle|llamo|chiamo|nome|heet|heter)/giu;

/** Lower-case names after a naming phrase; `ordinary` says which words are no name; `wordsAt` where NAMING_WORDS are. */
export function lowerCaseIntroducedNames(text: string, ordinary: (word: string) => boolean, wordsAt?: readonly number[], score = 0.75): Candidate[] {
  const out: Candidate[] = [];
  let done = 0;
  for (const at of wordsAt ?? [...text.matchAll(NAMING_WORD_AT)].map((m) => m.index)) {
    const from = Math.max(done, at - 12);
    LOWER_CASE_NAME.lastIndex = 0;
    const m = LOWER_CASE_NAME.exec(text.slice(from, at + 72));
    if (!m) continue;
    done = from + m.index + m[0].length;
    const first = m[1];
    // The case-insensitive phrase lets capitals through: those are the tagger's.
    if (first[0] === first[0].toUpperCase() || ordinary(first) || ENGLISH_ENDING.test(first)) continue;
    const [start, firstEnd] = m.indices![1]!;
    const second = m[2];
    const end = second && second[0] !== second[0].toUpperCase() && !ordinary(second) && !ENGLISH_ENDING.test(second) ? m.indices![2]![1] : firstEnd;
    out.push({ start: from + start, end: from + end, score, reasons: ['a lower-case name after a naming phrase'] });
  }
  return out;
}

/** The names people give as theirs in the scripts above, at `score`. */
export function introducedNames(text: string, score = 0.9): Candidate[] {
  if (!SCRIPTS.test(text)) return [];
  const out: Candidate[] = [];
  for (const re of PHRASES) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index + m[0].indexOf(m[1]);
      out.push({ start, end: start + m[1].length, score, reasons: ['a naming phrase in its own script ("my name is …")'] });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
