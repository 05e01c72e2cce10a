// Deterministic generator of labelled sentences for the national-identifier evaluation: valid identifiers
// with and without context words in the country's languages, one-digit near misses, and distractor numbers.
import { NATIONAL_KINDS, type NationalKind } from '../engine/detectors/national';
import { scoreMatch, type Lang, type Locale } from '../engine/detectors/national/kind';
import { GENERATORS, changeOneDigit, digits, int, pick, seeded, type Rng } from '../testing/national-generators';

export interface GoldSpan {
  start: number;
  end: number;
  entity: string;
}

export interface EvalSentence {
  text: string;
  lang: Lang;
  spans: GoldSpan[];
  /** What the sentence tests: a valid identifier with or without context, a near miss, or a distractor. */
  kind: 'context' | 'plain' | 'near-miss' | 'distractor';
  /** The entity a context / plain / near-miss sentence was built for. */
  entity?: string;
}

const LANGS_OF: Record<Locale, Lang[]> = {
  us: ['en'], uk: ['en'], ca: ['en', 'fr'], au: ['en'], in: ['en', 'hi'], de: ['de', 'en'], es: ['es', 'en'], it: ['it', 'en'],
  pl: ['pl', 'en'], se: ['sv', 'en'], fi: ['fi', 'en'], kr: ['ko', 'en'], sg: ['en'], za: ['en', 'af'], th: ['th', 'en'],
  tr: ['tr', 'en'], br: ['pt', 'en'], mx: ['es', 'en'], fr: ['fr', 'en'], nl: ['nl', 'en'], be: ['nl', 'fr'], cn: ['zh', 'en'],
};

// {c} is a context word, {v} the identifier.
const WITH_CONTEXT: Partial<Record<Lang, string[]>> = {
  en: ['My {c} is {v}.', '{c}: {v}', 'Please confirm the {c} {v} before Friday.', 'Customer record — {c} {v}, verified.', 'I gave them my {c} ({v}) over the phone.'],
  de: ['Meine {c} lautet {v}.', '{c}: {v}', 'Bitte tragen Sie die {c} {v} ins Formular ein.', 'Laut Akte ist die {c} {v}.'],
  fr: ['Mon {c} est le {v}.', '{c} : {v}', 'Veuillez vérifier le {c} {v} avant lundi.', 'Dossier client, {c} {v}.'],
  es: ['Mi {c} es {v}.', '{c}: {v}', 'Por favor, confirme el {c} {v} antes del viernes.', 'Ficha del cliente: {c} {v}.'],
  it: ['Il mio {c} è {v}.', '{c}: {v}', 'Si prega di indicare il {c} {v} nel modulo.'],
  pl: ['Mój {c} to {v}.', '{c}: {v}', 'Proszę podać {c} {v} w formularzu.'],
  sv: ['Mitt {c} är {v}.', '{c}: {v}', 'Ange {c} {v} i blanketten.'],
  fi: ['{c} on {v}.', '{c}: {v}', 'Asiakkaan {c} {v} tarkistettu.'],
  // Korean attaches particles and Chinese/Thai write without spaces: some context words are glued.
  ko: ['{c}: {v}', '제 {c} {v} 입니다.', '고객 {c} {v} 확인 완료.', '제 {c}는 {v}입니다.'],
  pt: ['Meu {c} é {v}.', '{c}: {v}', 'Por favor, informe o {c} {v} no cadastro.'],
  nl: ['Mijn {c} is {v}.', '{c}: {v}', 'Vul het {c} {v} in op het formulier.'],
  tr: ['{c}: {v}', '{c} {v} olarak kayıtlı.', 'Müşterinin {c} {v} doğrulandı.'],
  zh: ['{c}：{v}', '我的{c}是{v}。', '请核对{c} {v}。'],
  th: ['{c} {v}', '{c}: {v} ครับ', '{c}ของฉันคือ {v}'],
  hi: ['मेरा {c} {v} है।', '{c}: {v}'],
  af: ['My {c} is {v}.', '{c}: {v}'],
};

const PLAIN: Partial<Record<Lang, string[]>> = {
  en: ['Row 214: {v}', 'The value {v} was copied from the scanned form.', 'See {v} in the attached file.', '{v}'],
  de: ['Eintrag 12: {v}', 'Der Wert {v} stammt aus dem Scan.'],
  fr: ['Ligne 8 : {v}', 'La valeur {v} vient du formulaire.'],
  es: ['Fila 31: {v}', 'El valor {v} viene del formulario.'],
  it: ['Riga 5: {v}', 'Il valore {v} proviene dal modulo.'],
  pl: ['Wiersz 9: {v}', 'Wartość {v} pochodzi z formularza.'],
  sv: ['Rad 4: {v}', 'Värdet {v} kom från blanketten.'],
  fi: ['Rivi 7: {v}', 'Arvo {v} tuli lomakkeelta.'],
  ko: ['항목 3: {v}', '값 {v} 이(가) 입력되었습니다.'],
  pt: ['Linha 6: {v}', 'O valor {v} veio do formulário.'],
  nl: ['Regel 2: {v}', 'De waarde {v} komt uit het formulier.'],
  tr: ['Satır 11: {v}', 'Değer {v} formdan alındı.'],
  zh: ['第3行：{v}', '数据{v}来自表单。'],
  th: ['แถว 5: {v}'],
  hi: ['पंक्ति 4: {v}'],
  af: ['Ry 3: {v}'],
};

const DISTRACTORS: ((r: Rng) => string)[] = [
  (r) => `Order ${digits(r, 9)} shipped on 2024-0${int(r, 1, 9)}-1${int(r, 0, 9)}.`,
  (r) => `Call +1 (${int(r, 200, 999)}) 555-0${digits(r, 3)} or +44 20 7946 0${digits(r, 3)}.`,
  (r) => `Invoice ${digits(r, 4)}-${digits(r, 6)}, total €${int(r, 10, 9999)}.${digits(r, 2)}`,
  (r) => `timestamp ${int(r, 1600000000, 1750000000)}${digits(r, 3)} step ${int(r, 1000, 999999)}`,
  (r) => `Tracking ${digits(r, 12)} — parcel left at the depot.`,
  (r) => `Batch ${digits(r, 11)} processed in ${int(r, 1, 999)} ms.`,
  (r) => `ref ${digits(r, 13)} / seed ${digits(r, 6)}`,
  (r) => `SKU ${pick(r, ['AB', 'XQ', 'ZT', 'KM'])}${digits(r, 7)} in stock: ${int(r, 0, 500)}`,
  (r) => `Lot ${digits(r, 3)} ${digits(r, 3)} ${digits(r, 3)} expires 12/2026.`,
  (r) => `Meter reading ${digits(r, 10)} kWh on ${int(r, 1, 28)}.${int(r, 1, 12)}.2024`,
  (r) => `Build ${digits(r, 8)}-${digits(r, 4)} passed ${int(r, 100, 999)} tests.`,
  (r) => `Account balance 1${digits(r, 2)},${digits(r, 3)},${digits(r, 3)} as of Q3.`,
  (r) => `Model ${pick(r, ['ZX', 'QT', 'RB'])}-${digits(r, 4)}${pick(r, ['A', 'B', 'X'])} ships with ${int(r, 2, 64)} GB.`,
];

function fill(template: string, c: string, v: string): { text: string; start: number } {
  const before = template.slice(0, template.indexOf('{v}')).replace('{c}', c);
  const after = template.slice(template.indexOf('{v}') + 3).replace('{c}', c);
  return { text: before + v + after, start: before.length };
}

function contextWordsIn(kind: NationalKind, lang: Lang): string[] | undefined {
  return kind.context[lang] ?? (lang === 'en' ? undefined : kind.context.en);
}

export interface EvalOptions {
  seed?: number;
  perKindContext?: number;
  perKindPlain?: number;
  perKindNearMiss?: number;
  distractors?: number;
}

/** The evaluation set; the same options always give the same sentences. */
export function generateNationalSentences(opts: EvalOptions = {}): EvalSentence[] {
  const { seed = 20240501, perKindContext = 16, perKindPlain = 8, perKindNearMiss = 6, distractors = 300 } = opts;
  const r = seeded(seed);
  const out: EvalSentence[] = [];
  for (const kind of NATIONAL_KINDS) {
    const gen = GENERATORS[kind.entity];
    const langs = LANGS_OF[kind.locale];
    const make = (withContext: boolean, value: string): { text: string; lang: Lang; start: number } => {
      const lang = pick(r, langs);
      const words = contextWordsIn(kind, lang) ?? contextWordsIn(kind, 'en') ?? Object.values(kind.context)[0];
      const templates = (withContext ? WITH_CONTEXT[lang] : PLAIN[lang]) ?? (withContext ? WITH_CONTEXT.en : PLAIN.en)!;
      const { text, start } = fill(pick(r, templates), pick(r, words ?? ['']), value);
      return { text, lang, start };
    };
    for (let i = 0; i < perKindContext + perKindPlain; i++) {
      const v = gen(r);
      const withContext = i < perKindContext;
      const { text, lang, start } = make(withContext, v);
      out.push({ text, lang, spans: [{ start, end: start + v.length, entity: kind.entity }], kind: withContext ? 'context' : 'plain', entity: kind.entity });
    }
    // A near miss must really be invalid: for shape-only kinds a changed digit is just another valid number.
    for (let i = 0, tries = 0; i < perKindNearMiss && tries < perKindNearMiss * 20; tries++) {
      const bad = changeOneDigit(gen(r), r);
      if (scoreMatch(kind, bad) !== undefined) continue;
      const { text, lang } = make(true, bad);
      out.push({ text, lang, spans: [], kind: 'near-miss', entity: kind.entity });
      i++;
    }
  }
  for (let i = 0; i < distractors; i++) out.push({ text: pick(r, DISTRACTORS)(r), lang: 'en', spans: [], kind: 'distractor' });
  return out;
}
