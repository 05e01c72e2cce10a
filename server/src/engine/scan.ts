// The engine: cuts a document into units, runs the detectors over each unit's segments,
// scores, resolves overlaps, and returns findings in document offsets.
import type { Candidate, Detector, DetectorContext, Finding, Severity } from './types';
import type { DatasanSettings } from './settings';
import { applyContext, keyWords } from './context';
import { type Segment, ownJsonString, ownString, rawOffset, rawSegment } from './formats/segment';
import { jsonSegments } from './formats/json';
import { parseRow, rowSegments } from './formats/csv';
import { type Format, type Unit, units } from './formats/units';
import type { Allowlist } from './allowlist';
import { literalAlternation, requiredLiterals } from './needles';
import { pushAll } from './arrays';
import { UserPattern } from './regex-safety';

/** A detector match in unit offsets, before settings-dependent filtering. */
export interface Hit {
  start: number;
  end: number;
  detector: Detector;
  rule: string;
  entity: string;
  label: string;
  score: number;
  reasons: string[];
  container: Segment['container'];
  /** The decoded value, kept in memory only to check the allow-list. */
  value: string;
}

export interface UnitResult {
  hits: Hit[];
  invalidJson: boolean;
  /**
   * Labels of the detectors that failed (threw) on this unit, or ENGINE_PART when the unit could not be
   * cut into segments: their findings in it are missing, every other finding is kept.
   */
  failed?: string[];
}

/** The rule of the notice a unit gets when a detector failed on it. */
export const DETECTOR_FAILED = 'engine/detector-failed';
/** The rule of the notice a JSONL line gets when it is not valid JSON. */
export const INVALID_JSON = 'format/invalid-json';
/** What `failed` names when the unit itself could not be read into segments. */
export const ENGINE_PART = 'engine';

export interface ScanOptions {
  /** Overrides the active detectors (e.g. only the structured ones on the main thread). */
  detectors?: readonly Detector[];
  /** Only these entities. */
  entities?: ReadonlySet<string>;
  allowlist?: Allowlist;
}

export interface ScanResult {
  findings: Finding[];
  /** Format notes ("Line 3 is not valid JSON"): not PII, shown as information. */
  notices: Finding[];
}

const CACHE_LIMIT = 200_000;

/** Characters kept on each side of a digit run for detectors of scope "digits" (as the context window). */
export const CONTEXT_MARGIN = 48;
/** Shorter texts are given to every detector whole. */
export const WINDOWED_ABOVE = 4 * CONTEXT_MARGIN;
const NEXT_DIGIT = /\d/g;
const isAsciiDigit = (c: number) => c >= 48 && c <= 57;
/** A literal that may occur in a UUID. */
const UUID_CHARS = /^[0-9A-Fa-f-]+$/;
const HAS_DIGIT = /\d/;
/** Values without a digit up to this length that gave no hit are remembered (Scanner.quiet): at most QUIET_LIMIT values and keys in all. */
const QUIET_TEXT_MAX = 32;
const QUIET_LIMIT = 50_000;

/** Whether `text` holds an ASCII digit: a short one walked here (a regex call costs more than its few characters), a longer one searched natively. */
function hasDigit(text: string): boolean {
  if (text.length > 24) return HAS_DIGIT.test(text);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** Whether `text` is wholly a UUID (8-4-4-4-12 hex digits, either case). */
export function isUuid(text: string): boolean {
  if (text.length !== 36) return false;
  for (let i = 0; i < 36; i++) {
    const c = text.charCodeAt(i);
    if (i === 8 || i === 13 || i === 18 || i === 23) {
      if (c !== 45 /* - */) return false;
    } else if (!((c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 102))) return false;
  }
  return true;
}

/**
 * The allow patterns that are valid and safe to run; each other one is named by its index in `problems`
 * (not quoted: a pattern may hold a value) with the reason it is not used.
 */
export function compileAllowPatterns(sources: readonly string[]): { patterns: UserPattern[]; problems: string[] } {
  const patterns: UserPattern[] = [];
  const problems: string[] = [];
  sources.forEach((source, i) => {
    const p = UserPattern.compile(source, 'u');
    if (p instanceof UserPattern) patterns.push(p);
    else problems.push(`datasan.allowPatterns[${i}] is not used: ${p.error}.`);
  });
  return { patterns, problems };
}

/** Prose is made of words: a long piece with no space at all is a token (base64, a hash, padding). */
export function isProse(piece: string): boolean {
  return piece.length <= 200 || /\s/.test(piece);
}

/** Pieces [start, end) of at most `max` characters covering `text`, cut after a line break or a space where one is near. */
export function chunks(text: string, max: number): [number, number][] {
  const out: [number, number][] = [];
  for (let a = 0; a < text.length; ) {
    let b = Math.min(text.length, a + max);
    if (b < text.length) {
      // Searched within the piece only: lastIndexOf on the whole text would walk back to its start.
      const piece = text.slice(a, b);
      const nl = piece.lastIndexOf('\n');
      const sp = piece.lastIndexOf(' ');
      const cut = nl > max / 2 ? nl : sp > max / 2 ? sp : -1;
      if (cut !== -1) b = a + cut + 1;
    }
    out.push([a, b]);
    a = b;
  }
  return out;
}

/**
 * Which of `detectors` may match a text, in one pass, so that most texts cost one needle search instead of
 * a trigger test per detector. A detector whose trigger has literals one of which each match must contain
 * (needles.ts) may match only where one of them occurs: the needles of every such trigger are searched
 * for in one regex, factored by their first characters, and a needle found marks only the detectors that
 * need it (a common word that one trigger needs costs that trigger alone). The other detectors (a trigger
 * without such literals, or one any letter or digit satisfies, as the free-text detectors') are always
 * marked, and so is one whose key trigger matches the key. A marked detector still tests its own trigger.
 * A text that is wholly a UUID (`id`) is not searched: it marks only the detectors that may match in one,
 * those that do not skip ids and whose trigger has no required literals or one made of UUID characters.
 */
export function detectorGate(detectors: readonly Detector[]): (text: string, key: string | undefined, into: Uint8Array, id?: boolean) => void {
  const literals = detectors.map((d) => (d.trigger instanceof RegExp && !d.trigger.test('aA1') ? requiredLiterals(d.trigger) : undefined));
  const always = detectors.flatMap((_, i) => (literals[i] ? [] : [i]));
  const all = [...new Set(literals.flatMap((l) => l ?? []))];
  // A needle that contains another ("sk-ant-" and "-") adds nothing.
  const needles = all.filter((n) => !all.some((m) => m !== n && n.includes(m)));
  // Per needle, the detectors one of whose literals contains it.
  const owners = new Map(needles.map((n) => [n, detectors.flatMap((_, i) => (literals[i]?.some((l) => l.includes(n)) ? [i] : []))]));
  const anyNeedle = needles.length ? new RegExp(literalAlternation(needles), 'g') : undefined;
  const inIds = detectors.flatMap((d, i) => (!d.skipsIds && (!literals[i] || literals[i].some((l) => UUID_CHARS.test(l))) ? [i] : []));
  const keyed = detectors.flatMap((d, i) => (d.keyTrigger ? [i] : []));
  // Keys repeat across records: which detectors one opens is worked out once.
  const keyOpens = new Map<string, number[]>();
  const openedBy = (key: string) => {
    let v = keyOpens.get(key);
    if (v === undefined) {
      if (keyOpens.size > 10_000) keyOpens.clear();
      keyOpens.set(key, (v = keyed.filter((i) => detectors[i].keyTrigger!.test(key))));
    }
    return v;
  };
  return (text, key, into, id) => {
    into.fill(0);
    if (id) for (const i of inIds) into[i] = 1;
    else for (const i of always) into[i] = 1;
    if (anyNeedle && !id) {
      anyNeedle.lastIndex = 0;
      let seen: string[] | undefined;
      for (let m = anyNeedle.exec(text); m; m = anyNeedle.exec(text)) {
        // Needles may overlap: the next one is looked for from the next character.
        anyNeedle.lastIndex = m.index + 1;
        const n = m[0];
        if (seen?.includes(n)) continue;
        (seen ??= []).push(n);
        for (const i of owners.get(n)!) into[i] = 1;
        if (seen.length === needles.length) break;
      }
    }
    if (key && keyed.length) for (const i of openedBy(key)) into[i] = 1;
  };
}

/** Merged windows [start, end) of CONTEXT_MARGIN characters around every digit run of `text`, each with its number of digits. */
export function digitWindows(text: string): [start: number, end: number, digits: number][] {
  const out: [number, number, number][] = [];
  // test() with lastIndex finds the next digit without a match array; the run is walked from there.
  NEXT_DIGIT.lastIndex = 0;
  while (NEXT_DIGIT.test(text)) {
    const start = NEXT_DIGIT.lastIndex - 1;
    let end = start + 1;
    while (end < text.length && isAsciiDigit(text.charCodeAt(end))) end++;
    NEXT_DIGIT.lastIndex = end;
    const a = Math.max(0, start - CONTEXT_MARGIN);
    const b = Math.min(text.length, end + CONTEXT_MARGIN);
    const last = out[out.length - 1];
    if (last && a <= last[1]) {
      last[1] = b;
      last[2] += end - start;
    } else out.push([a, b, end - start]);
  }
  return out;
}

/** Per ASCII character, flags: DIGIT, JOINS_DIGITS (space . - + ( ), as in written numbers), IN_TOKEN (letters, digits, _ ~ . -). */
const DIGIT = 1;
const JOINS_DIGITS = 2;
const IN_TOKEN = 4;
const CHAR_FLAGS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  CHAR_FLAGS[c] = (/\d/.test(ch) ? DIGIT : 0) | (' .-+()'.includes(ch) ? JOINS_DIGITS : 0) | (/[\w~.-]/.test(ch) ? IN_TOKEN : 0);
}

/**
 * In one pass over `text`: its ASCII digits into `into[0]`; into `into[1]` the most of them in one run of
 * digits and the characters that join them in written numbers (space . - + ( )); into `into[2]` the longest
 * run of token characters (ASCII letters, digits, _ ~ . -).
 */
export function countDigits(text: string, into: Int32Array): void {
  let digits = 0;
  let run = 0;
  let most = 0;
  let token = 0;
  let longest = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const flags = c < 128 ? CHAR_FLAGS[c] : 0;
    if (flags & DIGIT) {
      digits++;
      if (++run > most) most = run;
    } else if (!(flags & JOINS_DIGITS)) run = 0;
    if (flags & IN_TOKEN) {
      if (++token > longest) longest = token;
    } else token = 0;
  }
  into[0] = digits;
  into[1] = most;
  into[2] = longest;
}

/**
 * A detector's fields that the scan reads for every text, copied into one class: detectors are object
 * literals of many shapes, and reading their fields in the loop over texts went through megamorphic lookups.
 */
class Prepared {
  readonly trigger: RegExp | undefined;
  readonly keyTrigger: RegExp | undefined;
  readonly minDigits: number;
  readonly minRunDigits: number;
  readonly minTokenRun: number;
  /** 0: texts are given whole. */
  readonly maxChunk: number;
  /** Candidates scoring below this cannot reach minConfidence, even with a context word. */
  readonly floor: number;
  readonly hasNumberKeys: boolean;
  readonly skipsIds: boolean;

  constructor(
    readonly d: Detector,
    minConfidence: number,
  ) {
    this.trigger = d.trigger;
    this.keyTrigger = d.keyTrigger;
    this.minDigits = d.minDigits ?? 0;
    this.minRunDigits = d.minRunDigits ?? 0;
    this.minTokenRun = d.minTokenRun ?? 0;
    this.maxChunk = d.maxChunk ?? 0;
    // Rounded: 0.5 - 0.35 is 0.15000000000000002 in floating point, which dropped a 0.15 that a context word lifts to 0.5.
    this.floor = Math.round((minConfidence - (d.contextWords?.length ? (d.contextBoost ?? 0.35) : 0)) * 1e6) / 1e6;
    this.hasNumberKeys = !!d.numberKeys;
    this.skipsIds = d.skipsIds === true;
  }

  /** Whether the detector can match in a text of these counts (countDigits). */
  mayMatch(counts: Int32Array): boolean {
    return this.minDigits <= counts[0] && this.minRunDigits <= counts[1] && this.minTokenRun <= counts[2];
  }
}

export class Scanner {
  readonly detectors: readonly Detector[];
  private readonly prepared: readonly Prepared[];
  private readonly digitScoped: readonly Prepared[];
  /** The digit-scoped detectors that still look at a text which is wholly an id (Detector.skipsIds). */
  private readonly digitScopedInIds: readonly Prepared[];
  private readonly anyText: readonly Prepared[];
  /** Marks the anyText detectors that may match a segment (detectorGate), in `mayRun`. */
  private readonly anyTextGate: ReturnType<typeof detectorGate>;
  private readonly mayRun: Uint8Array;
  /**
   * Triggers that several anyText detectors have, each tested once per segment; the first is /\d/, which
   * the digit-scoped detectors need anyway. Per anyText detector, `sharedTrigger` is its index here or -1.
   */
  private readonly sharedTriggers: RegExp[] = [HAS_DIGIT];
  private readonly sharedTrigger: Int8Array;
  /** Per shared trigger, its result for the current segment: -1 not tested yet, 0 false, 1 true. */
  private readonly sharedResult: Int8Array;
  private readonly cache = new Map<string, UnitResult>();
  /** Per container and key, the short values without a digit that gave no hit (detectSegment). */
  private readonly quiet = new Map<string, Map<string | undefined, Set<string>>>();
  /** Values and keys in `quiet`. */
  private quietCount = 0;
  /** countDigits of the text being scanned. */
  private readonly digitCounts = new Int32Array(3);
  private readonly allowPatterns: UserPattern[];
  private readonly numberKey: (key: string) => boolean;

  constructor(
    readonly settings: DatasanSettings,
    private readonly options: ScanOptions & { detectors: readonly Detector[] },
  ) {
    const reports = (d: Detector) => d.entities ?? [d.entity];
    this.detectors = options.detectors.filter(
      (d) => reports(d).some((e) => this.severityOf(d, e) !== 'off') && (!options.entities || reports(d).some((e) => options.entities!.has(e))),
    );
    this.prepared = this.detectors.map((d) => new Prepared(d, settings.minConfidence));
    this.digitScoped = this.prepared.filter((p) => p.d.scope === 'digits');
    this.digitScopedInIds = this.digitScoped.filter((p) => !p.skipsIds);
    this.anyText = this.prepared.filter((p) => p.d.scope !== 'digits');
    this.anyTextGate = detectorGate(this.anyText.map((p) => p.d));
    this.mayRun = new Uint8Array(this.anyText.length);
    const triggerKey = (d: Detector) => (d.trigger instanceof RegExp && !d.trigger.global && !d.trigger.sticky ? `${d.trigger.flags}/${d.trigger.source}` : undefined);
    const keys = this.anyText.map((p) => triggerKey(p.d));
    const index = new Map<string, number>();
    this.sharedTrigger = Int8Array.from(this.anyText, ({ d }, i) => {
      const k = keys[i];
      if (k === undefined) return -1;
      if (d.trigger!.source === '\\d' || d.trigger!.source === '[0-9]') return 0;
      if (keys.indexOf(k) === keys.lastIndexOf(k)) return -1;
      let g = index.get(k);
      if (g === undefined) index.set(k, (g = this.sharedTriggers.push(d.trigger!) - 1));
      return g;
    });
    this.sharedResult = new Int8Array(this.sharedTriggers.length);
    this.allowPatterns = compileAllowPatterns(settings.allowPatterns).patterns;
    this.numberKey = numberKeyTest(this.detectors);
  }

  severityOf(d: Detector, entity: string, rule = d.id): Severity | 'off' {
    return this.settings.severity[rule] ?? this.settings.severity[entity] ?? d.defaultSeverity;
  }

  /**
   * Scans a whole document once. Uncached: a one-shot scan rarely meets a unit twice, and keeping every
   * unit's result alive cost it 13% (names on) to 25% (names off) of its time in garbage collection.
   */
  scan(text: string, format: Format): ScanResult {
    const acc = this.accumulate(format, text, false);
    for (const unit of units(text, format)) acc.add(unit);
    return acc.result;
  }

  /**
   * The same scan, yielding to the event loop every `sliceMs` so that an editor stays responsive;
   * resolves to undefined as soon as `isCancelled()` turns true. Cached per unit: an editor scans the same
   * document again after each edit.
   */
  async scanAsync(text: string, format: Format, isCancelled: () => boolean, sliceMs = 15): Promise<ScanResult | undefined> {
    const acc = this.accumulate(format, text);
    let deadline = Date.now() + sliceMs;
    for (const unit of units(text, format)) {
      acc.add(unit);
      if (Date.now() >= deadline) {
        await new Promise((r) => setImmediate(r));
        if (isCancelled()) return undefined;
        deadline = Date.now() + sliceMs;
      }
    }
    return isCancelled() ? undefined : acc.result;
  }

  /** Collects findings unit by unit; CSV/TSV need the whole `text` for their header row. */
  accumulate(format: Format, text = '', cached = true) {
    const result: ScanResult = { findings: [], notices: [] };
    const headers = this.headersOf(text, format);
    const add = (unit: Unit) => this.collect(unit, this.scanUnit(unit.text, format, headers, cached), result);
    return { add, result };
  }

  /** Turns a unit's hits into findings (settings-dependent filters applied), appended to `into`. */
  collect(unit: Unit, r: UnitResult, into: ScanResult): void {
    if (r.invalidJson) into.notices.push(invalidJsonNotice(unit));
    if (r.failed) into.notices.push(detectorFailedNotice(unit, r.failed));
    for (const h of r.hits) {
      if (h.score < this.settings.minConfidence || this.isAllowed(h)) continue;
      const severity = this.severityOf(h.detector, h.entity, h.rule);
      if (severity === 'off') continue;
      into.findings.push({
        rule: h.rule,
        entity: h.entity,
        start: unit.start + h.start,
        end: unit.start + h.end,
        confidence: Math.round(h.score * 100) / 100,
        severity,
        message: h.label,
        reasons: h.reasons,
        container: h.container,
        record: unit.record,
      });
    }
  }

  private headers(text: string, delimiter: string): string[] {
    const row = parseRow(text, 0, delimiter.charCodeAt(0));
    return row.cells.map((c) => text.slice(c.start, c.end).trim());
  }

  private isAllowed(h: Hit): boolean {
    for (const re of this.allowPatterns) if (re.test(h.value)) return true;
    return !!this.options.allowlist?.has(h.value, h.entity);
  }

  /** Scans one unit, from the cache when the same text was scanned before. */
  scanUnit(text: string, format: Format, headers?: string[], cached = true): UnitResult {
    if (!cached) return this.detectUnit(text, format, headers);
    const cacheKey = headers ? `${format}\u0000${headers.join('\u0001')}\u0000${text}` : `${format}\u0000${text}`;
    let r = this.cache.get(cacheKey);
    if (r) return r;
    r = this.detectUnit(text, format, headers);
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    this.cache.set(cacheKey, r);
    return r;
  }

  /** The pieces of a unit the detectors see: JSON values, CSV cells, or the text itself. */
  segmentsOf(text: string, format: Format, headers?: string[], alsoNumbersUnder?: (key: string) => boolean): { segments: Segment[]; invalidJson: boolean } {
    if (format === 'jsonl' || format === 'json') {
      // `alsoNumbersUnder`: JSON numbers detectors outside this scanner read (the names pass's ages).
      const wantsNumber = alsoNumbersUnder ? (key: string) => this.numberKey(key) || alsoNumbersUnder(key) : this.numberKey;
      const segments = jsonSegments(text, { scanKeys: this.settings.scanKeys, wantsNumber });
      if (segments) return { segments, invalidJson: false };
      return { segments: [rawSegment(text)], invalidJson: format === 'jsonl' };
    }
    if (format === 'csv' || format === 'tsv') return { segments: rowSegments(text, parseRow(text, 0, (format === 'csv' ? ',' : '\t').charCodeAt(0)), headers), invalidJson: false };
    return { segments: [rawSegment(text)], invalidJson: false };
  }

  /** The CSV/TSV header cells that key a document's cells, or undefined for other formats. */
  headersOf(text: string, format: Format): string[] | undefined {
    return format === 'csv' || format === 'tsv' ? this.headers(text, format === 'csv' ? ',' : '\t') : undefined;
  }

  /**
   * The hits of one decoded text (a JSON string value, a CSV cell, a paragraph) under its field, found as a
   * unit's segment is: the names worker runs this for each text the server sends it.
   */
  detectText(text: string, key?: string): UnitResult {
    return this.detectSegments([rawSegment(text, 0, key?.toLowerCase())], false);
  }

  /** Detectors that failed on the unit being scanned (see UnitResult.failed). */
  private failures: string[] | undefined;

  /** A unit's hits. A detector that throws loses only its own findings in this unit; nothing here throws. */
  private detectUnit(text: string, format: Format, headers?: string[]): UnitResult {
    let cut: { segments: Segment[]; invalidJson: boolean };
    try {
      cut = this.segmentsOf(text, format, headers);
    } catch {
      return { hits: [], invalidJson: false, failed: [ENGINE_PART] };
    }
    // A valid line's undecoded strings hold no escape, quote or control character.
    for (const seg of cut.segments) if (!seg.map) seg.text = seg.container === 'json-string' ? ownJsonString(seg.text) : ownString(seg.text);
    return this.detectSegments(cut.segments, cut.invalidJson);
  }

  private detectSegments(segments: readonly Segment[], invalidJson: boolean): UnitResult {
    this.failures = undefined;
    try {
      const hits: Hit[] = [];
      for (const seg of segments) this.detectSegment(seg, hits);
      const r: UnitResult = { hits: resolveOverlaps(hits), invalidJson };
      if (this.failures) r.failed = this.failures;
      return r;
    } catch {
      return { hits: [], invalidJson: false, failed: [ENGINE_PART] };
    } finally {
      this.failures = undefined;
    }
  }

  /** The quiet values (no hit) seen under a segment's container and key. */
  private quietUnder(seg: Segment): Set<string> {
    let byKey = this.quiet.get(seg.container);
    if (!byKey) this.quiet.set(seg.container, (byKey = new Map()));
    let set = byKey.get(seg.key);
    if (!set) {
      byKey.set(seg.key, (set = new Set()));
      this.quietCount++;
    }
    return set;
  }

  /** Detector failures noted so far (any unit): whether one failed on a segment. */
  private failCount = 0;

  private noteFailure(d: Detector): void {
    this.failCount++;
    const failures = (this.failures ??= []);
    if (!failures.includes(d.label)) failures.push(d.label);
  }

  private detectSegment(seg: Segment, out: Hit[]): void {
    if (seg.container === 'json-number') {
      const ctx: DetectorContext = { key: seg.key, container: seg.container };
      for (const p of this.prepared) if (p.hasNumberKeys && seg.key && this.numberKeyOf(p.d, seg.key)) this.detectIn(p, seg, 0, seg.text, out, ctx);
      return;
    }
    const digit = hasDigit(seg.text);
    // Short values without a digit ("user", "en", "assistant") come again record after record under the
    // same key: one that gave no hit is not scanned again.
    let quiet = !digit && seg.text.length <= QUIET_TEXT_MAX ? this.quietUnder(seg) : undefined;
    if (quiet?.has(seg.text)) return;
    const before = out.length;
    const failedBefore = this.failCount;
    const mayRun = this.mayRun;
    const id = isUuid(seg.text);
    this.anyTextGate(seg.text, seg.key, mayRun, id);
    const shared = this.sharedResult;
    shared.fill(-1);
    shared[0] = digit ? 1 : 0;
    // One context object for all detectors of the segment (one per detector was most of the scan's garbage).
    const ctx: DetectorContext = { key: seg.key, container: seg.container };
    for (let i = 0; i < this.anyText.length; i++) {
      if (!mayRun[i]) continue;
      const p = this.anyText[i];
      if (p.maxChunk && seg.text.length > p.maxChunk) {
        for (const [a, b] of chunks(seg.text, p.maxChunk)) {
          const piece = seg.text.slice(a, b);
          if (isProse(piece)) this.detectIn(p, seg, a, piece, out, ctx);
        }
      } else {
        const g = this.sharedTrigger[i];
        if (g >= 0 && shared[g] < 0) shared[g] = this.sharedTriggers[g].test(seg.text) ? 1 : 0;
        this.detectIn(p, seg, 0, seg.text, out, ctx, g >= 0 ? shared[g] === 1 : undefined);
      }
    }
    if (quiet && out.length === before && this.failCount === failedBefore) {
      if (this.quietCount >= QUIET_LIMIT) {
        this.quiet.clear();
        this.quietCount = 0;
        quiet = this.quietUnder(seg);
      }
      quiet.add(seg.text);
      this.quietCount++;
    }
    if (!this.digitScoped.length || !digit) return;
    const counts = this.digitCounts;
    if (seg.text.length <= WINDOWED_ABOVE) {
      const digitScoped = id ? this.digitScopedInIds : this.digitScoped;
      if (!digitScoped.length) return;
      countDigits(seg.text, counts);
      for (const p of digitScoped) if (p.mayMatch(counts)) this.detectIn(p, seg, 0, seg.text, out, ctx);
      return;
    }
    // Window by window, every detector on the same string: detectors may cache work per text.
    for (const [a, b] of digitWindows(seg.text)) {
      const window = seg.text.slice(a, b);
      countDigits(window, counts);
      for (const p of this.digitScoped) if (p.mayMatch(counts)) this.detectIn(p, seg, a, window, out, ctx);
    }
  }

  /**
   * Runs one detector on `text`, which starts at `base` in the segment's decoded text. `triggered` is
   * whether `text` matches the detector's trigger, when already known.
   */
  private detectIn(p: Prepared, seg: Segment, base: number, text: string, out: Hit[], ctx: DetectorContext, triggered?: boolean): void {
    try {
      this.runDetector(p, seg, base, text, out, ctx, triggered);
    } catch {
      this.noteFailure(p.d);
    }
  }

  private runDetector(p: Prepared, seg: Segment, base: number, text: string, out: Hit[], ctx: DetectorContext, triggered?: boolean): void {
    if (p.trigger && !(triggered ?? p.trigger.test(text)) && !(p.keyTrigger && seg.key && p.keyTrigger.test(seg.key))) return;
    const d = p.d;
    const isNumber = seg.container === 'json-number';
    const floor = p.floor;
    const found = d.detect(text, ctx);
    // Most detectors return arrays; an index loop spares an iterator per call.
    const list = Array.isArray(found) ? (found as Candidate[]) : [...found];
    for (let k = 0; k < list.length; k++) {
      const c = list[k];
      if (c.score < floor && !c.contextWords) continue; // cannot reach minConfidence even with a context word
      const entity = c.entity ?? d.entity;
      if (this.options.entities && !this.options.entities.has(entity)) continue;
      const start = base + c.start;
      const end = base + c.end;
      // Context words are looked for in the whole segment, not only in the window. A candidate's own context
      // words, when it names some, stand for its detector's.
      const { score, reasons } = applyContext(c.contextWords ? c : d, seg.text, { start, end, score: c.score, reasons: c.reasons }, seg.key);
      // A number is redacted whole (as a quoted string), so its finding covers the whole token.
      out.push({
        start: isNumber ? seg.rawStart : rawOffset(seg, start),
        end: isNumber ? seg.rawStart + seg.text.length : rawOffset(seg, end),
        detector: d,
        rule: c.rule ?? d.id,
        entity,
        label: c.label ?? d.label,
        score,
        reasons,
        container: seg.container,
        value: seg.text.slice(start, end),
      });
    }
  }

  private numberKeyOf(d: Detector, key: string): boolean {
    const words = ` ${keyWords(key)} `;
    return d.numberKeys!.some((k) => words.includes(` ${k} `));
  }
}

/**
 * Whether one of the detectors reads bare JSON numbers under a key (`numberKeys`: "age" for 34 under
 * "patient_age"), remembered per key.
 */
export function numberKeyTest(detectors: readonly Detector[]): (key: string) => boolean {
  const keyed = detectors.flatMap((d) => d.numberKeys ?? []);
  const numberKeyRe = keyed.length ? new RegExp(`(?:^|\\s)(?:${keyed.join('|')})(?:\\s|$)`) : null;
  const memo = new Map<string, boolean>();
  return (key) => {
    let v = memo.get(key);
    if (v === undefined) memo.set(key, (v = !!numberKeyRe && numberKeyRe.test(keyWords(key))));
    return v;
  };
}

/**
 * Findings of two passes over the same text (structured and names) without overlaps: the most confident
 * wins. Only personal data competes: license findings (no entity) are checks of a card, each kept, in order.
 */
export function strongestFindings<T extends Finding>(findings: readonly T[]): T[] {
  const data = findings.filter((f) => f.entity !== null);
  const kept = resolveOverlaps(data.map((f) => ({ f, start: f.start, end: f.end, score: f.confidence }))).map((x) => x.f);
  if (data.length === findings.length) return kept;
  return [...kept, ...findings.filter((f) => f.entity === null)].sort((a, b) => a.start - b.start);
}

/** Keeps the strongest of overlapping hits (then the longest, then the earliest registered). */
export function resolveOverlaps<T extends { start: number; end: number; score: number }>(hits: T[]): T[] {
  if (hits.length < 2) return hits;
  if (hits.length > 32) {
    // Resolve each cluster of chained overlaps on its own, so that many findings cost n log n.
    const byStart = [...hits].sort((a, b) => a.start - b.start);
    const out: T[] = [];
    let cluster: T[] = [];
    let end = -1;
    for (const h of byStart) {
      if (h.start >= end && cluster.length) {
        pushAll(out, resolveCluster(cluster));
        cluster = [];
      }
      cluster.push(h);
      end = Math.max(cluster.length === 1 ? h.end : end, h.end);
    }
    pushAll(out, resolveCluster(cluster));
    return out;
  }
  return resolveCluster(hits);
}

type Ranked = { start: number; end: number; score: number };
const byRank = (a: Ranked, b: Ranked) => b.score - a.score || b.end - b.start - (a.end - a.start);
const byStart = (a: Ranked, b: Ranked) => a.start - b.start;

function resolveCluster<T extends Ranked>(hits: T[]): T[] {
  if (hits.length < 2) return hits;
  const kept: T[] = [];
  for (const h of sortShort(hits.slice(), byRank)) if (!overlapsAny(kept, h)) kept.push(h);
  return sortShort(kept, byStart);
}

function overlapsAny(spans: readonly Ranked[], h: Ranked): boolean {
  for (const k of spans) if (h.start < k.end && k.start < h.end) return true;
  return false;
}

/** A stable sort in place; short lists (one unit's hits) by insertion, since Array.prototype.sort allocates a work array. */
function sortShort<T>(xs: T[], order: (a: T, b: T) => number): T[] {
  if (xs.length > 16) return xs.sort(order);
  for (let i = 1; i < xs.length; i++) {
    const x = xs[i];
    let j = i - 1;
    for (; j >= 0 && order(xs[j], x) > 0; j--) xs[j + 1] = xs[j];
    xs[j + 1] = x;
  }
  return xs;
}

/** Never the value, nor the error's message (a JSON.parse message quotes its input): the detectors' labels only. */
function detectorFailedNotice(unit: Unit, failed: readonly string[]): Finding {
  const where = unit.record !== undefined ? `Record ${unit.record}` : 'This paragraph';
  const what = failed.includes(ENGINE_PART) ? 'could not be scanned (an internal error)' : `was not fully scanned: the ${failed.join(', ')} detector${failed.length > 1 ? 's' : ''} failed on it (an internal error), so such findings may be missing here`;
  const firstBreak = unit.text.indexOf('\n');
  return {
    rule: DETECTOR_FAILED,
    entity: null,
    start: unit.start,
    end: unit.start + (firstBreak === -1 ? unit.text.length : firstBreak),
    confidence: 1,
    severity: 'warning',
    message: `${where} ${what}. The rest of the file was scanned.`,
    reasons: [],
    container: 'raw',
    record: unit.record,
  };
}

function invalidJsonNotice(unit: Unit): Finding {
  return {
    rule: INVALID_JSON,
    entity: null,
    start: unit.start,
    end: unit.start + unit.text.length,
    confidence: 1,
    severity: 'information',
    message: `Line ${unit.record} is not valid JSON; it was scanned as plain text.`,
    reasons: [],
    container: 'raw',
    record: unit.record,
  };
}
