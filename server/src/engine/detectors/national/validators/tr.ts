import { digitsOf } from '../checksums';

/** The two check digits of a T.C. Kimlik No for its first 9 digits. */
export function tcknCheckDigits(body: string): string {
  const d = digitsOf(body);
  const odd = d[0] + d[2] + d[4] + d[6] + d[8];
  const even = d[1] + d[3] + d[5] + d[7];
  const d10 = (((odd * 7 - even) % 10) + 10) % 10;
  const d11 = (d.reduce((a, b) => a + b, 0) + d10) % 10;
  return `${d10}${d11}`;
}

/** T.C. Kimlik No: 11 digits, no leading 0, two check digits. */
export function trNationalId(s: string): boolean {
  return /^[1-9]\d{10}$/.test(s) && tcknCheckDigits(s.slice(0, 9)) === s.slice(9);
}
