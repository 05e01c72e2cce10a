// A place inside the name of a university, school or museum ("University of Washington", "Universidad Nacional
// Autónoma de México", "Museum of London") names the institution, not where a person is: like a topic place it
// is reported below the default threshold (some annotators label it a place), as is a "place" that starts with
// the institution's own words ("Universidad Nacional"). A place after the name ("the University of
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

/** The places with those in an institution's name (or that start with its words) lowered to a topic place's score. */
export function placesInInstitutionNames(text: string, places: readonly Candidate[]): Candidate[] {
  return places.map((c) => {
    if (c.score <= TOPIC_PLACE_SCORE) return c;
    const lineStart = text.lastIndexOf('\n', c.start - 1) + 1;
    const inName = INSTITUTION_FIRST.test(text.slice(c.start, c.end)) || INSTITUTION_BEFORE.test(text.slice(Math.max(lineStart, c.start - 80), c.start));
    return inName ? { ...c, score: TOPIC_PLACE_SCORE, reasons: [...c.reasons, 'in the name of an institution'], contextWords: [] } : c;
  });
}
