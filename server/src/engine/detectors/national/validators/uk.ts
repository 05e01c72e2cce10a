import { isDigits, isOneCharRun, weightedSum } from '../checksums';
import { num2, isRealDate } from '../dates';

/** NHS number check digit: 11 − (Σ dᵢ×(10−i) mod 11); 11 → 0; 10 means the body is never issued. */
const NHS = [10, 9, 8, 7, 6, 5, 4, 3, 2];

export function nhsCheckDigit(body: string): number {
  const c = 11 - (weightedSum(body, NHS) % 11);
  return c === 11 ? 0 : c;
}

export function ukNhs(s: string): boolean {
  if (!isDigits(s, 10)) return false;
  const c = nhsCheckDigit(s);
  return c !== 10 && c === s.charCodeAt(9) - 48 && !isOneCharRun(s);
}

/** National Insurance number: HMRC's letter rules for the prefix, suffix A–D. No check digit. */
export function ukNino(s: string): boolean {
  if (!/^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$/.test(s)) return false;
  return !['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'].includes(s.slice(0, 2));
}

/** UK passport: 9 digits, or 2 letters and 7 digits. Shape only. */
export function ukPassport(s: string): boolean {
  return /^(?:\d{9}|[A-Z]{2}\d{7})$/.test(s) && !/^(\d)\1+$/.test(s);
}

/**
 * DVLA driving licence number: surname (5, padded with 9), decade, month (+50 for women), day, year digit,
 * initials (2, padded with 9), an arbitrary digit, 2 check characters. The birth date must be real.
 */
export function ukDrivingLicence(s: string): boolean {
  if (!/^[A-Z][A-Z9]{4}\d{6}[A-Z][A-Z9]\d[A-Z0-9]{2}$/.test(s)) return false;
  let month = num2(s, 6);
  if (month > 50) month -= 50;
  // The century is unknown, so a leap year is allowed for 29 February.
  return isRealDate(2000, month, num2(s, 8));
}

/** Royal Mail postcode shapes (outward + inward code). */
const POSTCODE = /^(?:GIR0AA|[A-PR-UWYZ](?:\d[\dA-HJKPSTUW]?|[A-HK-Y]\d[\dABEHMNPRV-Y]?)\d[ABD-HJLNP-UW-Z]{2})$/;
export function ukPostcode(s: string): boolean {
  return POSTCODE.test(s);
}
