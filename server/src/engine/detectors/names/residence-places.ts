// "j'habite à Roubaix", "ik woon in Zwolle", "mieszkam w Łodzi", "tôi sống ở Đà Nẵng": the capitalised place
// after someone saying where they live, in languages whose towns the gazetteer and the tagger may not know.
// Only verbs of living count: "from" phrases also come before firms ("I'm from Google", "je viens de Danone").
import type { Candidate } from '../../types';
import { PERSONAL_PLACE_SCORE } from './place-context';

/** Capitalised words, up to three, joined by spaces or hyphens, right at lastIndex: "Roubaix", "Đà Nẵng", "Saint-Étienne". */
const PLACE_AT = /\p{Lu}[\p{Ll}\p{M}]+(?:[ -]\p{Lu}[\p{Ll}\p{M}]+){0,2}/uy;

/** The living phrase, then white space; the place is read after it with PLACE_AT (case matters there, not here). */
const LIVING =
  new RegExp(
    String.raw`(?<!\p{L})(?:` +
      // English, German, French, Spanish, Italian, Portuguese, Dutch, Polish, Swedish/Norwegian/Danish, Indonesian/Malay, Vietnamese.
      String.raw`i\s+live\s+in|we\s+live\s+in|i\s+grew\s+up\s+in|i\s+was\s+born\s+in|ich\s+wohne\s+in|ich\s+lebe\s+in|wir\s+wohnen\s+in|` +
      String.raw`j['’]habite\s+(?:à|a|en|au)|je\s+vis\s+(?:à|en|au)|nous\s+habitons\s+(?:à|en|au)|vivo\s+en|vivimos\s+en|` +
      String.raw`abito\s+(?:a|in)|vivo\s+(?:a|in)|moro\s+(?:em|no|na)|vivo\s+(?:em|no|na)|moramos\s+(?:em|no|na)|woon\s+in|wij\s+wonen\s+in|we\s+wonen\s+in|` +
      String.raw`mieszkam\s+(?:w|we)|bor\s+(?:i|på)|saya\s+tinggal\s+di|aku\s+tinggal\s+di|tôi\s+sống\s+ở|tôi\s+ở` +
      String.raw`)\s+`,
    'giu',
  );
/** Turkish puts the place first, with a locative suffix: "İzmir'de yaşıyorum". */
const TURKISH = /(?<!\p{L})(\p{Lu}[\p{Ll}\p{M}]+)['’](?:de|da|te|ta)\s+(?:yaşıyorum|oturuyorum|yaşıyoruz|oturuyoruz)/gu;
/**
 * The verbs of the phrases, as the tokenizer keys them (lower case, diacritics folded: "sống" is "song", "ở" is
 * "o"). The phrase regex runs only on the few characters around each: searching the whole text with it cost as
 * much as the rest of the place checks.
 */
export const RESIDENCE_VERBS = new Set("live grew born wohne lebe wohnen habite j'habite habitons vis vivo vivimos abito moro moramos woon wonen mieszkam bor tinggal song o".split(' '));
const VERB_AT = /(?<!\p{L})(?:live|grew|born|wohne|lebe|wohnen|habite|habitons|vis|vivo|vivimos|abito|moro|moramos|woon|wonen|mieszkam|bor|tinggal|sống|ở)(?!\p{L})/giu;

/** The places people say they live in, at the score of a personal place. */
export function residencePlaces(text: string, verbsAt?: readonly number[]): Candidate[] {
  const out: Candidate[] = [];
  const push = (start: number, end: number) => out.push({ start, end, score: PERSONAL_PLACE_SCORE, reasons: ['where the speaker says they live'] });
  let done = 0;
  for (const at of verbsAt ?? [...text.matchAll(VERB_AT)].map((m) => m.index)) {
    // The phrase starts at most a subject before its verb ("nous habitons", "saya tinggal").
    const from = Math.max(done, at - 6);
    LIVING.lastIndex = 0;
    const m = LIVING.exec(text.slice(from, at + 24));
    if (!m) continue;
    PLACE_AT.lastIndex = from + m.index + m[0].length;
    const place = PLACE_AT.exec(text);
    if (place) push(place.index, place.index + place[0].length);
    done = from + m.index + m[0].length;
  }
  if (text.includes('yor')) {
    TURKISH.lastIndex = 0;
    for (let m = TURKISH.exec(text); m; m = TURKISH.exec(text)) push(m.index, m.index + m[1].length);
  }
  return out.sort((a, b) => a.start - b.start);
}
