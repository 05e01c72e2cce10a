// Hostile one-line inputs, as datasets hold them (a tokenized record's ids as text, a column of names
// flattened into one line, base64 blobs) or as an attacker writes them: long runs of one character class
// or separator. The detector sweep (hostile.test.ts) and the adversarial benchmark (bench/adversarial.ts)
// share them. Deterministic: a family and a seed give the same text.
import { GIVEN_NAMES } from '../engine/detectors/names/lexicon/given-names';
import { SURNAMES } from '../engine/detectors/names/lexicon/surnames';
import { CITIES } from '../engine/detectors/names/lexicon/places';
import { digits, int, pick, type Rng, seeded } from './national-generators';

const cap = (s: string) => s[0].toUpperCase() + s.slice(1);
const chars = (r: Rng, alphabet: string, n: number) => Array.from({ length: n }, () => alphabet[int(r, 0, alphabet.length - 1)]).join('');
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const ALNUM = `${LOWER}${LOWER.toUpperCase()}0123456789`;
const STREETS = ['Main Street', 'Oak Avenue', 'Rue de la Paix', 'Hauptstraße', 'Calle Mayor', 'Elm Road', 'Baker Street', 'Via Roma'];
/** Separators that join digits into one cluster for the national detector, and a few that do not. */
export const DIGIT_SEPARATORS = [' ', '.', '-', '/', '+', '_', ',', ':', ''] as const;

/** One piece of a family; pieces are repeated until the line is long enough. */
export const HOSTILE_PIECES: Record<string, (r: Rng) => string> = {
  'token ids': (r) => `${int(r, 0, 50_256)} `,
  ...Object.fromEntries(DIGIT_SEPARATORS.map((sep) => [`digits joined by "${sep}"`, (r: Rng) => digits(r, int(r, 1, 5)) + sep])),
  '1-1-1-…': () => '1-',
  '1.1.1.1…': () => '1.',
  'DE00 DE00 …': () => 'DE00 ',
  'card-shaped run': () => '4111 1111 1111 1111 ',
  'SSN-shaped run': (r) => `${digits(r, 3)}-${digits(r, 2)}-${digits(r, 4)} `,
  'phone-shaped run': (r) => `+1 ${digits(r, 3)} ${digits(r, 3)} ${digits(r, 4)}, `,
  'IP-shaped run': (r) => `${int(r, 1, 255)}.${int(r, 0, 255)}.${int(r, 0, 255)}.${int(r, 0, 255)} `,
  'dates': (r) => `${int(r, 1, 28)}/${int(r, 1, 12)}/${int(r, 1900, 2024)} `,
  'one letter': () => 'a',
  'lowercase words': (r) => `${chars(r, LOWER, int(r, 1, 9))} `,
  'capitalised words': (r) => `${cap(chars(r, LOWER, int(r, 2, 9)))} `,
  'name list': (r) => `${cap(pick(r, GIVEN_NAMES))} ${cap(pick(r, SURNAMES))}, `,
  'address list': (r) => `${int(r, 1, 999)} ${pick(r, STREETS)}, ${cap(pick(r, CITIES))} ${digits(r, 5)}; `,
  '@ chain': () => 'a@',
  '@ chain of words': (r) => `${chars(r, LOWER, int(r, 1, 6))}@`,
  'email list': (r) => `${chars(r, LOWER, int(r, 3, 8))}.${chars(r, LOWER, int(r, 3, 8))}@${chars(r, LOWER, int(r, 4, 9))}.com `,
  'hex': (r) => chars(r, '0123456789abcdef', 64),
  'base64': (r) => chars(r, `${ALNUM}+/`, 76),
  'long token': (r) => `ghp_${chars(r, ALNUM, 36)}sk-${chars(r, ALNUM, 48)}AKIA${chars(r, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`,
  'URL chain': (r) => `https://${chars(r, LOWER, 6)}.example.org/${chars(r, ALNUM, 8)}?id=${digits(r, 6)}&`,
  'whitespace': (r) => pick(r, [' ', '\t', '  ', ' \t ']),
  'mixed ASCII': (r) => String.fromCharCode(int(r, 32, 126)),
  'mixed Unicode': (r) => pick(r, ['é', 'ß', '身份证', '😀', '٣', '１', 'Ж', 'x', '1', ' ', '-', '.', '@']),
};

/** A line of at least `length` characters of a family (one line: line breaks never occur). */
export function hostileLine(family: string, length: number, seed = 1): string {
  const piece = HOSTILE_PIECES[family];
  if (!piece) throw new Error(`no hostile family "${family}"`);
  const r = seeded(seed);
  const parts: string[] = [];
  for (let n = 0; n < length; ) {
    const p = piece(r);
    parts.push(p);
    n += p.length;
  }
  return parts.join('');
}
