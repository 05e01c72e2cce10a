// Laws and theorems named after people, whose names are often towns too: "Newton's second law" names a law,
// not the town of Newton nor a person ("Moore's law", "Kepler's laws", "Pascal's triangle", "Fermat's last
// theorem"). person-checks.ts reads the nouns below among its eponym nouns; places are checked here.
import type { Candidate } from '../../types';

/** Nouns of laws and the like ("Ohm's law"); a law firm, school or degree is someone's ("Linda's law firm"). */
export const EPONYM_LAWS = "laws?(?!\\s+(?:firm|firms|school|office|degree|practice|student|clerk|partner|enforcement))|triangle|identity|sieve|spiral|wager|last\\s+theorem";
/** An ordinal between the name and its law: "Newton's second law". */
export const ORDINAL = String.raw`(?:(?:first|second|third|zeroth)\s+)`;

const EPONYM_PLACE_AFTER = new RegExp(`^['’]s?\\s+${ORDINAL}?(?:${EPONYM_LAWS}|theorem|theorems|equations?|constant|principle|paradox|conjecture|razor)\\b`, 'i');

/** Whether a one-word place candidate is the person a law or theorem is named after ("Newton's second law"). */
export function isEponymPlace(text: string, c: Candidate): boolean {
  return EPONYM_PLACE_AFTER.test(text.slice(c.end, c.end + 40)) && !text.slice(c.start, c.end).includes(' ');
}
