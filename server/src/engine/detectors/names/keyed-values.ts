// A value under a person-name or a place column is that entity whatever the tagger thinks of it: a table's
// "last_name" holds "Ní Bhriain" and "Kahananui", its "city" holds "Warszawa" and "Ikeja", names no lexicon
// or sentence context gives away. The whole value, when it is shaped like a name, becomes one candidate.
import type { Candidate } from '../../types';
import { keyWords } from '../../context';

/** Column and key names (as `keyWords` spells them: "first_name", "firstName" → "first name") that hold a person's name. */
const PERSON_KEYS = new Set(
  `first name|last name|middle name|given name|given names|family name|full name|surname|forename|firstname|lastname|fullname|maiden name|
  customer name|patient name|client name|employee name|contact name|person name|student name|guest name|passenger name|applicant name|
  candidate name|cardholder name|card holder name|account holder|account holder name|vorname|nachname|nom|prénom|prenom|nombre|apellido|
  apellidos|cognome|voornaam|achternaam`
    .split('|')
    .map((k) => k.trim()),
);

/** Column and key names that hold a place someone lives in or comes from. */
const PLACE_KEYS = new Set(
  `city|town|village|country|province|region|county|municipality|hometown|home town|birthplace|place of birth|city of birth|
  country of birth|country of residence|ort|wohnort|stadt|ville|ciudad|país|pais|città|citta|woonplaats|plaats`
    .split('|')
    .map((k) => k.trim()),
);

/** Column and key names that hold a street address ("address_line_1" → "address line 1"). */
const ADDRESS_KEYS = new Set(
  `address|street|street address|address line 1|address line 2|address line1|address line2|address1|address2|addr|home address|
  mailing address|billing address|shipping address|postal address|residential address|delivery address|adresse|anschrift|straße|strasse|
  dirección|direccion|domicilio|indirizzo|endereço|endereco|adres|straat|ulica`
    .split('|')
    .map((k) => k.trim()),
);

/** A one-line value with a number and a word, at most 120 characters, no e-mail or link: "45 Lê Lợi, Quận 1". */
const ADDRESS_SHAPED = /^(?=[^\n]{4,120}$)(?=[^]*\d)(?=[^]*\p{L}{2})(?![^]*(?:@|:\/\/))[^]+$/u;

/** One to five words of letters (and ' ’ . -), one of them capitalised, at most 60 characters: "Ní Bhriain", "O'Neil", "Ewa Beach". */
const NAME_SHAPED = /^(?=.{2,60}$)(?=[^]*\p{Lu})[\p{L}\p{M}][\p{L}\p{M}'’.-]*(?: [\p{L}\p{M}][\p{L}\p{M}'’.-]*){0,4}$/u;

export type KeyedEntity = 'PERSON' | 'LOCATION';

/** What a key's values are, if it is a person-name or a place column. */
export function keyedEntity(key: string | undefined): KeyedEntity | undefined {
  if (!key) return undefined;
  const words = keyWords(key).trim();
  if (PERSON_KEYS.has(words)) return 'PERSON';
  if (PLACE_KEYS.has(words)) return 'LOCATION';
  return undefined;
}

/** [start, end) of the value without its surrounding white space, when it matches `shape`. */
function wholeValue(text: string, shape: RegExp): [number, number] | undefined {
  const start = text.length - text.trimStart().length;
  const end = text.trimEnd().length;
  return end > start && shape.test(text.slice(start, end)) ? [start, end] : undefined;
}

/**
 * The address parts found, or, when none is and the key is an address column, the whole value as one address
 * (layouts the finder does not know: "45 Lê Lợi, Quận 1", "7-3-1 Hongo, Bunkyo-ku").
 */
export function withKeyedAddress(text: string, key: string | undefined, found: Candidate[]): Candidate[] {
  if (found.length > 0 || !key || !ADDRESS_KEYS.has(keyWords(key).trim())) return found;
  const value = wholeValue(text, ADDRESS_SHAPED);
  if (!value) return found;
  return [{ start: value[0], end: value[1], score: 0.85, reasons: ['the value of an address column'] }];
}

/**
 * `found`, or, when the key says what the value is and the value is shaped like a name, the whole value as one
 * candidate (at least as sure as what was found in it: "Maria" of "Maria Ní Bhriain" becomes the whole name).
 */
export function withKeyedValue(text: string, key: string | undefined, entity: KeyedEntity, found: Candidate[]): Candidate[] {
  if (keyedEntity(key) !== entity) return found;
  const value = wholeValue(text, NAME_SHAPED);
  if (!value) return found;
  const score = Math.max(0.85, ...found.map((c) => c.score));
  return [{ start: value[0], end: value[1], score, reasons: [entity === 'PERSON' ? 'the value of a name column' : 'the value of a place column'] }];
}
