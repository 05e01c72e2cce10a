import { isDigits, luhnValid } from '../checksums';

/** Social Insurance Number: 9 digits, Luhn; 0 and 8 are not issued to people as first digits. */
export function caSin(s: string): boolean {
  return isDigits(s, 9) && s[0] !== '0' && s[0] !== '8' && luhnValid(s);
}
