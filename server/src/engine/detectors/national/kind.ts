// The factory that turns a row of the national-identifier table into a Detector.
import type { Candidate, Detector } from '../../types';
import { contextRegExp, keyWords } from '../../context';
import { cachedProfile, ProfileTrigger, type Cluster } from './profile';
import type { NationalKind } from './row';
import { NATIONAL_KINDS } from './table';
import { today } from './dates';

export type { Check, Lang, Locale, NationalKind } from './row';

const SEPARATORS = /[\s.\-/]/g;
const NOT_COMPACT = /[^0-9A-Z]/;

export function defaultCompact(raw: string): string {
  return raw.replace(SEPARATORS, '').toUpperCase();
}

/** Every context word of a row, all languages, without duplicates. */
export function contextWordsOf(kind: NationalKind): string[] {
  return [...new Set(Object.values(kind.context).flat())];
}

/**
 * Added to a match's base score when a context word that only its own row lists is near: of two kinds that
 * match the same number and share a context word ("passport"), the one its own word names ("british
 * passport", "us passport") wins instead of the first in the table.
 */
export const OWN_WORD_BONUS = 0.05;

let ownWords: Map<NationalKind, string[]> | undefined;

/** The context words only this row of the table lists, for a row that shares some word with another; else []. */
export function ownWordsOf(kind: NationalKind): string[] {
  if (!ownWords) {
    const rowsOf = new Map<string, Set<NationalKind>>();
    for (const k of NATIONAL_KINDS) for (const w of contextWordsOf(k)) rowsOf.set(w.toLowerCase(), (rowsOf.get(w.toLowerCase()) ?? new Set()).add(k));
    ownWords = new Map(
      NATIONAL_KINDS.map((k) => {
        const words = contextWordsOf(k);
        const shares = words.some((w) => rowsOf.get(w.toLowerCase())!.size > 1);
        return [k, shares ? words.filter((w) => rowsOf.get(w.toLowerCase())!.size === 1) : []];
      }),
    );
  }
  return ownWords.get(kind) ?? [];
}

/**
 * A test for any of `words` anywhere in a text, looser than context.ts's (no boundary checks): a gate before
 * the exact test. context.ts's whole-text test wants no letter or digit after a word, so "dl#123456789" or
 * "Passport #123456789" looked like no context at all, while the exact test cuts the text at the match.
 */
export function wordGate(words: readonly string[]): RegExp {
  const body = (w: string) => w.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '[\\s_-]+');
  return new RegExp(words.map(body).join('|'), 'iu');
}

const TWO_DIGITS = /\d\d/;
const MARGIN = 3;
/** As in context.ts: how far before a match a context word counts. */
export const CONTEXT_WINDOW = 48;

/** Whether `re` (a context expression) matches in the CONTEXT_WINDOW characters before `start`, or in `key`. */
function nearOrInKey(re: RegExp, text: string, start: number, key: string | undefined): boolean {
  return re.test(text.slice(Math.max(0, start - CONTEXT_WINDOW), start)) || (key !== undefined && re.test(keyWords(key)));
}

/** Scores a raw match; `plain`: the caller knows it holds only digits and capitals (its own compact form). */
type Scorer = (raw: string, plain?: boolean) => number | undefined;

const scorers = new WeakMap<NationalKind, Scorer>();

/** A row's scoring of one raw match, with the row's fields read once (rows are object literals of many
 *  shapes, and reading their fields on every match went through slow megamorphic lookups). */
function scorerOf(kind: NationalKind): Scorer {
  let f = scorers.get(kind);
  if (f) return f;
  const { compact, validate, scoreOf, score, formattedScore } = kind;
  // Only dated kinds read the clock (once a day; validators of the others never look at `today`).
  const dated = kind.check === 'date' || kind.check === 'date+checksum';
  f = (raw, plain) => {
    // A match of digits and capitals only is its own default compact form (the usual case).
    const c = compact ? compact(raw) : plain || !NOT_COMPACT.test(raw) ? raw : defaultCompact(raw);
    if (!validate(c, dated ? today() : 0)) return undefined;
    if (scoreOf) return scoreOf(c, raw);
    return raw.length !== c.length && formattedScore !== undefined ? formattedScore : score;
  };
  scorers.set(kind, f);
  return f;
}

/** Scores one raw match of a row, or undefined when it fails validation. */
export function scoreMatch(kind: NationalKind, raw: string): number | undefined {
  return scorerOf(kind)(raw);
}

/** A row made ready to match: its context words compiled once, shared by its own and the fused detector. */
export interface PreparedKind {
  readonly kind: NationalKind;
  /** Every context word of the row; one array per row, so context.ts compiles it once. */
  readonly contextWords: string[];
  /** Keys under which a JSON number is scanned for this row. */
  readonly numberKeys: string[] | undefined;
  /** Whether a context word may be in the text or the key (wordGate; what a needs-context row asks first). */
  anyContext(text: string, key: string | undefined): boolean;
  /**
   * Appends the valid matches of the row in `slice`, which starts at `from` in `text` and covers one
   * cluster and MARGIN characters around it. `tagged` candidates name their rule, entity and context
   * words (for the fused detector, which stands for many rows).
   */
  collect(text: string, from: number, slice: string, key: string | undefined, out: Candidate[], tagged: boolean): void;
  /**
   * What `collect` does with one match `raw` of the pattern at `start` in `text`: validate, score, append.
   * `plain`: the caller knows `raw` holds only digits and capitals.
   */
  accept(text: string, start: number, raw: string, key: string | undefined, out: Candidate[], tagged: boolean, plain?: boolean): void;
}

const prepared = new WeakMap<NationalKind, PreparedKind>();

export function prepareKind(kind: NationalKind): PreparedKind {
  let p = prepared.get(kind);
  if (p) return p;
  const contextWords = contextWordsOf(kind);
  // Built once (context.ts would rebuild its cache key on every call), on first use: most kinds never need
  // theirs, and compiling them all cost the CLI ~25 ms at every start.
  let built: RegExp | undefined;
  const contextRe = () => (built ??= contextRegExp(contextWords));
  const keyHasContext = (key: string | undefined) => key !== undefined && contextRe().test(keyWords(key));
  let gate: RegExp | undefined;
  const hasContext = (text: string, start: number, key: string | undefined) => nearOrInKey(contextRe(), text, start, key);
  const own = ownWordsOf(kind);
  let ownBuilt: RegExp | undefined;
  const hasOwnWord = (text: string, start: number, key: string | undefined) => own.length > 0 && nearOrInKey((ownBuilt ??= contextRegExp(own)), text, start, key);
  const scoreOf = scorerOf(kind);
  const { reason, id: rule, entity, label, contextBoost } = kind;
  const needsContext = kind.needsContext === true;
  const accept = (text: string, start: number, raw: string, key: string | undefined, out: Candidate[], tagged: boolean, plain?: boolean) => {
    let score = scoreOf(raw, plain);
    if (score === undefined) return;
    if (needsContext && !hasContext(text, start, key)) return;
    if (hasOwnWord(text, start, key)) score += OWN_WORD_BONUS;
    const end = start + raw.length;
    out.push(
      tagged
        ? { start, end, score, reasons: [reason], rule, entity, label, contextWords, contextBoost }
        : { start, end, score, reasons: [reason] },
    );
  };
  p = {
    kind,
    contextWords,
    numberKeys: kind.numeric ? contextWords.filter((w) => /^[\p{L}\p{N} ._-]+$/u.test(w)) : undefined,
    anyContext: (text, key) => (gate ??= wordGate(contextWords)).test(text) || keyHasContext(key),
    accept,
    collect(text, from, slice, key, out, tagged) {
      // exec with lastIndex set before each call: no per-call regex clone, and safe if another
      // generator over the same pattern runs in between.
      const re = kind.pattern.re;
      let pos = 0;
      for (;;) {
        re.lastIndex = pos;
        const m = re.exec(slice);
        if (!m) break;
        pos = re.lastIndex;
        accept(text, from + m.index, m[0], key, out, tagged);
      }
    },
  };
  prepared.set(kind, p);
  return p;
}

/** The cluster's stretch of `text` a row's pattern runs on; every match lies inside it. */
export function clusterSlice(text: string, cl: Cluster): { from: number; slice: string } {
  // Every match lies inside one cluster (a trailing lowercase x at most); the margin gives the
  // pattern's boundary look-arounds the characters they inspect.
  const from = Math.max(0, cl.start - MARGIN);
  return { from, slice: text.slice(from, Math.min(text.length, cl.end + MARGIN)) };
}

/** The factory: a table row becomes a Detector. */
export function nationalDetector(kind: NationalKind): Detector {
  const p = prepareKind(kind);
  return {
    id: kind.id,
    entity: kind.entity,
    label: kind.label,
    description: kind.description,
    tags: ['national-id', kind.locale],
    defaultSeverity: 'warning',
    scope: 'digits',
    skipsIds: true,
    minDigits: kind.minDigits,
    contextWords: p.contextWords,
    contextBoost: kind.contextBoost,
    trigger: new ProfileTrigger(kind.trigger ?? TWO_DIGITS, kind.minDigits, kind.letterDigit ?? false),
    numberKeys: p.numberKeys,
    detect(text, ctx): Candidate[] {
      const profile = cachedProfile(text);
      if (profile.maxDigits < kind.minDigits || (kind.letterDigit && !profile.letterDigit)) return [];
      // A kind that needs a context word skips texts (and keys) that hold none anywhere.
      if (kind.needsContext && !p.anyContext(text, ctx.key)) return [];
      const out: Candidate[] = [];
      for (const cl of profile.clusters) {
        if (cl.digits < kind.minDigits || (kind.letterDigit && !cl.letterDigit)) continue;
        const { from, slice } = clusterSlice(text, cl);
        p.collect(text, from, slice, ctx.key, out, false);
      }
      return out;
    },
  };
}
