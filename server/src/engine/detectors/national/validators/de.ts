import { icaoCheckDigit, iso7064Mod11_10CheckDigit } from '../checksums';
import { isRealDateAnyCentury, num2 } from '../dates';

/**
 * Steuerliche Identifikationsnummer: 11 digits, no leading 0; in the first 10 exactly one digit repeats
 * (twice, or three times but not three in a row) and one digit is missing; ISO 7064 MOD 11,10 check digit.
 */
export function deTaxId(s: string): boolean {
  if (!/^[1-9]\d{10}$/.test(s)) return false;
  const counts = new Array<number>(10).fill(0);
  for (let i = 0; i < 10; i++) counts[s.charCodeAt(i) - 48]++;
  const repeated = counts.filter((c) => c > 1);
  if (repeated.length !== 1 || repeated[0] > 3) return false;
  if (repeated[0] === 3 && /(\d)\1\1/.test(s.slice(0, 10))) return false;
  return iso7064Mod11_10CheckDigit(s.slice(0, 10)) === s.charCodeAt(10) - 48;
}

/** USt-IdNr: DE and 9 digits, the last an ISO 7064 MOD 11,10 check digit. */
export function deVatId(s: string): boolean {
  return /^DE[1-9]\d{8}$/.test(s) && iso7064Mod11_10CheckDigit(s.slice(2, 10)) === s.charCodeAt(10) - 48;
}

// Document numbers use digits and consonants without B, D, Q, S (they look like 8, 0, O, 5).
const DOC = '[CFGHJKLMNPRTVWXYZ0-9]';
const ID_CARD = new RegExp(`^[LMNPRTVWXY]${DOC}{8}\\d?$`);
const PASSPORT = new RegExp(`^[CFGHJK]${DOC}{8}\\d?$`);

function documentNumber(s: string, shape: RegExp): boolean {
  if (!shape.test(s) || !/\d/.test(s.slice(1, 9))) return false;
  return s.length === 9 || icaoCheckDigit(s.slice(0, 9)) === s.charCodeAt(9) - 48;
}

/** Personalausweis serial number (9 characters), optionally followed by its ICAO check digit. */
export function deIdCard(s: string): boolean {
  return documentNumber(s, ID_CARD);
}

/** Reisepass serial number (9 characters), optionally followed by its ICAO check digit. */
export function dePassport(s: string): boolean {
  return documentNumber(s, PASSPORT);
}

/** Rentenversicherungsnummer check digit: letter as its 2-digit alphabet position, weights 2121…, digit sums. */
export function deSocialSecurityCheckDigit(body11: string): number {
  const letter = String(body11.charCodeAt(8) - 64).padStart(2, '0');
  const digits = body11.slice(0, 8) + letter + body11.slice(9, 11);
  const w = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1];
  let sum = 0;
  for (let i = 0; i < 12; i++) {
    const p = (digits.charCodeAt(i) - 48) * w[i];
    sum += Math.floor(p / 10) + (p % 10);
  }
  return sum % 10;
}

/** Rentenversicherungsnummer: area, birth date DDMMYY, initial, serial, check digit. */
export function deSocialSecurity(s: string): boolean {
  if (!/^\d{8}[A-Z]\d{3}$/.test(s)) return false;
  const area = num2(s, 0);
  if (area < 2 || area > 89) return false;
  if (!isRealDateAnyCentury(num2(s, 6), num2(s, 4), num2(s, 2))) return false;
  return deSocialSecurityCheckDigit(s.slice(0, 11)) === s.charCodeAt(11) - 48;
}
