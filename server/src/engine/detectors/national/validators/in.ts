import { verhoeffValid } from '../checksums';

/** Aadhaar: 12 digits, first 2–9, Verhoeff check digit. */
export function inAadhaar(s: string): boolean {
  return /^[2-9]\d{11}$/.test(s) && verhoeffValid(s);
}

/** PAN: 5 letters (4th = holder type), 4 digits, 1 letter. Its check letter is not public: shape only. */
export function inPan(s: string): boolean {
  return /^[A-Z]{3}[ABCFGHJLPT][A-Z]\d{4}[A-Z]$/.test(s);
}

/** Passport: a series letter (not Q, X, Z), then 7 digits, not starting or ending with 0. Shape only. */
export function inPassport(s: string): boolean {
  return /^[A-PR-WY][1-9]\d{5}[1-9]$/.test(s);
}

/** Voter ID (EPIC): 3 letters and 7 digits. Shape only. */
export function inVoter(s: string): boolean {
  return /^[A-Z]{3}\d{7}$/.test(s) && !/^[A-Z]{3}0{7}$/.test(s);
}

const B36 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** GSTIN check character: Luhn mod 36 over the first 14 characters. */
export function gstinCheckChar(body: string): string {
  let sum = 0;
  for (let i = 0; i < 14; i++) {
    const p = B36.indexOf(body[i]) * (i % 2 === 0 ? 1 : 2);
    sum += Math.floor(p / 36) + (p % 36);
  }
  return B36[(36 - (sum % 36)) % 36];
}

/** GSTIN: state code, the holder's PAN, entity number, 'Z', mod-36 check character. */
export function inGstin(s: string): boolean {
  if (!/^\d{2}[A-Z]{3}[ABCFGHJLPT][A-Z]\d{4}[A-Z][1-9A-Z]Z[0-9A-Z]$/.test(s)) return false;
  const state = Number(s.slice(0, 2));
  if (!((state >= 1 && state <= 38) || state === 97 || state === 99)) return false;
  return gstinCheckChar(s) === s[14];
}
