// The street vocabularies of the address finder, as plain lists: the regexes are built from them, and the
// cheap gates (address-gate.ts) look words up in the same lists.

const words = (s: string): string[] => s.split(/\s+/).filter(Boolean);

/** USPS Publication 28 street suffixes (common forms and abbreviations) and UK/Commonwealth ones. */
export const STREET_TYPES = words(`street st road rd avenue ave av boulevard blvd lane ln drive dr court
  ct place pl square sq way terrace ter crescent cres close parkway pkwy highway hwy circle cir
  trail trl row mews gardens gdns grove groves hill hills park parks route rte turnpike tpke point pt union
  rapids rapid crossroad crossing xing isle cove coves flat flats fort ft alley aly annex arcade bypass camp canyon cape
  causeway center centre cliff cliffs club common commons corner corners course creek crest curve dale dam divide estate
  estates expressway expy extension falls ferry field fields ford forest forge fork forks freeway fwy gateway glen glens
  green greens harbor harbour haven heights hts hollow inlet island islands junction key keys knoll knolls lake lakes
  landing light lights loaf lock locks lodge loop mall manor manors meadow meadows mill mills mission motorway mount
  mountain mountains mtn neck orchard oval overpass pass passage path pike pine pines plain plains plaza port ports
  prairie ramp ranch rest ridge ridges river run shoal shoals shore shores skyway spring springs spur spurs station
  stravenue stream summit throughway trace track trafficway tunnel underpass valley valleys viaduct view views village
  villages ville vista walk walks wall well wells wynd parade esplanade quay embankment broadway`);

/**
 * Street types that are seldom anything else: with them a lower-case street name may do after an address
 * cue ("ship it to 12 oak street"). The others are everyday words too ("place", "square", "falls", "light")
 * and count only written capitalised, after capitalised name words ("12 Market Place").
 * (Plural forms such as "ways" or "roads" are left out of STREET_TYPES: "5 Unique Ways" is a headline.)
 */
export const STRONG_STREET_TYPES = words(`street st road rd avenue ave av boulevard blvd lane ln drive dr court ct pl sq terrace
  ter crescent cres close parkway pkwy highway hwy cir trl mews gardens gdns tpke turnpike expy expressway fwy freeway xing
  aly hts mtn motorway parade esplanade quay embankment broadway wynd stravenue skyway throughway trafficway viaduct`);

/**
 * Street types that are everyday words or plurals ("5 Unique Ways", "3 Town Squares", "2 Roads"), as test-data
 * generators write them ("743 Hill Ways", "2020 Anderson Squares"): an address only with address lines after it
 * (", Davidberg, PA 19101", "Apt. 3").
 */
export const LINES_ONLY_STREET_TYPES = words(`ways squares roads streets courts drives points parkways centers circles harbors junctions
  unions burgs burg brooks brook fords forges bridge branch radial`);

/** Every type a US-style street (number, name, type) may end with. */
export const US_STREET_TYPES = [...STREET_TYPES, ...LINES_ONLY_STREET_TYPES];

/** Street types that name a street on their own ("Baker Street"), for streets written without a number. */
export const NAMED_STREET_TYPES = words(`Street Road Avenue Lane Boulevard Drive Court Place Square Terrace Crescent Close Way
  Parkway Highway Row Mews Gardens Grove`);

/** Street words that start a European street name ("Rue de …", "ul. …", "Via …"). */
export const STREET_PREFIXES = words(`rue avenue av. avda. avd. boulevard bd bld. bld chemin impasse allée quai place via viale
  piazza piazzale piazzetta corso largo vicolo calle c/ avenida paseo plaza camino carrer carretera rua travessa praça
  estrada alameda ul. ulica al. aleja os. trg λεωφόρος λεωφ. οδός πλατεία улица ул. проспект пр. str. strada calea
  bulevardul šetalište ulitsa`);

/**
 * The street words that may also start a numbered street capitalised ("24 Rua Augusta", "3 Via della Spiga",
 * "12 Rue de Rivoli"): the Romance and Slavic ones that are no English word ("Place", "Plaza" and "Avenue" are).
 */
export const NUMBERED_PREFIXES = [
  ...STREET_PREFIXES,
  ...words(`Rue Rua Calle Carrer Via Viale Piazza Piazzale Corso Largo Vicolo Avenida Paseo Camino Carretera Travessa Praça
  Estrada Alameda Ulica Aleja Strada Calea Bulevardul Chemin Quai Allée`),
];

/** Endings of one-word European street names ("Søndergade", "Kiannonkatu", "Bundesstrasse"). */
export const STREET_SUFFIXES = words(`straße strasse str. gasse weg allee platz ring damm ufer steig pfad gade vej vænget väg
  vägen gatan gata gränd veien vegen vei gate katu tie kuja polku tee iela gatve straat laan plein gracht dreef singel
  kade stræti vegur braut utca útja út ulica ulice cesta ulitsa prospekt sokak sokağı caddesi`);

/** The last word before the number of a post-office box ("P.O. Box 12", "Postfach 3", "Caixa Postal 9"). */
export const PO_BOX_ENDINGS = ['box', 'postfach', 'apartado', 'postal', 'postale'];

/** A regex alternation matching exactly the listed words, in list order. */
export function alternation(list: readonly string[]): string {
  return `(?:${list.map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')})`;
}
