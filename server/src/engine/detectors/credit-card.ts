import type { Detector } from '../types';
import { matchesOf } from '../regexp';

// 12–19 digits, bare or printed in groups (4-4-4-4[-3], Amex 4-6-5, Diners 4-6-4) with one kind
// of separator; not part of a longer number, a float or a dotted/dashed identifier.
const CARD = /(?<![\w.-]|\d,)(?:\d{4}([ -])\d{4}(?:\1\d{4}){1,2}(?:\1\d{1,3})?|\d{4}([ -])\d{6}\2\d{4,5}|\d{12,19})(?![\w]|[.,]\d|-\d)/g;

interface Brand {
  name: string;
  prefix: RegExp;
  lengths: readonly number[];
}

const len = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

// Issuer identification numbers. JCB's assigned block is 3528–3589, but the whole 35 block is
// accepted since test generators and some issuers use it; 1800/2131 are JCB's 15-digit ranges.
const BRANDS: readonly Brand[] = [
  { name: 'Visa', prefix: /^4/, lengths: [13, 16, 19] },
  { name: 'Mastercard', prefix: /^(?:5[1-5]|222[1-9]|22[3-9]\d|2[3-6]\d\d|27[01]\d|2720)/, lengths: [16] },
  { name: 'American Express', prefix: /^3[47]/, lengths: [15] },
  { name: 'Discover', prefix: /^(?:6011|64[4-9]|65|622(?:12[6-9]|1[3-9]\d|[2-8]\d\d|9[01]\d|92[0-5]))/, lengths: len(16, 19) },
  { name: 'JCB', prefix: /^35/, lengths: len(16, 19) },
  { name: 'JCB', prefix: /^(?:1800|2131)/, lengths: [15] },
  { name: 'Diners Club', prefix: /^(?:30[0-59]|3[689])/, lengths: len(14, 19) },
  { name: 'UnionPay', prefix: /^62/, lengths: len(16, 19) },
  { name: 'Maestro', prefix: /^(?:50|5[6-8]|6)/, lengths: len(12, 19) },
];

export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = digits.length - 1, double = false; i >= 0; i--, double = !double) {
    let d = digits.charCodeAt(i) - 48;
    if (double && (d *= 2) > 9) d -= 9;
    sum += d;
  }
  return sum % 10 === 0;
}

function brandOf(digits: string): Brand | undefined {
  return BRANDS.find((b) => b.lengths.includes(digits.length) && b.prefix.test(digits));
}


export const creditCard: Detector = {
  id: 'pii/credit-card',
  entity: 'CREDIT_CARD',
  label: 'Credit card number',
  description: 'A payment card number (Visa, Mastercard, Amex, Discover, JCB, Diners, UnionPay, Maestro) that passes the Luhn checksum.',
  tags: ['financial'],
  defaultSeverity: 'error',
  scope: 'digits',
  skipsIds: true,
  minDigits: 12,
  minRunDigits: 12, // digits, spaces and dashes only
  contextWords: ['card', 'cards', 'credit', 'debit', 'cc', 'ccn', 'pan', 'visa', 'mastercard', 'amex', 'american express', 'discover', 'jcb', 'diners', 'maestro', 'unionpay', 'payment', 'billing', 'cvv', 'expiry',
    'paid with', 'pay with', 'paying with', 'paid by', 'charged to', 'charged it to', 'charge it to', 'charge to'],
  trigger: /\d{4}/,
  numberKeys: ['card', 'cc', 'pan', 'credit'],
  *detect(text) {
    for (const m of matchesOf(CARD, text)) {
      let value = m[0];
      const grouped = !!(m[1] ?? m[2]);
      let digits = value.replace(/[ -]/g, '');
      let brand = brandOf(digits);
      if (grouped && !(brand && luhnValid(digits)) && /[ -]\d{1,3}$/.test(value)) {
        // A short trailing group may be something else ("4111 1111 1111 1111 12/25").
        value = value.replace(/[ -]\d{1,3}$/, '');
        digits = value.replace(/[ -]/g, '');
        brand = brandOf(digits);
      }
      if (!brand || !luhnValid(digits)) continue;
      yield {
        start: m.index,
        end: m.index + value.length,
        // An ungrouped Luhn-valid number is often just an id; it needs a context word to show.
        score: grouped ? 0.85 : 0.45,
        reasons: [`${brand.name} number range`, 'Luhn checksum passed', ...(grouped ? ['grouped like a card'] : [])],
      };
    }
  },
};
