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

/** A calendar day as one comparable number: yyyymmdd. */
export function dayNumber(year: number, month: number, day: number): number {
  return year * 10000 + month * 100 + day;
}

let todayCache = 0;
let todayUntil = 0;

/**
 * Today (local calendar) as yyyymmdd: what scoring hands the validators of dated kinds, so that the
 * validators themselves stay pure functions of their input and `today`.
 */
export function today(): number {
  const now = Date.now();
  if (now >= todayUntil) {
    const d = new Date(now);
    todayCache = dayNumber(d.getFullYear(), d.getMonth() + 1, d.getDate());
    todayUntil = new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1).getTime();
  }
  return todayCache;
}

/** A real date no later than `today` (yyyymmdd): no one is born in the future. */
export function isPastDate(year: number, month: number, day: number, today: number): boolean {
  return isRealDate(year, month, day) && dayNumber(year, month, day) <= today;
}

/** A two-digit year: a real date no later than `today` in the 2000s, or a real one in the 1900s. */
export function isPastDateAnyCentury(yy: number, month: number, day: number, today: number): boolean {
  return isPastDate(2000 + yy, month, day, today) || isPastDate(1900 + yy, month, day, today);
}
