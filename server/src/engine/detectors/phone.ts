import { parsePhoneNumberFromString } from 'libphonenumber-js';
import type { Candidate, Detector } from '../types';
import { matchesOf } from '../regexp';

// Phone-shaped runs: optional +CC / 00CC, optional [trunk] (area) or (0), digit groups split by one space,
// dot or dash, optional extension. Never inside a longer number, word, version or path; a dash after it
// only before a label ("082 490 1693-Office").
const PHONE = /(?<![\w+./:-]|\d[ ,])(?:(?:\+|00)\d{1,3}[ .-]?)?(?:(?:\d{1,3}[ .-]?)?\(\d{1,5}(?:-\d{1,5})?\)[ .-]?)?\d{1,15}(?:[ .-]\d{1,10}){0,6}(?:[ ]?(?:x|ext\.?|#)[ ]?\d{1,6})?(?!\w|-(?![A-Za-z])|[.:/,]\d)/g;

const EXTENSION = /[ ]?(?:x|ext\.?|#)[ ]?\d{1,6}$/;
const DATE = /(?:^|\D)(?:(?:19|20)\d{2}[-. ](?:0?[1-9]|1[0-2])[-. ](?:0?[1-9]|[12]\d|3[01])|(?:0?[1-9]|[12]\d|3[01])[-. ](?:0?[1-9]|1[0-2])[-. ](?:19|20)\d{2})(?!\d)/;
const IPV4_LIKE = /^\d{1,3}(?:\.\d{1,3}){3}$/;
const SSN_LIKE = /^\d{3}-\d{2}-\d{4}$/;
// How North American numbers are written: (NPA) NXX-XXXX, NPA-NXX-XXXX, NPA.NXX.XXXX, NPA NXX XXXX, 1-NPA-…
const NANP_LAYOUT = /^(?:(?:\+?1|001)[ .-]?)?(?:\(\d{3}\)[ ]?|\d{3}([ .-]))\d{3}(?:\1|[ .-])\d{4}$/;

interface Scored {
  score: number;
  reason: string;
}

type Validity = 'valid' | 'possible' | 'invalid';
// Parsing costs tens of microseconds and datasets repeat numbers; a small memo pays off.
const memo = new Map<string, Validity>();
/** Room for every North American prefix key (10,000 of four digits, 2,000 of six) and as many whole numbers. */
const MEMO_SIZE = 25_000;

const NANP_INTERNATIONAL = /^1\d{10}$/;
const NANP_NATIONAL = /^1?(\d{10})$/;

/** Area codes whose numbers' validity depends on six leading digits, not four (special Mexican-border NPAs). */
const DEEP_AREA = /^52[34]/;

/**
 * The memo key of a number. A ten-digit North American number (+1, or national with the US region) is
 * keyed by its first four digits (six for DEEP_AREA): in libphonenumber's metadata its validity depends on
 * nothing after them (phone.test.ts checks this against the metadata for every such prefix), so a list of
 * distinct numbers costs one parse per prefix instead of one per number (a 1 MB line of them took 2 s).
 * Any other number is keyed whole.
 */
export function validityKey(number: string, region?: 'US'): string {
  if (!EXTENSION.test(number)) {
    const digits = number.replace(/\D/g, '');
    const national = region === undefined ? (number.startsWith('+') && NANP_INTERNATIONAL.test(digits) ? digits.slice(1) : undefined) : NANP_NATIONAL.exec(digits)?.[1];
    if (national) return `${region ?? '+1'} ${national.slice(0, DEEP_AREA.test(national) ? 6 : 4)}`;
  }
  return `${region ?? ''}${number}`;
}

export function validity(number: string, region?: 'US'): Validity {
  const k = validityKey(number, region);
  let v = memo.get(k);
  if (v) return v;
  const parsed = parsePhoneNumberFromString(number, region);
  // Only North American numbers count for the US default region ("+1" shares metadata with CA and others).
  const nanp = !region || parsed?.countryCallingCode === '1';
  v = parsed?.isValid() && nanp ? 'valid' : parsed?.isPossible() && nanp ? 'possible' : 'invalid';
  if (memo.size >= MEMO_SIZE) memo.clear();
  memo.set(k, v);
  return v;
}

/** "01 02 03 04 05" is a counting run (bytes, list items), not a number anyone dials. */
function countsUp(groups: string[]): boolean {
  const n = groups.map((g) => Number(g.replace(/\D/g, '')));
  return n.every((v, i) => i === 0 || v === n[i - 1] + 1);
}

function classify(candidate: string): Scored | undefined {
  const body = candidate.replace(EXTENSION, '');
  const digits = body.replace(/\D/g, '');
  // "00" dials out only before a country code, which never starts with 0 ("000-000-0000" is no international number).
  const international = /^(?:\+|00[1-9])/.test(body);
  if (digits.length < 7 || digits.length > (international ? 17 : 15)) return undefined;
  if (DATE.test(body) || IPV4_LIKE.test(body) || SSN_LIKE.test(body)) return undefined;
  const groups = body.split(/[ .-]+/).filter(Boolean);
  // "1234.5678" is a decimal number, not a phone.
  if (groups.length === 2 && body.includes('.') && !international) return undefined;

  if (international) {
    const v = validity(candidate.replace(/^00/, '+'));
    if (v === 'valid') return { score: 0.85, reason: 'valid international number' };
    if (v === 'possible') return { score: 0.45, reason: 'possible international number' };
    return { score: 0.3, reason: 'international number shape' };
  }
  // Form and test-data placeholders: one digit repeated ("000-000-0000"), or counting up ("(123) 456-7890").
  if (/^(\d)\1+$/.test(digits) || /^1?(?:0123456789|1234567890)$/.test(digits)) return { score: 0.1, reason: 'placeholder number' };
  // 555-0100 to 555-0199 are reserved for fiction and examples in North America, 07700 900000–900999 in the UK.
  if (/^1?\d{3}55501\d\d$/.test(digits)) return { score: 0.1, reason: 'fictional 555-01XX number' };
  if (/^07700900\d{3}$/.test(digits)) return { score: 0.1, reason: 'fictional UK drama number' };
  // NPA and NXX start with 2–9: a cheap test before asking libphonenumber whether the area code exists.
  if (/^1?[2-9]\d\d[2-9]\d{6}$/.test(digits) && validity(body, 'US') === 'valid') {
    return NANP_LAYOUT.test(body) ? { score: 0.6, reason: 'valid North American number' } : { score: 0.35, reason: 'valid North American number, unformatted' };
  }
  if (groups.length === 1) return { score: 0.25, reason: 'bare digits of phone length' };
  // National formats across Europe, the UK and Australia: trunk prefix 0 and three or more short groups.
  if (
    groups.length >= 3 &&
    /^\(?0\d{1,4}\)?$/.test(groups[0]) &&
    groups.slice(1).every((g) => g.length >= 2 && g.length <= 4) &&
    digits.length >= 9 &&
    digits.length <= 11 &&
    !countsUp(groups)
  ) {
    return { score: 0.5, reason: 'national number with trunk prefix' };
  }
  return { score: 0.3, reason: 'phone number shape' };
}

/**
 * The label of an id, account or order number right before a number on its line ("Steuer-ID: 12 345 678 901",
 * "Order No. 4471 2290", "Kundennummer 030 7654321"): what the number is, and no phone.
 */
const ID_NOUN =
  '(?:id|iban|bic|swift|ssn|tin|tax|steuer-?id|ust-?id|vat|order|bestell|invoice|ticket|ref|reference|referenz|kunden|customer|account|konto|isbn|issn|doi|serial|sku|ean|upc|tracking|transaction|mrn|policy|claim|case|booking|reservation|confirmation|member|membership|employee|student|passport|licen[cs]e|personalausweis)';
const ID_LABEL = new RegExp(
  `(?:^|[^\\p{L}])(?:${ID_NOUN}(?:[\\s-]*(?:nr|no|num|number|nummer|numéro|número|id|code))?|kundennummer|bestellnummer|rechnungsnummer|kontonummer|steuernummer|auftragsnummer)\\.?\\s*(?:#|:|=)?\\s*$`,
  'iu',
);

function idLabelBefore(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const before = text.slice(Math.max(lineStart, start - 40), start);
  return before.length > 0 && ID_LABEL.test(before);
}

export const phone: Detector = {
  id: 'pii/phone',
  entity: 'PHONE_NUMBER',
  label: 'Phone number',
  description: 'A telephone number: international numbers validated by libphonenumber score high, national formats need a context word such as "phone" or "call me at".',
  tags: ['contact'],
  defaultSeverity: 'warning',
  scope: 'digits',
  skipsIds: true,
  minDigits: 7, // classify() rejects shorter numbers
  // The number without its extension has 7 digits and only digits, spaces, dots, dashes, + and brackets.
  minRunDigits: 7,
  contextWords: [
    // Bare "call" is left out: "function call 1234567" is common in code and logs.
    'phone', 'phones', 'telephone', 'tel', 'mobile', 'mob', 'cell', 'cellphone', 'fax', 'call me', 'call me at', 'call us', 'call at',
    'text me', 'sms', 'whatsapp', 'contact', 'reach me', 'dial', 'desk', 'landline', 'hotline', 'phone number', 'ph',
    'voicemail', 'messages to', 'message to', 'texts to', 'text to', 'answering at', 'reached at', 'reach me at',
    'my number', 'my number is', 'call me on', 'ring me', 'ring me on', 'reach me on', 'office', 'direct line', 'switchboard',
    // German, French, Spanish, Dutch, Italian chat.
    'telefon', 'telefonnummer', 'rufnummer', 'handy', 'handynummer', 'mobilnummer', 'festnetz', 'meine nummer', 'ruf mich an',
    'téléphone', 'tél', 'portable', 'mon numéro', 'appelle-moi', 'appelez-moi', 'teléfono', 'telefono', 'móvil', 'celular', 'cellulare',
    'mi número', 'llámame', 'telefoon', 'telefoonnummer', 'mobiel', 'mijn nummer', 'bel me', 'il mio numero', 'chiamami',
    // Russian, Chinese, Japanese, Korean, Arabic, Hindi, Turkish, Polish, Portuguese.
    'телефон', 'тел', 'номер телефона', 'мобильный', '电话', '電話', '手机', '手機', '电话号码', '電話番号', '携帯', '전화', '전화번호', '휴대폰',
    'هاتف', 'جوال', 'फ़ोन', 'फोन', 'मोबाइल', 'telefonum', 'numaram', 'numer telefonu', 'komórka', 'telemóvel',
  ],
  // Signature and contact blocks put the label after the number: "+46 8 928 571 38 fax", "082 490 1693-Office".
  contextAfter: [
    'fax', 'mobile', 'mob', 'cell', 'cellphone', 'tel', 'phone', 'office', 'direct', 'direct line', 'landline', 'whatsapp',
    'switchboard', 'hotline', 'voicemail', 'home', 'mobil', 'handy', 'büro', 'portable', 'bureau', 'móvil', 'celular', 'cellulare',
    'ufficio', 'kantoor', 'mobiel',
  ],
  trigger: /\d\d/,
  numberKeys: ['phone', 'mobile', 'tel', 'cell', 'fax', 'msisdn'],
  detect(text) {
    const out: Candidate[] = [];
    for (const m of matchesOf(PHONE, text)) {
      if (m[0].length < 7) continue; // fewer than 7 digits: years, counts, house numbers
      const r = classify(m[0]);
      if (!r) continue;
      if (idLabelBefore(text, m.index)) out.push({ start: m.index, end: m.index + m[0].length, score: 0.15, contextWords: [], reasons: [r.reason, 'after the label of an id or account number'] });
      else out.push({ start: m.index, end: m.index + m[0].length, score: r.score, reasons: [r.reason] });
    }
    return out;
  },
};
