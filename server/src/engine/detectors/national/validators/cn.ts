import { iso7064Mod11_2Check } from '../checksums';
import { isPastDate, num2 } from '../dates';

/**
 * Resident identity card: region code, YYYYMMDD birth date (real, not after `today`, yyyymmdd), sequence,
 * ISO 7064 MOD 11-2 check.
 */
export function cnRic(s: string, today: number): boolean {
  if (!/^[1-8]\d{16}[\dX]$/.test(s)) return false;
  const year = Number(s.slice(6, 10));
  if (year < 1870 || !isPastDate(year, num2(s, 10), num2(s, 12), today)) return false;
  return iso7064Mod11_2Check(s.slice(0, 17)) === s[17];
}
