// Checks from real-world text (CVs, contracts, e-mail, web pages, papers) on what the tagger found, in one
// place for the analyzer: each lives in its own module.
import type { Candidate } from '../../types';
import { isFirmName } from './firm-names';
import { placesInInstitutionNames } from './institution-places';
import { isLegalPhrase, placesInLegalClauses } from './legal-boilerplate';
import { inSkillList } from './skill-lists';
import { isSkipLink } from './web-boilerplate';

/** Whether a person candidate is a skip link, a firm, a job title or clause phrase, or a tool of a skills list. */
export function notAPersonInContext(text: string, c: Candidate): boolean {
  return isSkipLink(text, c) || isFirmName(text, c) || isLegalPhrase(text, c) || inSkillList(text, c);
}

/**
 * Capitals, then a word: "GShard", "XGBoost", "MLPerf" — a product. Places only: people's names and handles
 * are written so in tweets ("Marie NDiaye", "@LWeisberger"), and a town the gazetteer knows stays a town.
 */
const CAPITALS_THEN_WORD = /^\p{Lu}{1,3}\p{Lu}\p{Ll}{2,}$/u;

/**
 * The places without the tools of a skills list and product-shaped words the gazetteer does not know, and
 * those of an institution's name or a jurisdiction lowered.
 */
export function placesOfRealText(text: string, places: readonly Candidate[], known: (name: string) => boolean): Candidate[] {
  const kept = places.filter((c) => !inSkillList(text, c) && !(CAPITALS_THEN_WORD.test(text.slice(c.start, c.end)) && !known(text.slice(c.start, c.end))));
  return placesInLegalClauses(text, placesInInstitutionNames(text, kept));
}
