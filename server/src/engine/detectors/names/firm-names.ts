// Firms named after people: "Morgan Stanley & Co. LLC", "Keller & Vance Holdings LLC", "Harper Collins
// Publishers". A name followed by a company form (LLC, Inc., GmbH, & Co., Holdings, …), alone or after other
// names joined by "&", names a firm, not a person.
import type { Candidate } from '../../types';

const COMPANY_FORM = String.raw`(?:LLC|L\.L\.C\.|LLP|LP|Inc\.?|Incorporated|Ltd\.?|Limited|PLC|plc|GmbH|AG|KG|SE|S\.A\.|SA|S\.p\.A\.|S\.r\.l\.|B\.V\.|BV|N\.V\.|NV|Pty|Corp\.?|Corporation|Co\.|Company|Holdings|Group|Partners|Associates|Publishers|Publishing|Brothers|Bros\.|Sons|& Co\.?|& Sons|& Partners|& Associates)`;
/** Right after the name: more names joined by "&" or "and", then a company form. */
const FIRM_AFTER = new RegExp(String.raw`^(?:\s*(?:&|and)\s+\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*)?)*,?\s+${COMPANY_FORM}(?![\p{L}])`, 'u');
const FIRM_AFTER_AMPERSAND = new RegExp(String.raw`^\s*${COMPANY_FORM}(?![\p{L}])`, 'u');

/** Whether the person candidate is (the start of) a firm's name. */
export function isFirmName(text: string, c: Candidate): boolean {
  const after = text.slice(c.end, c.end + 80);
  return FIRM_AFTER.test(after) || FIRM_AFTER_AMPERSAND.test(after);
}
