// Street addresses in US, UK and European layouts, on one line or several. An address starts at a street
// (number + name + street type, a European street word + number, a PO box, a military address) and is
// extended over units, city/region/postcode parts and the following address lines.
import type { Span } from '../../types';

export interface AddressMatch extends Span {
  score: number;
  reasons: string[];
  /** City, region and country parts found in the address's tail lines. */
  places: Span[];
}

const src = (r: RegExp) => r.source;

// USPS Publication 28 street suffixes (common forms and abbreviations) and UK/Commonwealth ones.
const STREET_TYPE = src(
  /(?:street|streets|st|road|roads|rd|avenue|ave|av|boulevard|blvd|lane|ln|drive|drives|dr|court|courts|ct|place|pl|square|squares|sq|way|ways|terrace|ter|crescent|cres|close|parkway|pkwy|highway|hwy|circle|circles|cir|trail|trl|row|mews|gardens|gdns|grove|groves|hill|hills|park|parks|route|rte|turnpike|tpke|point|points|pt|union|unions|rapids|rapid|crossroad|crossing|xing|isle|cove|coves|flat|flats|fort|ft|alley|aly|annex|arcade|bypass|camp|canyon|cape|causeway|center|centre|cliff|cliffs|club|common|commons|corner|corners|course|creek|crest|curve|dale|dam|divide|estate|estates|expressway|expy|extension|falls|ferry|field|fields|ford|forest|forge|fork|forks|freeway|fwy|gateway|glen|glens|green|greens|harbor|harbour|haven|heights|hts|hollow|inlet|island|islands|junction|key|keys|knoll|knolls|lake|lakes|landing|light|lights|loaf|lock|locks|lodge|loop|mall|manor|manors|meadow|meadows|mill|mills|mission|motorway|mount|mountain|mountains|mtn|neck|orchard|oval|overpass|pass|passage|path|pike|pine|pines|plain|plains|plaza|port|ports|prairie|ramp|ranch|rest|ridge|ridges|river|run|shoal|shoals|shore|shores|skyway|spring|springs|spur|spurs|station|stravenue|stream|summit|throughway|trace|track|trafficway|tunnel|underpass|valley|valleys|viaduct|view|views|village|villages|ville|vista|walk|walks|wall|well|wells|wynd|parade|esplanade|quay|embankment|broadway)/,
);

// Street types that name a street on their own ("Baker Street"), for streets written without a number.
const STREET_TYPE_CAP =
  '(?:Street|Road|Avenue|Lane|Boulevard|Drive|Court|Place|Square|Terrace|Crescent|Close|Way|Parkway|Highway|Row|Mews|Gardens|Grove)';

/** The street types with a capital first letter, for places where case matters ("Kishiev Squares"). */
const STREET_TYPE_TITLE = `(?:${STREET_TYPE.slice(3, -1)
  .split('|')
  .map((t) => t[0].toUpperCase() + t.slice(1))
  .join('|')})`;

// Street words that start a European street name ("Rue de …", "ul. …", "Via …").
const STREET_PREFIX = src(
  /(?:rue|avenue|av\.|avda\.|avd\.|boulevard|bd|bld\.?|chemin|impasse|allée|quai|place|via|viale|piazza|piazzale|piazzetta|corso|largo|vicolo|calle|c\/|avenida|paseo|plaza|camino|carrer|carretera|rua|travessa|praça|estrada|alameda|ul\.|ulica|al\.|aleja|os\.|trg|λεωφόρος|λεωφ\.|οδός|πλατεία|улица|ул\.|проспект|пр\.|str\.|strada|calea|bulevardul|šetalište|ulitsa)/,
);

// Endings of one-word European street names ("Søndergade", "Kiannonkatu", "Bundesstrasse").
const STREET_SUFFIX = src(
  /(?:straße|strasse|str\.|gasse|weg|allee|platz|ring|damm|ufer|steig|pfad|gade|vej|vænget|väg|vägen|gatan|gata|gränd|veien|vegen|vei|gate|katu|tie|kuja|polku|tee|iela|gatve|straat|laan|plein|gracht|dreef|singel|kade|stræti|vegur|braut|utca|útja|út|ulica|ulice|cesta|ulitsa|prospekt|sokak|sokağı|caddesi)/,
);

const WORD = src(/[\p{L}\p{M}][\p{L}\p{M}'’.\-]*/u);
const CAP_WORD = src(/[\p{Lu}][\p{L}\p{M}'’.\-]*/u);
const NUM = src(/\d{1,6}[A-Za-z]?(?:[-\/]\d{1,5}[A-Za-z]?)?/);
const HOUSE = src(/\d{1,5}[A-Za-z]?(?:[-\/]\d{1,5})?\.?/);

const US_STREET = new RegExp(`(?<![\\p{L}\\p{N}])(?:${NUM}\\s+){1,2}(?:${WORD}\\s+){0,3}?${STREET_TYPE}(?![\\p{L}\\p{N}])\\.?`, 'giu');
const PREFIX_STREET = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${NUM}\\s+){0,2}${STREET_PREFIX}\\s*(?:${WORD}\\s+){0,4}?${HOUSE}(?![\\p{L}\\p{N}])`,
  'giu',
);
const NUM_PREFIX_STREET = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${NUM}\\s+){1,2}${STREET_PREFIX}\\s+(?:${CAP_WORD}|de|du|des|del|da|do|la|le)(?:\\s+(?:${CAP_WORD}|de|du|des|del|da|do|la|le)){0,3}`,
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
const MILITARY = /(?<![\p{L}\p{N}])(?:(?:PSC|CMR|Unit)\s+\d{3,5},?\s+Box\s+\d{1,5}|(?:USNS|USNV|USS|USCGC)\s+\p{Lu}[\p{L}]+)\s*\n?\s*(?:APO|FPO|DPO)\s+(?:AA|AE|AP)\s+\d{5}(?![\p{L}\p{N}])/giu;
const CORNER = /(?<![\p{L}\p{N}])(?:the\s+)?corner\s+of\s+([^\n,;?!]{2,60}?)\s+(?:and|&)\s+([^\n,;?!]{2,60})/giu;

const UNIT_WORD = '(?:(?:suite|ste|apt|apartment|unit|flat|floor|fl|room|rm|bldg|building)(?![\\p{L}])\\.?|#)';
const UNIT_ID = '(?=[\\w-]*\\d)[\\w-]{1,8}';
const UNIT = new RegExp(`^[ \\t]*,?[ \\t]*${UNIT_WORD}[ \\t]*#?${UNIT_ID}\\.?`, 'iu');
const MORE_STREET = new RegExp(`^[ \\t]+(?:${CAP_WORD}[ \\t]+){0,2}${STREET_TYPE_TITLE}(?![\\p{L}\\p{N}])\\.?`, 'u');
const POSTCODE = src(/(?:\d{4,5}(?:-\d{3,4})?|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|\d{2}-\d{3}|\d{3}\s\d{2})/);
const PLACE_WORDS = `(?:${CAP_WORD}|\\p{Lu}{2,}|de|del|da|do|dos|das|di|du|la|le|nad|pod|u|na|am|an|im|sur|en|y)`;
const PLACE_NAME = `${CAP_WORD}(?:[ \\t]+${PLACE_WORDS}){0,4}(?:[ \\t]*\\([^)\\n]{1,30}\\))?`;
// ", Tallinn, Estonia 12345" or " CHARLEROI Victoria" after the street on the same line.
const SAME_LINE_TAIL = new RegExp(
  `^(?:(?:,[ \\t]*|[ \\t]+)(?<place>${PLACE_NAME}))(?:,?[ \\t]+[A-Z]{2,3}(?![\\p{L}]))?(?:,?[ \\t]+${POSTCODE})?`,
  'u',
);
const POSTCODE_TAIL = new RegExp(`^,?[ \\t]+${POSTCODE}(?![\\p{L}\\p{N}])`, 'u');
// A whole following line of an address: a unit, "City", "City, ST 12345", ", ST", "Country 12345", "12345".
const LINE = new RegExp(
  `^(?:(?<unit>${UNIT_WORD}[ \\t]*#?${UNIT_ID}\\.?)|(?<place>${PLACE_NAME}|[\\p{Ll}][\\p{L}\\p{M}'’.\\-]*(?:[ \\t]+[\\p{Ll}][\\p{L}\\p{M}'’.\\-]*){0,2})?(?:,?[ \\t]*(?<!\\p{L})[A-Za-z]{2,3}(?![\\p{L}]))?(?:,?[ \\t]*${POSTCODE})?)`,
  'iu',
);
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
}

function anchors(text: string): Anchor[] {
  const out: Anchor[] = [];
  const add = (re: RegExp, score: number, reason: string, check?: (v: string) => boolean, confirm?: boolean) => {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      let v = m[0].replace(/\s+$/, '');
      let start = m.index;
      // "in der Lindenstraße 12": lower-case words before a street name are not part of it.
      const lead = /^(?:\p{Ll}[\p{L}\p{M}'’]*\s+)+(?=\p{Lu})/u.exec(v);
      if (lead && /^(?:\p{Ll}[\p{L}\p{M}'’]*\s+)+\p{Lu}[\p{L}\p{M}]*(?:\s|$)/u.test(v)) {
        start += lead[0].length;
        v = v.slice(lead[0].length);
      }
      if (check && !check(v)) continue;
      out.push({ start, end: start + v.length, score, reason, confirm });
    }
  };
  add(MILITARY, 0.9, 'military postal address');
  add(PO_BOX, 0.65, 'post office box');
  add(US_STREET, 0.7, 'house number and street type', plausibleStreet);
  add(PREFIX_STREET, 0.7, 'street name and house number', plausibleStreet);
  add(NUM_PREFIX_STREET, 0.65, 'house number and street name');
  add(SUFFIX_STREET, 0.7, 'street name and house number', plausibleStreet);
  add(HU_STREET, 0.65, 'street name and house number');
  add(NAMED_STREET, 0.6, 'named street', (v) => !/^(?:The|A|An|My|Our|Your)\s/.test(v));
  add(NUMBERED_NAME, 0.55, 'numbered street name', undefined, true);
  CORNER.lastIndex = 0;
  for (const m of text.matchAll(CORNER)) {
    const right = /^(?:[\p{Lu}\d][\p{L}\p{M}\d'’.\-]*)(?:\s+(?:[\p{Lu}\d][\p{L}\p{M}\d'’.\-]*))*/u.exec(m[2]);
    if (!right) continue;
    const sides = m[1] + ' ' + right[0];
    if (!/\d/.test(sides) && !new RegExp(`(?<![\\p{L}])${STREET_TYPE}(?![\\p{L}])`, 'iu').test(sides)) continue;
    const end = m.index + m[0].length - m[2].length + right[0].length;
    out.push({ start: m.index, end: end - (text[end - 1] === '.' ? 1 : 0), score: 0.75, reason: 'street corner' });
  }
  return out;
}

/** Extends an anchor over units, same-line city/postcode tails and following address lines. */
function extend(text: string, a: Anchor): AddressMatch {
  let end = a.end;
  let extras = 0;
  const places: Span[] = [];
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
  }
  // Following lines.
  for (let lines = 0; lines < 6; lines++) {
    const rest = text.slice(end, end + 200);
    const br = LINE_BREAK.exec(rest);
    if (!br) break;
    const blank = /\n[ \t]*\r?\n/.test(br[0]);
    const lineText = rest.slice(br[0].length);
    const m = LINE.exec(lineText);
    if (!m || m[0].trim().length === 0) break;
    const body = m[0].replace(/[ \t]+$/, '');
    if (!AFTER_LINE.test(lineText.slice(body.length))) break;
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

/** All street addresses in `text`, overlapping anchors merged (the widest wins). */
export function findAddresses(text: string): AddressMatch[] {
  if (!/\d/.test(text)) return [];
  const found: AddressMatch[] = [];
  for (const a of anchors(text)) {
    const m = extend(text, a);
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
