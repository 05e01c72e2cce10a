// Checks from real-world text (CVs, contracts, e-mail, web pages, papers) on what the tagger found, in one
// place for the analyzer: each lives in its own module.
import type { Candidate } from '../../types';
import { isFirmName } from './firm-names';
import { placesInInstitutionNames } from './institution-places';
import { isLegalPhrase, placesInLegalClauses } from './legal-boilerplate';
import { inSkillList } from './skill-lists';
import { TOPIC_PLACE_SCORE } from './place-context';
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

/** A title of nobility or a see before the place: "the Duke of Wellington", "the Archbishop of Canterbury". */
const TITLE_OF_BEFORE = /(?:^|[^\p{L}])(?:Duke|Duchess|Earl|Countess|Marquess|Marquis|Viscount|Baron|Baroness|Prince|Princess|Archbishop|Bishop)\s+of\s+(?:the\s+)?$/u;

/**
 * The places without the tools of a skills list and product-shaped words the gazetteer does not know, and
 * those of an institution's name, a jurisdiction or a title ("the Duke of Wellington") lowered.
 */
export function placesOfRealText(text: string, places: readonly Candidate[], known: (name: string) => boolean): Candidate[] {
  const kept = places.filter((c) => !inSkillList(text, c) && !(CAPITALS_THEN_WORD.test(text.slice(c.start, c.end)) && !known(text.slice(c.start, c.end))));
  return placesInLegalClauses(text, placesInInstitutionNames(text, kept)).map((c) =>
    c.score > TOPIC_PLACE_SCORE && TITLE_OF_BEFORE.test(text.slice(Math.max(0, c.start - 24), c.start))
      ? { ...c, score: TOPIC_PLACE_SCORE, reasons: [...c.reasons, "a person's title, not where a person is"], contextWords: [] }
      : c,
  );
}
