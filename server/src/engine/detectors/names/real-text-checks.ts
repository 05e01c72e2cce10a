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

/** The places without the tools of a skills list, and those of an institution's name or a jurisdiction lowered. */
export function placesOfRealText(text: string, places: readonly Candidate[]): Candidate[] {
  return placesInLegalClauses(text, placesInInstitutionNames(text, places.filter((c) => !inSkillList(text, c))));
}
