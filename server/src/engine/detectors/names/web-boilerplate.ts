// Words of a web page's chrome that look like given names: "Skip to main content" and "Jump to navigation"
// open most scraped pages, and "Skip" is a nickname the tagger knows. Before "to" or a navigation word the
// word is the link, not a person ("Skip Bayless said" keeps its name: the surname is part of the finding).
import type { Candidate } from '../../types';

const LINK_VERB = /^(?:skip|jump)$/i;
const LINK_TARGET = /^[ \t]+(?:to\b|navigation\b|nav\b|links?\b|(?:main\s+)?(?:content|menu)\b)/i;

/** Whether the person candidate is the verb of a skip link ("Skip to main content", "Bobby, skip to the end"). */
export function isSkipLink(text: string, c: Candidate): boolean {
  return LINK_VERB.test(text.slice(c.start, c.end)) && LINK_TARGET.test(text.slice(c.end, c.end + 24));
}
