import { weightedSum } from '../checksums';

/** NRIC/FIN check letter for a prefix (S, T, F, G, M) and 7 digits. */
export function nricCheckLetter(prefix: string, digits: string): string {
  const sum = weightedSum(digits, [2, 7, 6, 5, 4, 3, 2]);
  if (prefix === 'M') return 'KLJNPQRTUWX'[10 - ((sum + 3) % 11)];
  const offset = prefix === 'T' || prefix === 'G' ? 4 : 0;
  const table = prefix === 'S' || prefix === 'T' ? 'JZIHGFEDCBA' : 'XWUTRQPNMLK';
  return table[(sum + offset) % 11];
}

/** NRIC / FIN: S, T, F, G or M, 7 digits, check letter. */
export function sgNricFin(s: string): boolean {
  return /^[STFGM]\d{7}[A-Z]$/.test(s) && nricCheckLetter(s[0], s.slice(1, 8)) === s[8];
}
