import { luhnValid } from '../checksums';
import { isPastDate, isPastDateAnyCentury, num2 } from '../dates';

/**
 * Personnummer: [YY]YYMMDD, serial, Luhn over the 10-digit form. Samordningsnummer (coordination numbers)
 * add 60 to the day. The birth date is not after `today` (yyyymmdd); with a two-digit year, the century
 * is the latest that makes it so.
 */
export function sePersonnummer(s: string, today: number): boolean {
  if (!/^(?:\d{10}|\d{12})$/.test(s)) return false;
  const short = s.length === 12 ? s.slice(2) : s;
  let day = num2(short, 4);
  if (day > 60) day -= 60;
  const month = num2(short, 2);
  const real = s.length === 12 ? isPastDate(num2(s, 0) * 100 + num2(s, 2), month, day, today) : isPastDateAnyCentury(num2(short, 0), month, day, today);
  return real && luhnValid(short);
}
