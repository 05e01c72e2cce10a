import { isDigits, isOneCharRun, weightedSum } from '../checksums';

const ELFPROEF = [9, 8, 7, 6, 5, 4, 3, 2, -1];

/** Burgerservicenummer: 9 digits passing the "elfproef" (weights 9…2, −1 on the last digit). */
export function nlBsn(s: string): boolean {
  if (!isDigits(s, 9)) return false;
  // The checksum first: it settles most numbers before the one-digit-run test (which also rejects 000000000).
  if ((weightedSum(s, ELFPROEF) % 11 + 11) % 11 !== 0) return false;
  return !isOneCharRun(s);
}
