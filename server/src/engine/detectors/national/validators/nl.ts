import { weightedSum } from '../checksums';

/** Burgerservicenummer: 9 digits passing the "elfproef" (weights 9…2, −1 on the last digit). */
export function nlBsn(s: string): boolean {
  if (!/^\d{9}$/.test(s)) return false;
  // The checksum first: it settles most numbers before the slower one-digit-run test.
  if ((weightedSum(s, [9, 8, 7, 6, 5, 4, 3, 2, -1]) % 11 + 11) % 11 !== 0) return false;
  return !/^0+$/.test(s) && !/^(\d)\1+$/.test(s);
}
