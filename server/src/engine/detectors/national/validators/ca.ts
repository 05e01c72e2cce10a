import { luhnValid } from '../checksums';

/** Social Insurance Number: 9 digits, Luhn; 0 and 8 are not issued to people as first digits. */
export function caSin(s: string): boolean {
  return /^[1-79]\d{8}$/.test(s) && luhnValid(s);
}
