import { isDigits, weightedSum } from '../checksums';
import { isPastDate, num2 } from '../dates';

// The 7th digit gives sex and century (5–8: foreign residents).
const CENTURY = [1800, 1900, 1900, 2000, 2000, 1900, 1900, 2000, 2000, 1800];

/**
 * Resident registration number: YYMMDD, sex/century digit, then 6 digits. The birth date must be real
 * and not after `today` (yyyymmdd).
 */
export function krRrn(s: string, today: number): boolean {
  if (!isDigits(s, 13)) return false;
  return isPastDate(CENTURY[s.charCodeAt(6) - 48] + num2(s, 0), num2(s, 2), num2(s, 4), today);
}

const RRN = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];

export function rrnCheckDigit(body: string): number {
  return (11 - (weightedSum(body, RRN) % 11)) % 10;
}

/** Numbers issued before October 2020 end in a check digit; newer ones end in random digits. */
export function krRrnChecksum(s: string): boolean {
  return rrnCheckDigit(s) === s.charCodeAt(12) - 48;
}
