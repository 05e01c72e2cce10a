// Names from the disk (file names, JSON keys) shown to people: in a terminal or a report they must not move
// the cursor, change colours, reorder a line (bidirectional overrides) or close the markup around them.
import { maxOf } from './arrays';

// C0 controls, DEL, C1 controls, line/paragraph separators and the invisible bidirectional controls.
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** `s` with every control character written as an escape: ESC as `\x1b`, U+202E as `\u202e`. */
export function printable(s: string): string {
  return s.replace(UNPRINTABLE, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/**
 * `s` as a Markdown code span that nothing in it can end: the fence is one backtick longer than the longest
 * run inside (CommonMark), controls are escaped, and in a table cell `|` is escaped too (GFM).
 */
export function markdownCode(s: string, inTable = false): string {
  let text = printable(s);
  if (inTable) text = text.replace(/\|/g, '\\|');
  const longest = maxOf((text.match(/`+/g) ?? []).map((run) => run.length), 0);
  const fence = '`'.repeat(longest + 1);
  // A space on each side (CommonMark strips one) keeps a leading or trailing backtick off the fence.
  return longest ? `${fence} ${text} ${fence}` : `${fence}${text}${fence}`;
}
