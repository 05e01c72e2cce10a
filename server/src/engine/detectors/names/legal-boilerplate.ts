// Contract and letter boilerplate that reads like names and places: a job title in a notice clause ("with a
// copy to: General Counsel"), "Acts of God" in a force-majeure clause, and the places of a jurisdiction ("a
// Delaware corporation", "governed by the laws of the State of California", "Registered in England and
// Wales"), which say where a firm is registered or a dispute is heard, not where a person is: such places are
// reported below the default threshold, as topic places are.
import type { Candidate } from '../../types';
import { fold } from './lexicon';
import { TOPIC_PLACE_SCORE } from './place-context';

/** Words of job titles: a name of two or more of these only is a role ("General Counsel", "Managing Director"). */
const TITLE_WORDS = new Set(
  `general counsel chief executive officer managing director manager head vice president senior associate assistant
  secretary treasurer controller partner principal legal operations financial technical marketing sales product
  engineering compliance privacy data protection hiring human resources coordinator administrator registrar ceo cfo cto
  coo cio ciso dpo`.split(/\s+/),
);

/** "Act of God", "Acts of God": a force-majeure event. */
const ACT_OF_BEFORE = /(?:^|[^\p{L}])acts?\s+of\s+$/iu;

/** Whether a person candidate is a job title or a clause's phrase, not a person. */
export function isLegalPhrase(text: string, c: Candidate): boolean {
  const value = text.slice(c.start, c.end);
  const words = value.split(/\s+/).map(fold);
  if (words.length > 1 && words.every((w) => TITLE_WORDS.has(w))) return true;
  return fold(value) === 'god' && ACT_OF_BEFORE.test(text.slice(Math.max(0, c.start - 12), c.start));
}

const PLACE_NAME = String.raw`\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){0,2}`;
/**
 * Before the place: a firm's registration or a contract's governing law and courts ("…and" for a second place:
 * "England and Wales"). Only as contracts and company footers word them: "I'm registered in Ohio" is personal.
 */
const JURISDICTION_BEFORE = new RegExp(
  String.raw`(?:(?:^|[^\p{L}])(?:(?:incorporated|organi[sz]ed|domiciled)\s+(?:in|under\s+the\s+laws\s+of)|(?:company|corporation|firm|entity|office)\s+registered\s+in|(?:governed\s+by|construed\s+(?:in\s+accordance\s+with|under))\s+the\s+laws\s+of|(?:resolved|heard|brought|litigated|submitted)\s+(?:exclusively\s+)?(?:in|to)\s+the\s+(?:(?:state|federal|exclusive)\s+(?:or\s+federal\s+)?)?(?:courts?|jurisdiction)\s+(?:of|in|located\s+in))|(?:^|[.!?|]\s+|\n)Registered\s+in)\s+(?:the\s+)?(?:(?:State|Commonwealth|Province|Republic|Kingdom)\s+of\s+)?(?:${PLACE_NAME}\s+(?:and|&)\s+)?$`,
  'iu',
);
/** After the place, with "a" before it: the form of a firm ("a Delaware corporation", "a New York limited liability company"). */
const ARTICLE_BEFORE = /(?:^|[^\p{L}])an?\s+$/iu;
const FIRM_FORM_AFTER = /^\s+(?:corporation|limited\s+liability\s+company|limited\s+partnership|general\s+partnership|statutory\s+trust|company|LLC|L\.L\.C\.|non-profit|nonprofit)\b/iu;

/** The places with those of a jurisdiction clause lowered to a topic place's score. */
export function placesInLegalClauses(text: string, places: readonly Candidate[]): Candidate[] {
  return places.map((c) => {
    if (c.score <= TOPIC_PLACE_SCORE) return c;
    const jurisdiction = JURISDICTION_BEFORE.test(text.slice(Math.max(0, c.start - 100), c.start)) || (FIRM_FORM_AFTER.test(text.slice(c.end, c.end + 40)) && ARTICLE_BEFORE.test(text.slice(Math.max(0, c.start - 4), c.start)));
    return jurisdiction ? { ...c, score: TOPIC_PLACE_SCORE, reasons: [...c.reasons, 'a jurisdiction, not where a person is'], contextWords: [] } : c;
  });
}
