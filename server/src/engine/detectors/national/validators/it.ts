import { isDigits, luhnValid } from '../checksums';
import { isRealDateAnyCentury, num2 } from '../dates';

// Values of a character in an odd (1st, 3rd, …) position; digits map like A…J.
const ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
const MONTHS = 'ABCDEHLMPRST';
// Omocodia: digits replaced by letters when two people would share a code.
const OMOCODE = 'LMNPQRSTUV';

function value(c: string): number {
  const code = c.charCodeAt(0);
  return code <= 57 ? code - 48 : code - 65;
}

/** Codice fiscale check letter over the first 15 characters. */
export function fiscalCodeCheckLetter(body: string): string {
  let sum = 0;
  for (let i = 0; i < 15; i++) sum += i % 2 === 0 ? ODD[value(body[i])] : value(body[i]);
  return String.fromCharCode(65 + (sum % 26));
}

function undoOmocodia(s: string): string {
  return s.replace(/[A-Z]/g, (c) => (OMOCODE.includes(c) ? String(OMOCODE.indexOf(c)) : c));
}

/** Codice fiscale: 6 letters, birth year, month letter, day (+40 for women), place code, check letter. */
export function itFiscalCode(s: string): boolean {
  if (!/^[A-Z]{6}[\dLMNP-V]{2}[ABCDEHLMPRST][\dLMNP-V]{2}[A-Z][\dLMNP-V]{3}[A-Z]$/.test(s)) return false;
  if (fiscalCodeCheckLetter(s) !== s[15]) return false;
  const yy = undoOmocodia(s.slice(6, 8));
  const dd = undoOmocodia(s.slice(9, 11));
  let day = num2(dd, 0);
  if (day > 40) day -= 40;
  return isRealDateAnyCentury(num2(yy, 0), MONTHS.indexOf(s[8]) + 1, day);
}

/** Partita IVA: 11 digits, a valid provincial office code (digits 8–10), Luhn check digit. */
export function itVatCode(s: string): boolean {
  if (!isDigits(s, 11) || s.startsWith('0000000')) return false;
  const office = num2(s, 7) * 10 + s.charCodeAt(9) - 48;
  if (!((office >= 1 && office <= 100) || office === 120 || office === 121 || office === 888 || office === 999)) return false;
  return luhnValid(s);
}
