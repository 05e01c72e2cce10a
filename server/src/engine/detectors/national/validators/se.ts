import { luhnValid } from '../checksums';
import { isRealDate, isRealDateAnyCentury, num2 } from '../dates';

/**
 * Personnummer: [YY]YYMMDD, serial, Luhn over the 10-digit form. Samordningsnummer (coordination numbers)
 * add 60 to the day.
 */
export function sePersonnummer(s: string): boolean {
  if (!/^(?:\d{10}|\d{12})$/.test(s)) return false;
  const short = s.length === 12 ? s.slice(2) : s;
  let day = num2(short, 4);
  if (day > 60) day -= 60;
  const month = num2(short, 2);
  const real = s.length === 12 ? isRealDate(Number(s.slice(0, 4)), month, day) : isRealDateAnyCentury(num2(short, 0), month, day);
  return real && luhnValid(short);
}
