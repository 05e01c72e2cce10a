import { luhnValid } from '../checksums';
import { isPastDateAnyCentury, num2 } from '../dates';

/**
 * South African ID: YYMMDD (real, and not after `today`, yyyymmdd, in the latest century that fits), 4-digit
 * sequence, citizenship (0, 1, 2), a digit (8 or 9 nowadays), Luhn.
 */
export function zaIdNumber(s: string, today: number): boolean {
  if (!/^\d{10}[012]\d{2}$/.test(s)) return false;
  return isPastDateAnyCentury(num2(s, 0), num2(s, 2), num2(s, 4), today) && luhnValid(s);
}
