// Names written surname first, as Outlook and company directories put them in e-mail headers: `"Doe, Jane"
// <jane.doe@…>`, `To: Okonkwo, Chidi; Support <…>`. The tagger finds the given name after the comma; the
// surname before it joins the finding, so that a redaction leaves no half of the name. Only in a quoted
// display name, or on a header line (From, To, Cc, …) where the surname opens a recipient and the lexicon
// knows it as a surname or as no ordinary word ("To: Support, Jane" stays "Jane").
import type { Candidate } from '../../types';
import { type Lexicon, fold } from './lexicon';

const SURNAME = String.raw`(\p{Lu}[\p{L}\p{M}'’-]+(?:[ \t]+\p{Lu}[\p{L}\p{M}'’-]+)?),[ \t]*$`;
/** `"Doe, ` before the given name: a quoted display name. */
const QUOTED_SURNAME = new RegExp(String.raw`"[ \t]*${SURNAME}`, 'u');
/** `To: Doe, ` or `…>; Doe, ` before the given name, on a header line. */
const HEADER_SURNAME = new RegExp(String.raw`^(?:>[ \t]*)*(?:From|To|Cc|CC|Bcc|BCC|Reply-To|Sender|Von|An|De|À|Para|Van|Aan)[ \t]*:(?:[^\n]*[;>][ \t]*|[ \t]*)${SURNAME}`, 'u');
/** After the given name: the end of the display name, the address, the recipient or the line. */
const NAME_END = /^(?:"|[ \t]*<|[ \t]*;|[ \t]*\r?$|[ \t]*\n|[ \t]*$)/;

/** The persons with a surname written before them in an e-mail header joined to them. */
export function joinHeaderSurnames(text: string, persons: Candidate[], lex: Lexicon): Candidate[] {
  if (!text.includes(',')) return persons;
  const out: Candidate[] = [];
  for (const c of persons) {
    const lineStart = text.lastIndexOf('\n', c.start - 1) + 1;
    const before = text.slice(lineStart, c.start);
    const m = before.includes('"') ? QUOTED_SURNAME.exec(before) : null;
    const surname = (m ?? HEADER_SURNAME.exec(before))?.[1];
    // Quoted, the layout says enough ("Doe, Jane"; "doe" is a word too); unquoted, the word must look like a surname.
    const surnameLike = (w: string) => (m ? !lex.stop.has(fold(w)) : lex.isSurname(fold(w)) || !lex.isWord(fold(w)));
    const ok = surname !== undefined && NAME_END.test(text.slice(c.end, c.end + 3)) && surname.split(/\s+/).every(surnameLike);
    if (!ok) {
      out.push(c);
      continue;
    }
    const start = lineStart + before.lastIndexOf(`${surname},`);
    // The surname as a finding of its own is part of this one now.
    while (out.length > 0 && out[out.length - 1].start >= start) out.pop();
    out.push({ ...c, start, reasons: [...c.reasons, 'the surname before it in an e-mail header'] });
  }
  return out;
}
