import { isDigits, weightedSum } from '../checksums';

const TNIN = [13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2];

export function tninCheckDigit(body: string): number {
  return (11 - (weightedSum(body, TNIN) % 11)) % 10;
}

/** Thai national ID: 13 digits, first 1–8, mod-11 check digit. */
export function thTnin(s: string): boolean {
  return isDigits(s, 13) && s[0] !== '0' && s[0] !== '9' && tninCheckDigit(s) === s.charCodeAt(12) - 48;
}
