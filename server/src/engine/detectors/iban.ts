import type { Candidate, Detector } from '../types';
import { matchesOf } from '../regexp';

// Country code, check digits, then the account part: compact or in groups of four.
const IBAN = /(?<![A-Za-z0-9])[A-Za-z]{2}\d{2}(?:[A-Za-z0-9]{4}){2,8}[A-Za-z0-9]{0,3}(?![A-Za-z0-9])|(?<![A-Za-z0-9])[A-Za-z]{2}\d{2}(?: [A-Za-z0-9]{4}){2,7}(?: [A-Za-z0-9]{1,4})?(?![A-Za-z0-9])/g;

// IBAN length per country (SWIFT IBAN registry).
const LENGTHS: Record<string, number> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BI: 27, BR: 29, BY: 28,
  CH: 21, CR: 22, CY: 28, CZ: 24, DE: 22, DJ: 27, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18,
  FK: 18, FO: 18, FR: 27, GB: 22, GE: 22, GI: 23, GL: 18, GR: 27, GT: 28, HR: 21, HU: 28, IE: 22,
  IL: 23, IQ: 23, IS: 26, IT: 27, JO: 30, KW: 30, KZ: 20, LB: 28, LC: 32, LI: 21, LT: 20, LU: 20,
  LV: 21, LY: 25, MC: 27, MD: 24, ME: 22, MK: 19, MN: 20, MR: 27, MT: 31, MU: 30, NI: 28, NL: 18,
  NO: 15, OM: 23, PK: 24, PL: 28, PS: 29, PT: 25, QA: 29, RO: 24, RS: 22, RU: 33, SA: 24, SC: 31,
  SD: 18, SE: 24, SI: 19, SK: 24, SM: 27, SO: 23, ST: 25, SV: 28, TL: 23, TN: 24, TR: 26, UA: 29,
  VA: 22, VG: 24, XK: 20, YE: 30,
};

/** ISO 13616 check: move the first four characters to the end, letters to numbers, mod 97 = 1. */
export function ibanChecksumValid(iban: string): boolean {
  const s = iban.slice(4) + iban.slice(0, 4);
  let rest = 0;
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    const v = c < 58 ? c - 48 : c - 55; // '0'..'9' or 'A'..'Z'
    rest = v > 9 ? (rest * 100 + v) % 97 : (rest * 10 + v) % 97;
  }
  return rest === 1;
}

export const iban: Detector = {
  id: 'pii/iban',
  entity: 'IBAN_CODE',
  label: 'IBAN',
  description: 'An International Bank Account Number with a valid mod-97 checksum and the length of its country.',
  tags: ['financial'],
  defaultSeverity: 'error',
  scope: 'digits',
  skipsIds: true,
  contextWords: ['iban', 'account', 'bank', 'sepa', 'transfer', 'konto', 'rib'],
  trigger: /[A-Za-z]{2}\d{2}/,
  detect(text) {
    const out: Candidate[] = [];
    for (const m of matchesOf(IBAN, text)) {
      const raw = m[0];
      const compact = raw.replace(/ /g, '').toUpperCase();
      const length = LENGTHS[compact.slice(0, 2)];
      if (!length || compact.length < length) continue;
      // The compact form ends exactly at the country's length; a spaced one may run into a following word.
      let end = raw.length;
      if (compact.length > length) {
        if (!raw.includes(' ')) continue;
        let seen = 0;
        end = 0;
        while (seen < length) if (raw[end++] !== ' ') seen++;
        if (raw[end] !== ' ') continue;
      }
      // Mixed case is not how IBANs are written; all-upper or all-lower is.
      const value = raw.slice(0, end);
      if (value !== value.toUpperCase() && value !== value.toLowerCase()) continue;
      if (!ibanChecksumValid(compact.slice(0, length))) continue;
      out.push({ start: m.index, end: m.index + end, score: 0.95, reasons: ['IBAN checksum (mod 97) passed', 'length matches the country'] });
    }
    return out;
  },
};
