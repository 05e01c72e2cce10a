const LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';

/** DNI/NIF control letter: the number modulo 23. */
export function dniLetter(n: number): string {
  return LETTERS[n % 23];
}

/** NIF (DNI): 8 digits and the control letter. */
export function esNif(s: string): boolean {
  return /^\d{8}[A-Z]$/.test(s) && dniLetter(Number(s.slice(0, 8))) === s[8];
}

/** NIE: X, Y or Z (read as 0, 1, 2), 7 digits and the DNI control letter. */
export function esNie(s: string): boolean {
  if (!/^[XYZ]\d{7}[A-Z]$/.test(s)) return false;
  return dniLetter(Number('XYZ'.indexOf(s[0]) + s.slice(1, 8))) === s[8];
}
