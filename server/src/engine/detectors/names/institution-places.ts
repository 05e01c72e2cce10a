// A place inside the name of a university, school or museum ("University of Washington", "Universidad Nacional
// Autónoma de México", "Museum of London") names the institution, not where a person is: like a topic place it
// is reported below the default threshold (some annotators label it a place), and a "place" that is the
// institution's own words ("Universidad Nacional") is none. A place after the name ("the University of
// Washington in Seattle") is read as usual. Banks are left out: annotators take "England" of "Bank of England"
// for a place (Broad Twitter Corpus).
import type { Candidate } from '../../types';
import { TOPIC_PLACE_SCORE } from './place-context';

const INSTITUTION = String.raw`(?:University|Universidad|Universidade|Université|Universität|Università|Universiteit|Uniwersytet|College|Institute|Instituto|Institut|Istituto|Polytechnic|Politecnico|Politécnica|Academy|Academia|Akademie|Conservatory|Museum|Museo|Musée)`;
/** Connecting words inside an institution's name ("of", "de", "the"); German "der" is left out: "das Museum der Stadt Lünen" is a museum in a town. */
const LINK = String.raw`(?:of|de|del|de\s+la|di|du|the|la|el)`;
/** An institution word, then capitalised words and connecting words only, up to the place. */
const INSTITUTION_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])${INSTITUTION}(?:[ \t]+(?:\p{Lu}[\p{L}\p{M}'’-]*|${LINK}))*[ \t]+$`, 'u');
const INSTITUTION_FIRST = new RegExp(String.raw`^${INSTITUTION}(?![\p{L}])`, 'u');

/**
 * The places with those inside an institution's name lowered to a topic place's score, and those that start
 * with an institution word dropped.
 */
export function placesInInstitutionNames(text: string, places: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of places) {
    if (INSTITUTION_FIRST.test(text.slice(c.start, c.end))) continue;
    const lineStart = text.lastIndexOf('\n', c.start - 1) + 1;
    const inside = INSTITUTION_BEFORE.test(text.slice(Math.max(lineStart, c.start - 80), c.start));
    out.push(inside && c.score > TOPIC_PLACE_SCORE ? { ...c, score: TOPIC_PLACE_SCORE, reasons: [...c.reasons, 'in the name of an institution'], contextWords: [] } : c);
  }
  return out;
}
