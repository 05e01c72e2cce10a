import type { Candidate, Detector } from '../types';
import { matchesOf } from '../regexp';

// AAA-GG-SSSS with one kind of separator (dash or space), or nine bare digits.
const SSN = /(?<![\w.-]|\d[ ,])(?:(\d{3})([- ])(\d{2})\2(\d{4})|(\d{3})(\d{2})(\d{4}))(?![\w]|[.,]\d|[- ]\d)/g;

// Published or well-known fake numbers (Woolworth wallet card, the SSA's advertisement sample, 123-45-6789).
const KNOWN_FAKE = new Set(['078051120', '219099999', '123456789', '111111111', '333333333', '987654320', '987654321']);

/** The SSA never issues area 000, 666 or 900–999, group 00 or serial 0000. */
export function ssnIssuable(area: string, group: string, serial: string): boolean {
  const a = Number(area);
  return a !== 0 && a !== 666 && a < 900 && group !== '00' && serial !== '0000';
}

export const usSsn: Detector = {
  id: 'pii/us-ssn',
  entity: 'US_SSN',
  label: 'US Social Security number',
  description: 'A US Social Security number (AAA-GG-SSSS) in an issuable range.',
  tags: ['government-id', 'us'],
  defaultSeverity: 'error',
  scope: 'digits',
  skipsIds: true,
  minDigits: 9,
  minRunDigits: 9, // digits, spaces and dashes only
  contextWords: ['ssn', 'ssns', 'ss#', 'ssn#', 'social security', 'social security number', 'social', 'taxpayer', 'tin', 'itin'],
  trigger: /\d{3}[- ]?\d{2}[- ]?\d{4}/,
  numberKeys: ['ssn', 'social'],
  detect(text) {
    const out: Candidate[] = [];
    for (const m of matchesOf(SSN, text)) {
      const [area, group, serial] = m[1] ? [m[1], m[3], m[4]] : [m[5], m[6], m[7]];
      if (!ssnIssuable(area, group, serial)) continue;
      const fake = KNOWN_FAKE.has(area + group + serial);
      // Dashes are how SSNs are written; spaces less so; nine bare digits are any id without context.
      const score = fake ? 0.1 : m[2] === '-' ? 0.5 : m[2] === ' ' ? 0.35 : 0.2;
      out.push({
        start: m.index,
        end: m.index + m[0].length,
        score,
        reasons: fake ? ['well-known sample number'] : ['issuable SSN range', m[2] === '-' ? 'AAA-GG-SSSS layout' : 'SSN digit count'],
      });
    }
    return out;
  },
};
