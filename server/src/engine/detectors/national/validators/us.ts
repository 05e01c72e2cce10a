import { isDigits, luhnValid, weightedSum } from '../checksums';
import { num2 } from '../dates';

/** ITIN: 9XX-7X-XXXX style; the middle group is one of the IRS-assigned ranges. No check digit. */
export function usItin(s: string): boolean {
  if (!isDigits(s, 9) || s.charCodeAt(0) !== 57) return false;
  const g = num2(s, 3);
  return (g >= 50 && g <= 65) || (g >= 70 && g <= 88) || (g >= 90 && g <= 92) || (g >= 94 && g <= 99);
}

const ABA_WEIGHTS = [3, 7, 1, 3, 7, 1, 3, 7, 1];

/** ABA routing transit number: a valid Federal Reserve prefix and the 3-7-1 weighted sum ≡ 0 (mod 10). */
export function abaRouting(s: string): boolean {
  if (!isDigits(s, 9)) return false;
  const p = num2(s, 0);
  if (!((p <= 12) || (p >= 21 && p <= 32) || (p >= 61 && p <= 72) || p === 80)) return false;
  return weightedSum(s, ABA_WEIGHTS) % 10 === 0;
}

/** National Provider Identifier: starts with 1 or 2; Luhn over the number prefixed with 80840. */
export function usNpi(s: string): boolean {
  return /^[12]\d{9}$/.test(s) && luhnValid('80840' + s);
}

/** Medicare Beneficiary Identifier: fixed positions of digits and letters (no S, L, O, I, B, Z). */
const MBI = /^[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d[AC-HJKMNP-RT-Y]{2}\d{2}$/;
export function usMbi(s: string): boolean {
  return MBI.test(s);
}

/** DEA registration number: 2 letters + 7 digits; (d1+d3+d5) + 2(d2+d4+d6) ends in d7. */
export function deaNumber(s: string): boolean {
  if (!/^[ABCDEFGHJKLMPRSTUX][A-Z9]\d{7}$/.test(s)) return false;
  const d = s.slice(2);
  return deaCheckDigit(d.slice(0, 6)) === d.charCodeAt(6) - 48;
}

export function deaCheckDigit(six: string): number {
  return (weightedSum(six, [1, 2, 1, 2, 1, 2])) % 10;
}

/** US passport: 9 digits (older books) or a letter and 8 digits (Next Generation). Shape only. */
export function usPassport(s: string): boolean {
  return /^(?:\d{9}|[A-Z]\d{8})$/.test(s) && !/^(\d)\1+$/.test(s);
}

/** Bank account numbers have no national format; reject runs of one digit only. */
export function usBankNumber(s: string): boolean {
  return /^\d{8,17}$/.test(s) && !/^(\d)\1+$/.test(s);
}

/** Driver's licence formats vary by state; the pattern carries the shape. Reject one-digit runs. */
export function usDriverLicense(s: string): boolean {
  return !/^[A-Z]?(\d)\1+$/.test(s);
}
