import { weightedSum } from '../checksums';

function mod11Digit(sum: number): number {
  const r = sum % 11;
  return r < 2 ? 0 : 11 - r;
}

export function cpfCheckDigits(body9: string): string {
  const d1 = mod11Digit(weightedSum(body9, [10, 9, 8, 7, 6, 5, 4, 3, 2]));
  const d2 = mod11Digit(weightedSum(body9 + d1, [11, 10, 9, 8, 7, 6, 5, 4, 3, 2]));
  return `${d1}${d2}`;
}

/** CPF: 11 digits, two mod-11 check digits; one repeated digit is never issued. */
export function brCpf(s: string): boolean {
  return /^\d{11}$/.test(s) && !/^(\d)\1+$/.test(s) && cpfCheckDigits(s.slice(0, 9)) === s.slice(9);
}

export function cnpjCheckDigits(body12: string): string {
  const d1 = mod11Digit(weightedSum(body12, [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]));
  const d2 = mod11Digit(weightedSum(body12 + d1, [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]));
  return `${d1}${d2}`;
}

/** CNPJ: 14 digits (8 company, 4 branch), two mod-11 check digits. */
export function brCnpj(s: string): boolean {
  return /^\d{14}$/.test(s) && !/^(\d)\1+$/.test(s) && cnpjCheckDigits(s.slice(0, 12)) === s.slice(12);
}
