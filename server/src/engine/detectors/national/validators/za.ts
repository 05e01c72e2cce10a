import { luhnValid } from '../checksums';
import { isRealDateAnyCentury, num2 } from '../dates';

/** South African ID: YYMMDD, 4-digit sequence, citizenship (0, 1, 2), a digit (8 or 9 nowadays), Luhn. */
export function zaIdNumber(s: string): boolean {
  if (!/^\d{10}[012]\d{2}$/.test(s)) return false;
  return isRealDateAnyCentury(num2(s, 0), num2(s, 2), num2(s, 4)) && luhnValid(s);
}
