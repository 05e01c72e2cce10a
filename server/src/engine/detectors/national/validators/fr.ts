import { modString } from '../checksums';
import { num2 } from '../dates';

/** Corsica's departments 2A and 2B are read as 19 and 18 for the key. */
function numeric(body13: string): string {
  return body13.replace(/^(\d{5})2A/, '$119').replace(/^(\d{5})2B/, '$118');
}

export function nirKey(body13: string): number {
  return 97 - modString(numeric(body13), 97);
}

/**
 * NIR (numéro de sécurité sociale): sex, YY, MM, department, commune, order, 2-digit key = 97 − (n mod 97).
 * Months 20–42 and 50–99 are used when the month of birth is unknown.
 */
export function frNir(s: string): boolean {
  if (!/^[12378]\d{4}(?:\d{2}|2[AB])\d{6}\d{2}$/.test(s)) return false;
  const month = num2(s, 3);
  if (!((month >= 1 && month <= 12) || (month >= 20 && month <= 42) || month >= 50)) return false;
  return nirKey(s.slice(0, 13)) === num2(s, 13);
}
