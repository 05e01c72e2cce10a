import { modString } from '../checksums';
import { isRealDate, num2 } from '../dates';

/** Rijksregisternummer check: 97 − (first 9 digits mod 97), with a leading 2 for births from 2000. */
export function nrnCheck(body9: string, from2000: boolean): number {
  return 97 - modString((from2000 ? '2' : '') + body9, 97);
}

/**
 * National Register number: YYMMDD (month + 20 or + 40 for bis numbers; 00 for an unknown month or day),
 * serial, 2-digit check. The century is the one the check digits agree with.
 */
export function beNrn(s: string): boolean {
  if (!/^\d{11}$/.test(s)) return false;
  const check = num2(s, 9);
  const body = s.slice(0, 9);
  const century = nrnCheck(body, false) === check ? 1900 : nrnCheck(body, true) === check ? 2000 : 0;
  if (!century) return false;
  if (num2(s, 2) > 52) return false;
  const month = num2(s, 2) % 20;
  const day = num2(s, 4);
  if (month === 0 || day === 0) return month <= 12 && day <= 31;
  return isRealDate(century + num2(s, 0), month, day);
}
