import { isPastDate, num2 } from '../dates';

const CHECK = '0123456789ABCDEFHJKLMNPRSTUVWXY';
const CENTURY: Record<string, number> = { '+': 1800, '-': 1900, Y: 1900, X: 1900, W: 1900, V: 1900, U: 1900, A: 2000, B: 2000, C: 2000, D: 2000, E: 2000, F: 2000 };

export function hetuCheckChar(dateAndSerial: string): string {
  return CHECK[Number(dateAndSerial) % 31];
}

/** Henkilötunnus: DDMMYY (real, not after `today`, yyyymmdd), century sign, individual number 002–899, mod-31 check character. */
export function fiPersonalIdentityCode(s: string, today: number): boolean {
  const m = /^(\d{6})([-+A-FU-Y])(\d{3})([0-9A-Y])$/.exec(s);
  if (!m) return false;
  const serial = Number(m[3]);
  if (serial < 2 || serial > 899) return false;
  if (!isPastDate(CENTURY[m[2]] + num2(s, 4), num2(s, 2), num2(s, 0), today)) return false;
  return hetuCheckChar(m[1] + m[3]) === m[4];
}
