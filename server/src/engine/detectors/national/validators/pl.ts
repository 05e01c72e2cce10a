import { isDigits, weightedSum } from '../checksums';

const PESEL = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
import { isRealDate, num2 } from '../dates';

export function peselCheckDigit(body: string): number {
  return (10 - (weightedSum(body, PESEL) % 10)) % 10;
}

/** PESEL: YYMMDD (month + 80/0/20/40/60 gives the century), serial, 1-3-7-9 check digit. */
export function plPesel(s: string): boolean {
  if (!isDigits(s, 11)) return false;
  const mm = num2(s, 2);
  const century = [1900, 2000, 2100, 2200, 1800][Math.floor(mm / 20)];
  if (!isRealDate(century + num2(s, 0), mm % 20, num2(s, 4))) return false;
  return peselCheckDigit(s) === s.charCodeAt(10) - 48;
}
