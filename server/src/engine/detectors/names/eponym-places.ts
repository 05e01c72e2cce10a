// Laws and theorems named after people, whose names are often towns too: "Newton's second law" names a law,
// not the town of Newton nor a person ("Moore's law", "Kepler's laws", "Pascal's triangle", "Fermat's last
// theorem"). person-checks.ts reads these nouns among its eponym nouns (EPONYM_AFTER), which the analyzer
// applies to one-word places too.

/** Nouns of laws and the like ("Ohm's law"); a law firm, school or degree is someone's ("Linda's law firm"). */
export const EPONYM_LAWS = "laws?(?!\\s+(?:firm|firms|school|office|degree|practice|student|clerk|partner|enforcement))|triangle|identity|sieve|spiral|wager|last\\s+theorem";
/** An ordinal between the name and its law: "Newton's second law". */
export const ORDINAL = String.raw`(?:(?:first|second|third|zeroth)\s+)`;
