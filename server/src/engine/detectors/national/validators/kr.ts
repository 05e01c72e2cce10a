import { weightedSum } from '../checksums';
import { isRealDate, num2 } from '../dates';

// The 7th digit gives sex and century (5–8: foreign residents).
const CENTURY = [1800, 1900, 1900, 2000, 2000, 1900, 1900, 2000, 2000, 1800];

/** Resident registration number: YYMMDD, sex/century digit, then 6 digits. The birth date must be real. */
export function krRrn(s: string): boolean {
  if (!/^\d{13}$/.test(s)) return false;
  return isRealDate(CENTURY[s.charCodeAt(6) - 48] + num2(s, 0), num2(s, 2), num2(s, 4));
}

export function rrnCheckDigit(body: string): number {
  return (11 - (weightedSum(body, [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]) % 11)) % 10;
}

/** Numbers issued before October 2020 end in a check digit; newer ones end in random digits. */
export function krRrnChecksum(s: string): boolean {
  return rrnCheckDigit(s.slice(0, 12)) === s.charCodeAt(12) - 48;
}
