// Generators of valid identifiers, built with the same check-digit algorithms the validators use.
// For tests and the evaluation set only; deterministic given the PRNG.
import { iso7064Mod11_10CheckDigit, iso7064Mod11_2Check, icaoCheckDigit, luhnCheckDigit, verhoeffCheckDigit } from '../engine/detectors/national/checksums';
import { daysInMonth } from '../engine/detectors/national/dates';
import { deaCheckDigit } from '../engine/detectors/national/validators/us';
import { nhsCheckDigit } from '../engine/detectors/national/validators/uk';
import { acnCheckDigit, medicareCheckDigit } from '../engine/detectors/national/validators/au';
import { gstinCheckChar } from '../engine/detectors/national/validators/in';
import { deSocialSecurityCheckDigit } from '../engine/detectors/national/validators/de';
import { dniLetter } from '../engine/detectors/national/validators/es';
import { fiscalCodeCheckLetter } from '../engine/detectors/national/validators/it';
import { peselCheckDigit } from '../engine/detectors/national/validators/pl';
import { hetuCheckChar } from '../engine/detectors/national/validators/fi';
import { rrnCheckDigit } from '../engine/detectors/national/validators/kr';
import { nricCheckLetter } from '../engine/detectors/national/validators/sg';
import { tninCheckDigit } from '../engine/detectors/national/validators/th';
import { tcknCheckDigits } from '../engine/detectors/national/validators/tr';
import { cnpjCheckDigits, cpfCheckDigits } from '../engine/detectors/national/validators/br';
import { CURP_STATES, curpCheckDigit } from '../engine/detectors/national/validators/mx';
import { nirKey } from '../engine/detectors/national/validators/fr';
import { nrnCheck } from '../engine/detectors/national/validators/be';
import { weightedSum } from '../engine/detectors/national/checksums';

export type Rng = () => number;

/** mulberry32: a small, fast, seeded PRNG. */
export function seeded(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const int = (r: Rng, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
export const pick = <T>(r: Rng, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
export const digits = (r: Rng, n: number) => Array.from({ length: n }, () => String(int(r, 0, 9))).join('');
const p2 = (n: number) => String(n).padStart(2, '0');
const letters = (r: Rng, n: number, alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') => Array.from({ length: n }, () => pick(r, [...alphabet])).join('');
const chance = (r: Rng, p: number) => r() < p;

function date(r: Rng, fromYear: number, toYear: number) {
  const y = int(r, fromYear, toYear);
  const m = int(r, 1, 12);
  return { y, m, d: int(r, 1, daysInMonth(y, m)) };
}

/** Retries `make` until `ok` holds (for bodies whose check digit can be "never issued"). */
function until(r: Rng, make: (r: Rng) => string | undefined): string {
  for (;;) {
    const v = make(r);
    if (v !== undefined) return v;
  }
}

function group(s: string, sizes: number[], sep: string): string {
  const out: string[] = [];
  let i = 0;
  for (const n of sizes) {
    out.push(s.slice(i, i + n));
    i += n;
  }
  return out.join(sep);
}

const MBI_LETTERS = 'ACDEFGHJKMNPQRTUVWXY';
const DOC = 'CFGHJKLMNPRTVWXYZ0123456789';

/** One generator per entity, producing a valid identifier in one of its usual written forms. */
export const GENERATORS: Record<string, (r: Rng) => string> = {
  US_ITIN: (r) => {
    const mid = pick(r, [int(r, 50, 65), int(r, 70, 88), int(r, 90, 92), int(r, 94, 99)]);
    const v = `9${digits(r, 2)}${mid}${digits(r, 4)}`;
    return chance(r, 0.7) ? group(v, [3, 2, 4], '-') : v;
  },
  US_PASSPORT: (r) => (chance(r, 0.5) ? letters(r, 1) + digits(r, 8) : String(int(r, 1, 9)) + digits(r, 8)),
  US_DRIVER_LICENSE: (r) => pick(r, [letters(r, 1) + digits(r, 7), letters(r, 1) + digits(r, 12), String(int(r, 1, 9)) + digits(r, 8)]),
  US_BANK_NUMBER: (r) => String(int(r, 1, 9)) + digits(r, int(r, 9, 13)),
  ABA_ROUTING_NUMBER: (r) =>
    until(r, () => {
      const prefix = p2(pick(r, [int(r, 1, 12), int(r, 21, 32), int(r, 61, 72), 80]));
      const body = prefix + digits(r, 6);
      const c = (10 - (weightedSum(body, [3, 7, 1, 3, 7, 1, 3, 7]) % 10)) % 10;
      return body + c;
    }),
  US_NPI: (r) => {
    const body = String(int(r, 1, 2)) + digits(r, 8);
    return body + luhnCheckDigit('80840' + body);
  },
  US_MBI: (r) => {
    const L = () => letters(r, 1, MBI_LETTERS);
    const A = () => (chance(r, 0.5) ? L() : digits(r, 1));
    const v = `${int(r, 1, 9)}${L()}${A()}${digits(r, 1)}${L()}${A()}${digits(r, 1)}${L()}${L()}${digits(r, 2)}`;
    return chance(r, 0.5) ? group(v, [4, 3, 4], '-') : v;
  },
  MEDICAL_LICENSE: (r) => {
    const six = digits(r, 6);
    return letters(r, 1, 'ABCDEFGHJKLMPRSTUX') + letters(r, 1) + six + deaCheckDigit(six);
  },
  UK_NHS: (r) =>
    until(r, () => {
      const body = String(int(r, 4, 9)) + digits(r, 8);
      const c = nhsCheckDigit(body);
      if (c === 10) return undefined;
      const v = body + c;
      return chance(r, 0.6) ? group(v, [3, 3, 4], ' ') : v;
    }),
  UK_NINO: (r) =>
    until(r, () => {
      const prefix = letters(r, 1, 'ABCEGHJKLMNOPRSTWXYZ') + letters(r, 1, 'ABCEGHJKLMNPRSTWXYZ');
      if (['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'].includes(prefix)) return undefined;
      const d = digits(r, 6);
      const suffix = letters(r, 1, 'ABCD');
      return chance(r, 0.5) ? `${prefix} ${group(d, [2, 2, 2], ' ')} ${suffix}` : prefix + d + suffix;
    }),
  UK_PASSPORT: (r) => (chance(r, 0.8) ? String(int(r, 1, 9)) + digits(r, 8) : letters(r, 2) + digits(r, 7)),
  UK_DRIVING_LICENCE: (r) => {
    const surname = (letters(r, int(r, 2, 5)) + '99999').slice(0, 5);
    const { y, m, d } = date(r, 1940, 2005);
    const month = chance(r, 0.5) ? m + 50 : m;
    const initials = chance(r, 0.5) ? letters(r, 2) : letters(r, 1) + '9';
    return `${surname}${String(y).charAt(2)}${p2(month)}${p2(d)}${String(y).charAt(3)}${initials}9${letters(r, 2)}`;
  },
  UK_POSTCODE: (r) => `${pick(r, ['SW1A', 'EC1A', 'M1', 'B33', 'CR2', 'DN55', 'LS1', 'W1A', 'EH1', 'G2', 'BS8', 'CF10'])} ${int(r, 1, 9)}${letters(r, 2, 'ABDEFGHJLNPQRSTUWXYZ')}`,
  CA_SIN: (r) => {
    const body = String(pick(r, [1, 2, 3, 4, 5, 6, 7, 9])) + digits(r, 7);
    const v = body + luhnCheckDigit(body);
    return chance(r, 0.7) ? group(v, [3, 3, 3], pick(r, [' ', '-'])) : v;
  },
  AU_TFN: (r) =>
    until(r, () => {
      const w = [1, 4, 3, 7, 5, 8, 6, 9];
      const body = digits(r, 8);
      // The last weight is 10 ≡ −1 (mod 11): the check digit is the weighted sum mod 11, when it is a digit.
      const c = weightedSum(body, w) % 11;
      if (c === 10) return undefined;
      const v = body + c;
      return chance(r, 0.6) ? group(v, [3, 3, 3], ' ') : v;
    }),
  AU_ABN: (r) =>
    until(r, () => {
      const rest = digits(r, 9);
      // Choose the 2 leading digits so that the weighted sum is divisible by 89.
      const restSum = weightedSum(rest, [3, 5, 7, 9, 11, 13, 15, 17, 19]);
      for (let lead = 10; lead <= 99; lead++) {
        const sum = (Math.floor(lead / 10) - 1) * 10 + (lead % 10) + restSum;
        if (sum % 89 === 0) {
          const v = String(lead) + rest;
          return chance(r, 0.6) ? group(v, [2, 3, 3, 3], ' ') : v;
        }
      }
      return undefined;
    }),
  AU_ACN: (r) => {
    const body = '0' + digits(r, 7);
    const v = body + acnCheckDigit(body);
    return chance(r, 0.6) ? group(v, [3, 3, 3], ' ') : v;
  },
  AU_MEDICARE: (r) => {
    const body = String(int(r, 2, 6)) + digits(r, 7);
    const v = body + medicareCheckDigit(body) + int(r, 1, 9);
    return chance(r, 0.6) ? group(v, [4, 5, 1], ' ') : v;
  },
  IN_AADHAAR: (r) => {
    const body = String(int(r, 2, 9)) + digits(r, 10);
    const v = body + verhoeffCheckDigit(body);
    return chance(r, 0.7) ? group(v, [4, 4, 4], ' ') : v;
  },
  IN_PAN: (r) => letters(r, 3) + pick(r, [...'PPPPCHFATBLJG']) + letters(r, 1) + digits(r, 4) + letters(r, 1),
  IN_PASSPORT: (r) => letters(r, 1, 'ABCDEFGHJKLMNPRSTUVWY') + int(r, 1, 9) + digits(r, 5) + int(r, 1, 9),
  IN_VOTER: (r) => letters(r, 3) + String(int(r, 1, 9)) + digits(r, 6),
  IN_GSTIN: (r) => {
    const body = p2(int(r, 1, 37)) + letters(r, 3) + pick(r, [...'PCFHA']) + letters(r, 1) + digits(r, 4) + letters(r, 1) + pick(r, [...'123456789A']) + 'Z';
    return body + gstinCheckChar(body);
  },
  DE_TAX_ID: (r) => {
    // Ten digits with exactly one digit twice and one missing, no leading zero.
    for (;;) {
      const pool = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
      const missing = int(r, 0, 9);
      const twice = pick(r, pool.filter((d) => d !== missing));
      const ds = [...pool.filter((d) => d !== missing), twice];
      for (let i = ds.length - 1; i > 0; i--) {
        const j = int(r, 0, i);
        [ds[i], ds[j]] = [ds[j], ds[i]];
      }
      if (ds[0] === 0) continue;
      const body = ds.join('');
      const v = body + iso7064Mod11_10CheckDigit(body);
      return chance(r, 0.4) ? group(v, [2, 3, 3, 3], ' ') : v;
    }
  },
  DE_ID_CARD: (r) => {
    const body = letters(r, 1, 'LMNPRTVWXY') + letters(r, 2, DOC) + digits(r, 2) + letters(r, 4, DOC);
    return chance(r, 0.5) ? body + icaoCheckDigit(body) : body;
  },
  DE_PASSPORT: (r) => {
    const body = letters(r, 1, 'CFGHJK') + letters(r, 2, DOC) + digits(r, 2) + letters(r, 4, DOC);
    return chance(r, 0.5) ? body + icaoCheckDigit(body) : body;
  },
  DE_SOCIAL_SECURITY: (r) => {
    const { y, m, d } = date(r, 1940, 2005);
    const body = p2(int(r, 2, 89)) + p2(d) + p2(m) + p2(y % 100) + letters(r, 1) + p2(int(r, 0, 99));
    const v = body + deSocialSecurityCheckDigit(body);
    return chance(r, 0.5) ? `${v.slice(0, 2)} ${v.slice(2, 8)} ${v[8]} ${v.slice(9)}` : v;
  },
  DE_VAT_ID: (r) => {
    const body = String(int(r, 1, 9)) + digits(r, 7);
    return 'DE' + body + iso7064Mod11_10CheckDigit(body);
  },
  ES_NIF: (r) => {
    const n = digits(r, 8);
    return n + (chance(r, 0.3) ? '-' : '') + dniLetter(Number(n));
  },
  ES_NIE: (r) => {
    const p = int(r, 0, 2);
    const n = digits(r, 7);
    return 'XYZ'[p] + n + dniLetter(Number(p + n));
  },
  IT_FISCAL_CODE: (r) => {
    const { y, m, d } = date(r, 1940, 2005);
    const day = chance(r, 0.5) ? d + 40 : d;
    const body = letters(r, 6) + p2(y % 100) + 'ABCDEHLMPRST'[m - 1] + p2(day) + letters(r, 1, 'ABCDEFGHILMZ') + digits(r, 3);
    return body + fiscalCodeCheckLetter(body);
  },
  IT_VAT_CODE: (r) => {
    const office = pick(r, [p2(int(r, 1, 99)).padStart(3, '0'), '100', '120', '121', '888', '999']);
    const body = String(int(r, 1, 9)) + digits(r, 6) + office;
    const v = body + luhnCheckDigit(body);
    return chance(r, 0.4) ? 'IT' + v : v;
  },
  PL_PESEL: (r) => {
    const { y, m, d } = date(r, 1930, 2015);
    const mm = m + (y >= 2000 ? 20 : 0);
    const body = p2(y % 100) + p2(mm) + p2(d) + digits(r, 4);
    return body + peselCheckDigit(body);
  },
  SE_PERSONNUMMER: (r) => {
    const { y, m, d } = date(r, 1935, 2010);
    const body = p2(y % 100) + p2(m) + p2(d) + digits(r, 3);
    const v = body + luhnCheckDigit(body);
    const style = int(r, 0, 2);
    return style === 0 ? `${v.slice(0, 6)}-${v.slice(6)}` : style === 1 ? `${y}${v.slice(2, 6)}-${v.slice(6)}` : v;
  },
  FI_PERSONAL_IDENTITY_CODE: (r) => {
    const { y, m, d } = date(r, 1930, 2015);
    const serial = String(int(r, 2, 899)).padStart(3, '0');
    const ds = p2(d) + p2(m) + p2(y % 100);
    // Since 2023 Y X W V U also mark the 1900s and B C D E F the 2000s.
    const sign = y >= 2000 ? pick(r, ['A', 'A', 'B', 'C', 'D', 'E', 'F']) : pick(r, ['-', '-', '-', 'Y', 'X', 'W', 'V', 'U']);
    return ds + sign + serial + hetuCheckChar(ds + serial);
  },
  KR_RRN: (r) => {
    const { y, m, d } = date(r, 1940, 2015);
    const sex = y >= 2000 ? int(r, 3, 4) : int(r, 1, 2);
    const body = p2(y % 100) + p2(m) + p2(d) + sex + digits(r, 5);
    return `${body.slice(0, 6)}-${body.slice(6)}${rrnCheckDigit(body)}`;
  },
  SG_NRIC_FIN: (r) => {
    const prefix = pick(r, [...'SSTTFGM']);
    const ds = digits(r, 7);
    return prefix + ds + nricCheckLetter(prefix, ds);
  },
  ZA_ID_NUMBER: (r) => {
    const { y, m, d } = date(r, 1940, 2015);
    const body = p2(y % 100) + p2(m) + p2(d) + digits(r, 4) + int(r, 0, 1) + '8';
    return body + luhnCheckDigit(body);
  },
  TH_TNIN: (r) => {
    const body = String(int(r, 1, 8)) + digits(r, 11);
    const v = body + tninCheckDigit(body);
    return chance(r, 0.5) ? group(v, [1, 4, 5, 2, 1], '-') : v;
  },
  TR_NATIONAL_ID: (r) => {
    const body = String(int(r, 1, 9)) + digits(r, 8);
    return body + tcknCheckDigits(body);
  },
  BR_CPF: (r) =>
    until(r, () => {
      const body = digits(r, 9);
      if (/^(\d)\1+$/.test(body)) return undefined;
      const v = body + cpfCheckDigits(body);
      return chance(r, 0.7) ? `${v.slice(0, 3)}.${v.slice(3, 6)}.${v.slice(6, 9)}-${v.slice(9)}` : v;
    }),
  BR_CNPJ: (r) => {
    const body = String(int(r, 1, 9)) + digits(r, 7) + '0001';
    const v = body + cnpjCheckDigits(body);
    return chance(r, 0.7) ? `${v.slice(0, 2)}.${v.slice(2, 5)}.${v.slice(5, 8)}/${v.slice(8, 12)}-${v.slice(12)}` : v;
  },
  MX_CURP: (r) => {
    const { y, m, d } = date(r, 1940, 2015);
    const consonants = 'BCDFGHJKLMNPQRSTVWXYZ';
    const body =
      letters(r, 1) + letters(r, 1, 'AEIOU') + letters(r, 2) + p2(y % 100) + p2(m) + p2(d) + pick(r, ['H', 'M']) +
      pick(r, CURP_STATES) + letters(r, 3, consonants) + (y >= 2000 ? letters(r, 1) : String(int(r, 0, 9)));
    return body + curpCheckDigit(body);
  },
  FR_NIR: (r) => {
    const dept = chance(r, 0.1) ? pick(r, ['2A', '2B']) : p2(int(r, 1, 95));
    const body = `${int(r, 1, 2)}${p2(int(r, 40, 99))}${p2(int(r, 1, 12))}${dept === '20' ? '21' : dept}${String(int(r, 1, 999)).padStart(3, '0')}${String(int(r, 1, 999)).padStart(3, '0')}`;
    const v = body + p2(nirKey(body));
    return chance(r, 0.6) ? group(v, [1, 2, 2, 2, 3, 3, 2], ' ') : v;
  },
  NL_BSN: (r) =>
    until(r, () => {
      const body = String(int(r, 1, 9)) + digits(r, 7);
      const c = weightedSum(body, [9, 8, 7, 6, 5, 4, 3, 2]) % 11;
      return c === 10 ? undefined : body + c;
    }),
  BE_NRN: (r) =>
    until(r, () => {
      const { y, m, d } = date(r, 1940, 2015);
      const body = p2(y % 100) + p2(m) + p2(d) + String(int(r, 1, 997)).padStart(3, '0');
      const c = nrnCheck(body, y >= 2000);
      const v = body + p2(c);
      return chance(r, 0.6) ? `${v.slice(0, 2)}.${v.slice(2, 4)}.${v.slice(4, 6)}-${v.slice(6, 9)}.${v.slice(9)}` : v;
    }),
  CN_RIC: (r) => {
    const { y, m, d } = date(r, 1940, 2015);
    const body = String(int(r, 1, 6)) + digits(r, 5) + y + p2(m) + p2(d) + digits(r, 3);
    return body + iso7064Mod11_2Check(body);
  },
};

/** Changes one digit (never a separator) of `value` to another digit. */
export function changeOneDigit(value: string, r: Rng): string {
  const positions = [...value].flatMap((c, i) => (c >= '0' && c <= '9' ? [i] : []));
  const i = pick(r, positions);
  const old = value.charCodeAt(i) - 48;
  const next = (old + int(r, 1, 9)) % 10;
  return value.slice(0, i) + next + value.slice(i + 1);
}
