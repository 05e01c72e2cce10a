// Calendar checks for dates embedded in identifiers.

/** True when year-month-day is a real Gregorian date. */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** A two-digit year whose century is unknown: real in either the 1900s or the 2000s. */
export function isRealDateAnyCentury(yy: number, month: number, day: number): boolean {
  return isRealDate(1900 + yy, month, day) || isRealDate(2000 + yy, month, day);
}

/** Two decimal digits of `s` at `i` as a number. */
export function num2(s: string, i: number): number {
  return (s.charCodeAt(i) - 48) * 10 + (s.charCodeAt(i + 1) - 48);
}
