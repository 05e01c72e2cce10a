import { isRealDate, num2 } from '../dates';

const ALPHABET = '0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ';
export const CURP_STATES = 'AS BC BS CC CL CM CS CH DF DG GT GR HG JC MC MN MS NT NL OC PL QT QR SP SL SR TC TS TL VZ YN ZS NE'.split(' ');

export function curpCheckDigit(body17: string): number {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += ALPHABET.indexOf(body17[i]) * (18 - i);
  return (10 - (sum % 10)) % 10;
}

/**
 * CURP: 4 letters, birth date YYMMDD, sex, state, 3 consonants, a differentiator (digit before 2000,
 * letter from 2000) and a check digit.
 */
export function mxCurp(s: string): boolean {
  const m = /^[A-Z][AEIOUX][A-Z]{2}(\d{6})[HMX]([A-Z]{2})[B-DF-HJ-NP-TV-Z]{3}([0-9A-Z])(\d)$/.exec(s);
  if (!m || !CURP_STATES.includes(m[2])) return false;
  const century = /\d/.test(m[3]) ? 1900 : 2000;
  if (!isRealDate(century + num2(m[1], 0), num2(m[1], 2), num2(m[1], 4))) return false;
  return curpCheckDigit(s.slice(0, 17)) === s.charCodeAt(17) - 48;
}
