import { weightedSum } from '../checksums';

/** Tax File Number: 8 or 9 digits whose weighted sum is divisible by 11. */
export function auTfn(s: string): boolean {
  // The checksum first: it settles most numbers before the slower one-digit-run test.
  let sum: boolean;
  if (/^\d{9}$/.test(s)) sum = weightedSum(s, [1, 4, 3, 7, 5, 8, 6, 9, 10]) % 11 === 0;
  else if (/^\d{8}$/.test(s)) sum = weightedSum(s, [10, 7, 8, 4, 6, 3, 5, 1]) % 11 === 0;
  else return false;
  return sum && !/^(\d)\1+$/.test(s);
}

/** Australian Business Number: subtract 1 from the first digit; weighted sum divisible by 89. */
export function auAbn(s: string): boolean {
  if (!/^[1-9]\d{10}$/.test(s)) return false;
  const first = s.charCodeAt(0) - 49;
  return (first * 10 + weightedSum(s.slice(1), [1, 3, 5, 7, 9, 11, 13, 15, 17, 19])) % 89 === 0;
}

/** Australian Company Number: 9 digits; complement of the 8..1 weighted sum mod 10. */
export function acnCheckDigit(body: string): number {
  return (10 - (weightedSum(body, [8, 7, 6, 5, 4, 3, 2, 1]) % 10)) % 10;
}
export function auAcn(s: string): boolean {
  return /^\d{9}$/.test(s) && !/^0+$/.test(s.slice(0, 8)) && acnCheckDigit(s.slice(0, 8)) === s.charCodeAt(8) - 48;
}

/** Medicare card number: first digit 2–6, 9th digit = 1-3-7-9 weighted sum mod 10, issue number 1–9. */
export function medicareCheckDigit(body: string): number {
  return weightedSum(body, [1, 3, 7, 9, 1, 3, 7, 9]) % 10;
}
export function auMedicare(s: string): boolean {
  if (!/^[2-6]\d{7}\d[1-9]\d?$/.test(s)) return false;
  return medicareCheckDigit(s.slice(0, 8)) === s.charCodeAt(8) - 48;
}
