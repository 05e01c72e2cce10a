import { isDigits, isOneCharRun, weightedSum } from '../checksums';

function mod11Digit(sum: number): number {
  const r = sum % 11;
  return r < 2 ? 0 : 11 - r;
}

const CPF1 = [10, 9, 8, 7, 6, 5, 4, 3, 2];
const CPF2 = [11, 10, 9, 8, 7, 6, 5, 4, 3];

/** The two CPF check digits of the first 9 digits of `s`, as one number (d1 × 10 + d2). */
function cpfCheck(s: string): number {
  const d1 = mod11Digit(weightedSum(s, CPF1));
  // The second digit weighs the body 11…3 and the first check digit 2.
  const d2 = mod11Digit(weightedSum(s, CPF2) + d1 * 2);
  return d1 * 10 + d2;
}

export function cpfCheckDigits(body9: string): string {
  return String(cpfCheck(body9)).padStart(2, '0');
}

/** CPF: 11 digits, two mod-11 check digits; one repeated digit is never issued. */
export function brCpf(s: string): boolean {
  return isDigits(s, 11) && cpfCheck(s) === (s.charCodeAt(9) - 48) * 10 + s.charCodeAt(10) - 48 && !isOneCharRun(s);
}

const CNPJ1 = [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2];
const CNPJ2 = [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3];

function cnpjCheck(s: string): number {
  const d1 = mod11Digit(weightedSum(s, CNPJ1));
  const d2 = mod11Digit(weightedSum(s, CNPJ2) + d1 * 2);
  return d1 * 10 + d2;
}

export function cnpjCheckDigits(body12: string): string {
  return String(cnpjCheck(body12)).padStart(2, '0');
}

/** CNPJ: 14 digits (8 company, 4 branch), two mod-11 check digits. */
export function brCnpj(s: string): boolean {
  return isDigits(s, 14) && cnpjCheck(s) === (s.charCodeAt(12) - 48) * 10 + s.charCodeAt(13) - 48 && !isOneCharRun(s);
}
