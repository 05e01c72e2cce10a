// Affiliation and footnote marks glued to the names of a paper's authors ("Ana Lucía Fernández², Wei Zhang¹",
// "Oluwaseun Adeyemi‡", "Wei Zhang1, …"): the tagger reads "Fernández²" as one word that is no name, so the
// surname was left out of the finding, or the whole name was. The names pass reads the text with the marks
// blanked (spaces of the same length, so offsets stay those of the text).

/** Superscript digits, daggers and section signs after a letter; one plain digit 1–9 after a capitalised word, before a comma or the line's end. */
const MARKS = /(?<=\p{L})[¹²³⁴⁵⁶⁷⁸⁹⁰†‡§]+|(?<=(?:^|[^\p{L}])\p{Lu}\p{Ll}+)[1-9](?=,|[ \t]*(?:\r?\n|$))/gu;
const MAY_HAVE_MARKS = /[¹²³⁴⁵⁶⁷⁸⁹⁰†‡§]|\p{Ll}[1-9](?:,|[ \t]*(?:\r?\n|$))/u;

/** The text with the affiliation marks after names replaced by spaces (the same text when it has none). */
export function blankAffiliationMarks(text: string): string {
  if (!MAY_HAVE_MARKS.test(text)) return text;
  return text.replace(MARKS, (m) => ' '.repeat(m.length));
}
