import { isDigits } from '../checksums';

/** The two check digits of a T.C. Kimlik No for its first 9 digits, as one number (d10 × 10 + d11). */
function tcknCheck(s: string): number {
  let odd = 0;
  let even = 0;
  for (let i = 0; i < 9; i++) {
    const d = s.charCodeAt(i) - 48;
    if (i % 2 === 0) odd += d;
    else even += d;
  }
  const d10 = (((odd * 7 - even) % 10) + 10) % 10;
  const d11 = (odd + even + d10) % 10;
  return d10 * 10 + d11;
}

export function tcknCheckDigits(body: string): string {
  return String(tcknCheck(body)).padStart(2, '0');
}

/** T.C. Kimlik No: 11 digits, no leading 0, two check digits. */
export function trNationalId(s: string): boolean {
  return isDigits(s, 11) && s[0] !== '0' && tcknCheck(s) === (s.charCodeAt(9) - 48) * 10 + s.charCodeAt(10) - 48;
}
