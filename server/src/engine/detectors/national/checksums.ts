// Check-digit algorithms shared by several national identifiers. Inputs are digit (or base-36) strings.

/** Digits of a string of decimal digits. */
export function digitsOf(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) out.push(s.charCodeAt(i) - 48);
  return out;
}

/** Whether `s` is exactly `length` ASCII digits (a loop: cheaper than a regex on the hot path). */
export function isDigits(s: string, length: number): boolean {
  if (s.length !== length) return false;
  for (let i = 0; i < length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** Whether every character of `s` is the same (a run of one digit is never issued). */
export function isOneCharRun(s: string): boolean {
  for (let i = 1; i < s.length; i++) if (s.charCodeAt(i) !== s.charCodeAt(0)) return false;
  return true;
}

/** Σ digit × weight, weights aligned from the left. */
export function weightedSum(s: string, weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += (s.charCodeAt(i) - 48) * weights[i];
  return sum;
}

/** Luhn (mod 10) over the whole string, last digit being the check digit. */
export function luhnValid(s: string): boolean {
  return luhnSum(s) % 10 === 0;
}

function luhnSum(s: string): number {
  let sum = 0;
  for (let i = s.length - 1, dbl = false; i >= 0; i--, dbl = !dbl) {
    let d = s.charCodeAt(i) - 48;
    if (dbl) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum;
}

/** The Luhn check digit to append to `body`. */
export function luhnCheckDigit(body: string): number {
  return (10 - (luhnSum(body + '0') % 10)) % 10;
}

const VERHOEFF_D = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
  [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
  [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
  [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
  [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
  [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
  [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
  [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
  [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const VERHOEFF_P = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
  [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
  [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
  [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
  [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
  [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
  [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];
const VERHOEFF_INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9];

function verhoeffState(s: string, offset: number): number {
  let c = 0;
  for (let i = s.length - 1, pos = offset; i >= 0; i--, pos++) c = VERHOEFF_D[c][VERHOEFF_P[pos % 8][s.charCodeAt(i) - 48]];
  return c;
}

/** Verhoeff (dihedral group D5), last digit being the check digit. */
export function verhoeffValid(s: string): boolean {
  return verhoeffState(s, 0) === 0;
}

export function verhoeffCheckDigit(body: string): number {
  return VERHOEFF_INV[verhoeffState(body, 1)];
}

/** ISO 7064 MOD 11,10 (hybrid system): the check digit for `body`. */
export function iso7064Mod11_10CheckDigit(body: string): number {
  let product = 10;
  for (let i = 0; i < body.length; i++) {
    let sum = (body.charCodeAt(i) - 48 + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  const check = 11 - product;
  return check === 10 ? 0 : check;
}

/** ISO 7064 MOD 11-2: check character ('0'-'9' or 'X') for `body`. */
export function iso7064Mod11_2Check(body: string): string {
  let p = 0;
  for (let i = 0; i < body.length; i++) p = ((p + body.charCodeAt(i) - 48) * 2) % 11;
  const c = (12 - p) % 11;
  return c === 10 ? 'X' : String(c);
}

/** `s` (decimal digits, any length) modulo `m`, without losing precision. */
export function modString(s: string, m: number): number {
  let r = 0;
  for (let i = 0; i < s.length; i++) r = (r * 10 + s.charCodeAt(i) - 48) % m;
  return r;
}

/** ICAO 9303 check digit (weights 7-3-1, letters A=10 … Z=35), used in passports and ID cards. */
export function icaoCheckDigit(body: string): number {
  const w = [7, 3, 1];
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    const v = c >= 65 ? c - 55 : c - 48;
    sum += v * w[i % 3];
  }
  return sum % 10;
}
