import { isDigits, isOneCharRun, weightedSum } from '../checksums';

const TFN9 = [1, 4, 3, 7, 5, 8, 6, 9, 10];
const TFN8 = [10, 7, 8, 4, 6, 3, 5, 1];

/** Tax File Number: 8 or 9 digits whose weighted sum is divisible by 11. */
export function auTfn(s: string): boolean {
  const weights = s.length === 9 ? TFN9 : s.length === 8 ? TFN8 : undefined;
  if (!weights || !isDigits(s, s.length)) return false;
  return weightedSum(s, weights) % 11 === 0 && !isOneCharRun(s);
}

const ABN = [1, 3, 5, 7, 9, 11, 13, 15, 17, 19];

/** Australian Business Number: subtract 1 from the first digit; weighted sum divisible by 89. */
export function auAbn(s: string): boolean {
  if (!isDigits(s, 11) || s[0] === '0') return false;
  const first = s.charCodeAt(0) - 49;
  let sum = first * 10;
  for (let i = 0; i < 10; i++) sum += (s.charCodeAt(i + 1) - 48) * ABN[i];
  return sum % 89 === 0;
}

const ACN = [8, 7, 6, 5, 4, 3, 2, 1];

/** Australian Company Number: 9 digits; complement of the 8..1 weighted sum mod 10. */
export function acnCheckDigit(body: string): number {
  return (10 - (weightedSum(body, ACN) % 10)) % 10;
}
export function auAcn(s: string): boolean {
  // weightedSum reads the first 8 digits only: the body needs no slice.
  return isDigits(s, 9) && acnCheckDigit(s) === s.charCodeAt(8) - 48 && !/^0{8}/.test(s);
}

const MEDICARE = [1, 3, 7, 9, 1, 3, 7, 9];

/** Medicare card number: first digit 2–6, 9th digit = 1-3-7-9 weighted sum mod 10, issue number 1–9. */
export function medicareCheckDigit(body: string): number {
  return weightedSum(body, MEDICARE) % 10;
}
export function auMedicare(s: string): boolean {
  if (!/^[2-6]\d{7}\d[1-9]\d?$/.test(s)) return false;
  return medicareCheckDigit(s) === s.charCodeAt(8) - 48;
}
