// Street addresses in US, UK and European layouts, on one line or several. An address starts at a street
// (number + name + street type, a European street word + number, a PO box, a military address) and is
// extended over units, city/region/postcode parts and the following address lines.
import type { Span } from '../../types';
import { matchesOf } from '../../regexp';
import { NAMED_STREET_TYPES, NUMBERED_PREFIXES, STREET_PREFIXES, STREET_SUFFIXES, STREET_TYPES, US_STREET_TYPES, alternation } from './address-words';
import {
  type Gate,
  gatedWindows,
  hungarianStreetGate,
  militaryGate,
  numberedNameGate,
  numberedPrefixGate,
  poBoxGate,
  prefixStreetGate,
  suffixStreetGate,
  usStreetGate,
} from './address-gate';
import { type StreetMatch, type Verdict, capitalisedNameOk, numberedPrefixOk, prefixStreetOk, standsAlone, suffixStreetOk, usStreetOk } from './street-address-checks';

export interface AddressMatch extends Span {
  score: number;
  reasons: string[];
  /** City, region and country parts found in the address's tail lines. */
  places: Span[];
}

const src = (r: RegExp) => r.source;

const STREET_TYPE = alternation(STREET_TYPES);
const US_STREET_TYPE = alternation(US_STREET_TYPES);
const STREET_TYPE_CAP = alternation(NAMED_STREET_TYPES);
/** The street types with a capital first letter, for places where case matters ("Kishiev Squares"). */
const STREET_TYPE_TITLE = alternation(STREET_TYPES.map((t) => t[0].toUpperCase() + t.slice(1)));
const STREET_PREFIX = alternation(STREET_PREFIXES);
const NUMBERED_PREFIX = alternation(NUMBERED_PREFIXES);
/** Particles inside a numbered European street name ("8 rue des Lilas", "3 via della Spiga"). */
const NUMBERED_PARTICLES = '(?:de|du|des|del|della|delle|dei|degli|di|da|do|dos|das|la|le)(?![\\p{L}])';
const STREET_SUFFIX = alternation(STREET_SUFFIXES);

const WORD = src(/[\p{L}\p{M}][\p{L}\p{M}'’.-]*/u);
const CAP_WORD = src(/[\p{Lu}][\p{L}\p{M}'’.-]*/u);
const NUM = src(/\d{1,6}[A-Za-z]?(?:[-/]\d{1,5}[A-Za-z]?)?/);
/** A word of a street name, or a numbered street ("W 34th St", "725 5th Ave"). */
const STREET_WORD = `(?:${WORD}|\\d{1,4}(?:st|nd|rd|th))`;
const HOUSE = src(/\d{1,5}[A-Za-z]?(?:[-/]\d{1,5})?\.?/);

const US_STREET = new RegExp(`(?<![\\p{L}\\p{N}])(?:${NUM}\\s+){1,2}(?:${STREET_WORD}\\s+){0,3}?${US_STREET_TYPE}(?![\\p{L}\\p{N}])\\.?`, 'giu');
const US_STREET_LONGER = new RegExp(`(?:${NUM}\\s+){1,2}(?:${STREET_WORD}\\s+){0,3}${US_STREET_TYPE}(?![\\p{L}\\p{N}])\\.?`, 'iuy');
const PREFIX_STREET = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${NUM}\\s+){0,2}${STREET_PREFIX}\\s*(?:${WORD}\\s+){0,4}?${HOUSE}(?![\\p{L}\\p{N}])`,
  'giu',
);
const NUM_PREFIX_STREET = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${NUM}\\s+){1,2}${NUMBERED_PREFIX}\\s+(?:${CAP_WORD}|${NUMBERED_PARTICLES})(?:\\s+(?:${CAP_WORD}|${NUMBERED_PARTICLES})){0,3}`,
  'gu',
);
const SUFFIX_STREET = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${NUM}\\s+){0,2}(?:${WORD}\\s+){0,2}[\\p{L}\\p{M}]*${STREET_SUFFIX}\\s+(?:u\\.\\s+)?${HOUSE}(?![\\p{L}\\p{N}])`,
  'giu',
);
// "20789 Allika 46": a name between two numbers; confirmed by what follows or precedes it.
const NUMBERED_NAME = new RegExp(`(?<![\\p{L}\\p{N}.,:/-])\\d{2,6}\\s+(?:${CAP_WORD}\\s+){1,3}${HOUSE}(?![\\p{L}\\p{N}])`, 'gu');
// "Hungarian style": "Kálmán Imre u. 12."
const HU_STREET = new RegExp(`(?<![\\p{L}\\p{N}])(?:${NUM}\\s+)?(?:${CAP_WORD}\\s+){1,3}u\\.\\s+\\d{1,4}\\.?`, 'gu');
// "on Baker Street": a named street without a number, after a preposition, street type capitalised.
const NAMED_STREET = new RegExp(
  `(?<=(?:^|[^\\p{L}])(?:on|at|in|along|off|down|up|near)\\s+)(?:${CAP_WORD}\\s+){1,3}${STREET_TYPE_CAP}(?![\\p{L}\\p{N}])`,
  'gu',
);
const PO_BOX = /(?<![\p{L}\p{N}])(?:\d{1,6}\s+)?(?:P\.?\s?O\.?\s*Box|Post\s?(?:Office\s)?Box|Postbox|Postfach|Apartado|Caixa\s+Postal|Boîte\s+Postale)\s*\d{1,6}(?![\p{L}\p{N}])/giu;
const MILITARY = /(?<![\p{L}\p{N}])(?:(?:PSC|CMR|Unit)\s+\d{3,5},?\s+Box\s+\d{1,5}|(?:USNS|USNV|USS|USCGC)\s+\p{Lu}[\p{L}]+)[ \t]*,?[ \t]*\n?[ \t]*(?:APO|FPO|DPO)\s+(?:AA|AE|AP)\s+\d{5}(?![\p{L}\p{N}])/giu;
const CORNER = /(?<![\p{L}\p{N}])(?:the\s+)?corner\s+of\s+([^\n,;?!]{2,60}?)\s+(?:and|&)\s+([^\n,;?!]{2,60})/giu;

const UNIT_WORD = '(?:(?:suite|ste|apt|apartment|unit|flat|floor|fl|room|rm|bldg|building)(?![\\p{L}])\\.?|#)';
const UNIT_ID = '(?=[\\w-]*\\d)[\\w-]{1,8}';
// A Spanish floor and door: "3º B", "2º izq.", "1º 2ª".
const FLOOR = String.raw`\d{1,2}[ºª°](?:[ \t]*(?:\d{1,2}[ºª]|[A-Z](?![\p{L}])|izq(?:uierda|da)?\.?|dcha\.?|derecha))?`;
const UNIT = new RegExp(`^[ \\t]*,?[ \\t]*(?:${UNIT_WORD}[ \\t]*#?${UNIT_ID}\\.?|${FLOOR})`, 'iu');
const MORE_STREET = new RegExp(`^[ \\t]+(?:${CAP_WORD}[ \\t]+){0,2}${STREET_TYPE_TITLE}(?![\\p{L}\\p{N}])\\.?`, 'u');
// "Rathmines Road Lower, Dublin", "Leeson Street Upper": a qualifier ending the street belongs to it, it is no town
// (one followed by another word starts a town: "Lower Hutt", "Upper Marlboro").
// So does a compass point ("1600 Pennsylvania Ave NW, Washington", "10 King Street West, Toronto").
const STREET_QUALIFIER = /^[ \t]+(?:Lower|Upper|Extension|Ext\.|N|S|E|W|NE|NW|SE|SW|N\.E\.|N\.W\.|S\.E\.|S\.W\.|North|South|East|West)(?=[ \t]*(?:$|[,;\r\n]))/u;
const POSTCODE = src(/(?:\d{4}[ ]?[A-Z]{2}(?![A-Za-z])|\d{4,5}(?:-\d{3,4})?|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|\d{2}-\d{3}|\d{3}\s\d{2})/);
const PLACE_WORDS = `(?:${CAP_WORD}|\\p{Lu}{2,}|de|del|da|do|dos|das|di|du|la|le|nad|pod|u|na|am|an|im|sur|en|y)`;
const PLACE_NAME = `${CAP_WORD}(?:[ \\t]+${PLACE_WORDS}){0,4}(?:[ \\t]*\\([^)\\n]{1,30}\\))?`;
// ", Tallinn, Estonia 12345" or " CHARLEROI Victoria" after the street on the same line.
const SAME_LINE_TAIL = new RegExp(
  `^(?:(?:,[ \\t]*|[ \\t]+)(?<place>${PLACE_NAME}))(?:,?[ \\t]+[A-Z]{2,3}(?![\\p{L}]))?(?:,?[ \\t]+${POSTCODE})?`,
  'u',
);
const TOWN_AFTER_POSTCODE = new RegExp(`^[ \\t]+(${PLACE_NAME})`, 'u');
const POSTCODE_TAIL = new RegExp(`^,?[ \\t]+${POSTCODE}(?![\\p{L}\\p{N}])`, 'u');
// A whole following line of an address: a unit, "City", "City, ST 12345", ", ST", "Country 12345", "12345".
const LINE = new RegExp(
  `^(?:(?<unit>${UNIT_WORD}[ \\t]*#?${UNIT_ID}\\.?)|(?<place>${PLACE_NAME}|[\\p{Ll}][\\p{L}\\p{M}'’.\\-]*(?:[ \\t]+[\\p{Ll}][\\p{L}\\p{M}'’.\\-]*){0,2})?(?:,?[ \\t]*(?<!\\p{L})[A-Za-z]{2,3}(?![\\p{L}]))?(?:,?[ \\t]*${POSTCODE})?)`,
  'iu',
);
const LABEL_AFTER = /^\s*:/;
const LINE_BREAK = /^[ \t]*\r?\n(?:[ \t]*\r?\n)?[ \t]*(?:[?*•·\-–>]{1,3}[ \t]+)?/;
const AFTER_LINE = /^(?:$|\r?\n|[.?!,;:)]|[ \t]+(?:[\p{Ll}]|I\b|$))/u;
const STOP = new Set(['the', 'a', 'an', 'on', 'in', 'of', 'to', 'for', 'and', 'or', 'with', 'my', 'your', 'our', 'at', 'by', 'is', 'are', 'was', 'it', 'this', 'that', 'i', 'you', 'we']);
const CUE = /(?:address|live|lives|living|located|location|send|ship|shipping|deliver|delivery|meet|office|return|billing|mail|at|to|on|in)\W*$/i;

function wordsOf(s: string): string[] {
  return s.toLowerCase().match(/[\p{L}\p{M}]+/gu) ?? [];
}

/** The words between the house number and the street type must not be sentence words ("3 apples on the road"). */
function plausibleStreet(value: string): boolean {
  const ws = wordsOf(value);
  return !ws.slice(0, -1).some((w) => STOP.has(w));
}

interface Anchor extends Span {
  score: number;
  reason: string;
  confirm?: boolean;
  /** An address only when address lines follow (a unit, a town, a postcode). */
  needsLines?: boolean;
}

interface Pattern {
  re: RegExp;
  score: number;
  reason: string;
  /** Runs the pattern only around the digit runs that pass (address-gate.ts); else on the whole text. */
  gate?: Gate;
  /** A cheap test the whole text must pass first. */
  textGate?: RegExp;
  /** Whether a match is an address after all (street-address-checks.ts). */
  check?: (m: StreetMatch) => Verdict;
  /** Run when `re` matched but `check` said no: the same pattern with greedy words ("137 Avenue Teboulbi St." after "137 Avenue"). */
  longer?: RegExp;
  confirm?: boolean;
}

const NOT_A_NAMED_STREET = /^(?:The|A|An|My|Our|Your)\s/;

const PATTERNS: Pattern[] = [
  { re: MILITARY, score: 0.9, reason: 'military postal address', gate: militaryGate, check: standsAlone },
  { re: PO_BOX, score: 0.65, reason: 'post office box', gate: poBoxGate, check: standsAlone },
  { re: US_STREET, score: 0.7, reason: 'house number and street type', gate: usStreetGate, check: (m) => plausibleStreet(m.value) && usStreetOk(m), longer: US_STREET_LONGER },
  { re: PREFIX_STREET, score: 0.7, reason: 'street name and house number', gate: prefixStreetGate, check: prefixStreetOk },
  { re: NUM_PREFIX_STREET, score: 0.65, reason: 'house number and street name', gate: numberedPrefixGate, check: numberedPrefixOk },
  { re: SUFFIX_STREET, score: 0.7, reason: 'street name and house number', gate: suffixStreetGate, check: (m) => plausibleStreet(m.value) && suffixStreetOk(m) },
  { re: HU_STREET, score: 0.65, reason: 'street name and house number', gate: hungarianStreetGate, check: capitalisedNameOk },
  { re: NAMED_STREET, score: 0.6, reason: 'named street', textGate: new RegExp(STREET_TYPE_CAP), check: (m) => !NOT_A_NAMED_STREET.test(m.value) && standsAlone(m) },
  { re: NUMBERED_NAME, score: 0.55, reason: 'numbered street name', gate: numberedNameGate, confirm: true, check: capitalisedNameOk },
];

/** Gates by pattern index (patterns without one pass everything). */
const GATES: Gate[] = PATTERNS.map((p) => p.gate ?? (() => false));

const LEADING_LOWER = /^(?:\p{Ll}[\p{L}\p{M}'’]*\s+)+(?=\p{Lu})/u;
const LEADING_LOWER_THEN_NAME = /^(?:\p{Ll}[\p{L}\p{M}'’]*\s+)+\p{Lu}[\p{L}\p{M}]*(?:\s|$)/u;
/** Words up to the last lower-case one before a capitalised street name: "Woon op " of "Woon op Keizersgracht 123". */
const WORDS_TO_LAST_LOWER = /^(?:\S+\s+)*\p{Ll}[\p{L}\p{M}'’]*\s+(?=\p{Lu})/u;
const CORNER_GATE = /corner/i;

/**
 * European street words written in lower case inside a sentence ("vivo en la calle Mayor 15", "mieszkam przy ul.
 * Długiej 5"): part of the street, not words before it. "via" only after "in" ("abito in via Roma 10"): in English
 * it is mostly "sent via PayPal".
 */
const LOWER_CASE_PREFIXES = new Set(
  'calle carrer rua travessa estrada alameda avenida avda. paseo camino carretera praça viale piazza piazzale vicolo strada ulica ul. aleja al. trg улица ул.'.split(' '),
);
function lowerCasePrefix(text: string, start: number, value: string): boolean {
  const first = value.slice(0, value.search(/\s|$/)).toLowerCase();
  return LOWER_CASE_PREFIXES.has(first) || (first === 'via' && /(?:^|\s)in\s+$/i.test(text.slice(Math.max(0, start - 4), start)));
}

/** The anchor a pattern's match makes, unless its check rejects it. */
function accept(p: Pattern, text: string, value: string, start: number): Anchor | undefined {
  let v = value.replace(/\s+$/, '');
  // "in der Lindenstraße 12": lower-case words before a street name are not part of it.
  const lead = p.re === SUFFIX_STREET ? WORDS_TO_LAST_LOWER.exec(v) : LEADING_LOWER.exec(v);
  if (lead && (p.re === SUFFIX_STREET || LEADING_LOWER_THEN_NAME.test(v)) && !(p.re === PREFIX_STREET && lowerCasePrefix(text, start, v))) {
    start += lead[0].length;
    v = v.slice(lead[0].length);
  }
  const verdict = p.check ? p.check({ value: v, text, start }) : true;
  if (!verdict) return undefined;
  return { start, end: start + v.length, score: p.score, reason: p.reason, confirm: p.confirm, needsLines: verdict === 'if-lines-follow' };
}

function anchors(text: string, exhaustive: boolean): Anchor[] {
  const out: Anchor[] = [];
  const add = (p: Pattern, part: string, offset: number) => {
    for (const m of matchesOf(p.re, part)) {
      let found = accept(p, text, m[0], offset + m.index);
      if (!found && p.longer) {
        p.longer.lastIndex = m.index;
        const l = p.longer.exec(part);
        if (l && l[0].length > m[0].length) found = accept(p, text, l[0], offset + m.index);
      }
      if (found) out.push(found);
    }
  };
  const windows = exhaustive ? undefined : gatedWindows(text, GATES);
  PATTERNS.forEach((p, i) => {
    if (!windows || !p.gate) {
      if (exhaustive || !p.textGate || p.textGate.test(text)) add(p, text, 0);
      return;
    }
    for (const [a, b] of windows[i]) add(p, a === 0 && b === text.length ? text : text.slice(a, b), a);
  });
  if (!exhaustive && !CORNER_GATE.test(text)) return out;
  for (const m of matchesOf(CORNER, text)) {
    const right = /^(?:[\p{Lu}\d][\p{L}\p{M}\d'’.-]*)(?:\s+(?:[\p{Lu}\d][\p{L}\p{M}\d'’.-]*))*/u.exec(m[2]);
    if (!right) continue;
    const sides = m[1] + ' ' + right[0];
    if (!/\d/.test(sides) && !new RegExp(`(?<![\\p{L}])${STREET_TYPE}(?![\\p{L}])`, 'iu').test(sides)) continue;
    const end = m.index + m[0].length - m[2].length + right[0].length;
    out.push({ start: m.index, end: end - (text[end - 1] === '.' ? 1 : 0), score: 0.75, reason: 'street corner' });
  }
  return out;
}

const STREET_TYPE_SET = new Set(STREET_TYPES);
const LAST_WORD_AND_STOP = /(\p{L}*)[.!?]$/u;

/** Whether text ends at `end` with a sentence's last stop: "!", "?", or a dot after a word no abbreviation ("Springfield.", not "St." or "Blvd."). */
function endsSentence(text: string, end: number): boolean {
  const m = LAST_WORD_AND_STOP.exec(text.slice(Math.max(0, end - 24), end));
  if (!m) return false;
  if (text[end - 1] !== '.') return true;
  return m[1].length > 3 && !STREET_TYPE_SET.has(m[1].toLowerCase());
}

/** Extends an anchor over units, same-line city/postcode tails and following address lines. */
function extend(text: string, a: Anchor): AddressMatch {
  let end = a.end;
  let extras = 0;
  const places: Span[] = [];
  const qualifier = STREET_QUALIFIER.exec(text.slice(end, end + 16));
  if (qualifier) end += qualifier[0].length;
  for (let guard = 0; guard < 4; guard++) {
    const rest = text.slice(end, end + 200);
    const m = UNIT.exec(rest) ?? MORE_STREET.exec(rest);
    if (!m) break;
    end += m[0].length;
    extras++;
  }
  // ", Tallinn, Estonia 12345" on the same line: up to three place parts.
  for (let parts = 0; parts < 3; parts++) {
    const rest = text.slice(end, end + 200);
    const tail = SAME_LINE_TAIL.exec(rest);
    if (!tail || !(AFTER_LINE.test(rest.slice(tail[0].length)) || SAME_LINE_TAIL.test(rest.slice(tail[0].length)))) break;
    const p = tail.groups?.place;
    if (p) {
      const ps = end + tail[0].indexOf(p);
      places.push({ start: ps, end: ps + p.replace(/[\s.]+$/, '').length });
    }
    end += tail[0].length;
    extras++;
  }
  const pc = POSTCODE_TAIL.exec(text.slice(end, end + 20));
  if (pc) {
    end += pc[0].length;
    extras++;
    // "28013 Madrid", "1015 CJ Amsterdam": the town after a European postcode.
    const rest = text.slice(end, end + 80);
    const town = TOWN_AFTER_POSTCODE.exec(rest);
    if (town && AFTER_LINE.test(rest.slice(town[0].length))) {
      const ps = end + town[0].length - town[1].length;
      // A dot after the town ends the sentence: the next line is no address line.
      end = ps + town[1].replace(/[\s.]+$/, '').length;
      places.push({ start: ps, end });
    }
  }
  // Following lines, unless a sentence ended ("…, Springfield.\nThanks Bob 2000 times!").
  for (let lines = 0; lines < 6 && !endsSentence(text, end); lines++) {
    const rest = text.slice(end, end + 200);
    const br = LINE_BREAK.exec(rest);
    if (!br) break;
    const blank = /\n[ \t]*\r?\n/.test(br[0]);
    const lineText = rest.slice(br[0].length);
    const m = LINE.exec(lineText);
    if (!m || m[0].trim().length === 0) break;
    const body = m[0].replace(/[ \t]+$/, '');
    // "Tel.: +49 30 …", "Email:": a label starts the next line, no town.
    if (!AFTER_LINE.test(lineText.slice(body.length)) || LABEL_AFTER.test(lineText.slice(body.length))) break;
    const g = m.groups ?? {};
    const hasPostcode = new RegExp(`${POSTCODE}$`).test(body);
    if (blank && !hasPostcode) break;
    if (g.place && !g.unit) {
      const ws = wordsOf(g.place);
      if (ws.some((w) => STOP.has(w)) || ws.length > 6) break;
      const ps = end + br[0].length + body.indexOf(g.place);
      places.push({ start: ps, end: ps + g.place.replace(/[\s.]+$/, '').length });
    }
    end += br[0].length + body.length;
    extras++;
  }
  while (end > a.start && /[\s,]/.test(text[end - 1])) end--;
  if (end > a.end && text[end - 1] === '.') end--;
  const score = Math.min(0.9, a.score + (extras > 0 ? 0.15 : 0));
  const reasons = [a.reason, ...(extras > 0 ? ['address lines (unit, city or postcode)'] : [])];
  return { start: a.start, end, score, reasons, places };
}

const HAS_DIGIT = /\d/;

/**
 * All street addresses in `text`, overlapping anchors merged (the widest wins). `exhaustive` runs every
 * pattern over the whole text instead of only around the numbers that pass its gate (same result; for tests).
 */
export function findAddresses(text: string, opts: { exhaustive?: boolean } = {}): AddressMatch[] {
  if (!HAS_DIGIT.test(text)) return [];
  const found: AddressMatch[] = [];
  for (const a of anchors(text, !!opts.exhaustive)) {
    const m = extend(text, a);
    if (a.needsLines && m.end === a.end) continue;
    if (a.confirm && m.end === a.end && !CUE.test(text.slice(Math.max(0, a.start - 30), a.start))) continue;
    if (a.confirm && m.end === a.end) m.score = 0.5;
    found.push(m);
  }
  found.sort((x, y) => x.start - y.start || y.end - x.end);
  const merged: AddressMatch[] = [];
  for (const m of found) {
    const last = merged[merged.length - 1];
    if (last && m.start < last.end) {
      if (m.end > last.end) last.end = m.end;
      last.score = Math.max(last.score, m.score);
      for (const p of m.places) if (!last.places.some((q) => q.start === p.start)) last.places.push(p);
      continue;
    }
    merged.push({ ...m, places: [...m.places] });
  }
  return merged;
}
