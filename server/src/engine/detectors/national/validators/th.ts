import { weightedSum } from '../checksums';

export function tninCheckDigit(body: string): number {
  return (11 - (weightedSum(body, [13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11)) % 10;
}

/** Thai national ID: 13 digits, first 1–8, mod-11 check digit. */
export function thTnin(s: string): boolean {
  return /^[1-8]\d{12}$/.test(s) && tninCheckDigit(s.slice(0, 12)) === s.charCodeAt(12) - 48;
}
