import { weightedSum } from '../checksums';

/** Burgerservicenummer: 9 digits passing the "elfproef" (weights 9…2, −1 on the last digit). */
export function nlBsn(s: string): boolean {
  if (!/^\d{9}$/.test(s) || /^0+$/.test(s) || /^(\d)\1+$/.test(s)) return false;
  return (weightedSum(s, [9, 8, 7, 6, 5, 4, 3, 2, -1]) % 11 + 11) % 11 === 0;
}
