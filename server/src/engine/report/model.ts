// The redaction report: counts only (entities, fields, records), never a value. Built unit by unit
// in constant memory (a few maps bounded by the number of entities, fields and distinct counts).
import type { Finding } from '../types';
import type { Format } from '../formats/units';
import type { RedactionStyle } from '../settings';
import type { Scanner } from '../scan';
import { parseRow } from '../formats/csv';
import { fieldName, jsonValueTokens, tokenAt, type PathPart, type ValueToken } from './json-paths';
import { mayHaveQaShape, qaShape, within, type QaShape } from './qa';
import { maxOf } from '../arrays';

/**
 * The JSON report (`--report file.json`). Documented in the README; bump `version` on any change of meaning.
 * Version 2 added `merge` (and `input.shards` in merged reports); the fields of version 1 mean what they meant.
 */
export interface RedactionReport {
  version: 2;
  kind: 'datasan-redaction-report';
  /** ISO 8601 time the report was made. */
  generated: string;
  /** A merged report: `shards` is the number of shard reports, `path` names the first and last input. */
  input: { path: string; format: Format; bytes: number; shards?: number };
  options: { style?: RedactionStyle; minConfidence: number; entities?: string[]; dropInvalid?: boolean; dryRun?: boolean };
  totals: {
    /** JSONL lines with content, CSV/TSV data rows, or paragraphs. */
    records: number;
    recordsWithRedactions: number;
    redactions: number;
    /** JSONL lines that are not valid JSON (their findings are redacted as plain text). */
    invalidRecords: number;
    droppedRecords: number;
  };
  /** Per entity, most frequent first: redactions and records that had at least one. */
  entities: { entity: string; label: string; count: number; records: number }[];
  rules: { rule: string; entity: string; label: string; count: number }[];
  /**
   * JSONL: the JSON path of the value (`messages[].content`); CSV/TSV: the column. Empty for text. The 500 with
   * the most redactions (ties by name); past them, the rest are lumped into "(other fields)".
   */
  fields: { field: string; count: number; entities: Record<string, number> }[];
  /** Records by how many redactions they had. `max` is null for the open last bucket. */
  histogram: { label: string; min: number; max: number | null; records: number }[];
  /** The records with the most redactions (record numbers and counts only). */
  mostAffected: { record: number; line: number; redactions: number; entities: Record<string, number> }[];
  /** Present when records look like QA (question/answer/context fields) or chats (assistant turns). */
  qa: QaReport | null;
  /** Milliseconds the run took; a merged report sums its shards'. */
  durationMs?: number;
  /** What `datasan report merge` needs to combine the reports of shards into the report of the whole. */
  merge: MergeState;
}

/** Counts a shard report carries so that merged reports equal the report of one run over the whole input. */
export interface MergeState {
  /** Lines of the input: how far the next shard's line numbers (and JSONL record numbers) move. */
  lines: number;
  /** Records by their number of redactions, as [redactions, records] pairs, fewest redactions first. */
  perRecord: [number, number][];
  /** Every field with a redaction, when `fields` lumped some into "(other fields)"; null when `fields` is whole. */
  fields: FieldCount[] | null;
  /**
   * More than 20,000 distinct fields had redactions: later ones were counted as "(other fields)" as they came,
   * so a merged report's fields can differ from one run's (every other count is still exact).
   */
  fieldsOverflow: boolean;
  /** QA records by kind (which makes `qa.kind`). */
  qaKinds: { chat: number; plain: number };
}

export type FieldCount = RedactionReport['fields'][number];

export interface QaReport {
  kind: 'qa' | 'chat' | 'mixed';
  /** Records with a QA or chat shape. */
  records: number;
  /** Answer fields, or assistant messages. */
  answers: number;
  /** Answers that lost at least one entity they contained. */
  answersWithRedactions: number;
  /** Answers that were nothing but redacted entities: the answer itself is gone. */
  answersWhollyRedacted: number;
  /** Answers that lost an entity, per entity. */
  byEntity: Record<string, number>;
}

export interface ReportUnit {
  record?: number;
  line: number;
  text: string;
  findings: readonly Finding[];
  invalid: boolean;
  dropped: boolean;
}

export interface CollectorOptions {
  input: string;
  format: Format;
  bytes?: number;
  style?: RedactionStyle;
  minConfidence: number;
  entities?: string[];
  dropInvalid?: boolean;
  dryRun?: boolean;
  /** Used to keep keys that hold data (an email as a key) out of field names. */
  scanner?: Scanner;
  topRecords?: number;
}

/**
 * Datasets keyed by ids (`{"scores":{"u1":…}}`) would list a field per id: the report lists the fields with
 * the most redactions and lumps the rest. Chosen from the totals, not the order seen, so that shards merge
 * to the same list; exact while at most MAX_TRACKED_FIELDS fields are seen, which bounds the memory.
 */
const MAX_FIELDS = 500;
export const MAX_TRACKED_FIELDS = 20_000;
const OTHER_FIELDS = '(other fields)';
const BUCKETS: [number, number | null][] = [[0, 0], [1, 1], [2, 2], [3, 3], [4, 4], [5, 9], [10, 19], [20, 49], [50, 99], [100, null]];
export const DEFAULT_TOP_RECORDS = 20;

export class ReportCollector {
  private records = 0;
  private recordsWith = 0;
  private redactions = 0;
  private invalid = 0;
  private dropped = 0;
  private readonly entities = new Map<string, { label: string; count: number; records: number }>();
  private readonly rules = new Map<string, { entity: string; label: string; count: number }>();
  private readonly fields = new Map<string, { count: number; entities: Map<string, number> }>();
  private readonly perRecord = new Map<number, number>();
  private top: RedactionReport['mostAffected'] = [];
  private fieldsOverflow = false;
  private headers?: string[];
  private qa: QaReport & { chat: number; plain: number } = { kind: 'qa', records: 0, answers: 0, answersWithRedactions: 0, answersWhollyRedacted: 0, byEntity: {}, chat: 0, plain: 0 };
  private readonly keyVerdicts = new Map<string, boolean>();
  private readonly started = Date.now();

  constructor(private readonly o: CollectorOptions) {}

  setHeaders(headers: string[]): void {
    this.headers = headers;
  }

  add(u: ReportUnit): void {
    if (u.record === undefined) return; // a CSV header row
    this.records++;
    if (u.invalid) this.invalid++;
    if (u.dropped) this.dropped++;
    const n = u.dropped ? 0 : u.findings.length;
    this.perRecord.set(n, (this.perRecord.get(n) ?? 0) + 1);
    // A Parquet row is scanned as a JSON record: its fields are column paths (`messages[].content`).
    const isJson = (this.o.format === 'jsonl' || this.o.format === 'json' || this.o.format === 'parquet') && !u.invalid;
    // Decided by each record alone (no giving up after a run of plain records): shards then merge exactly.
    const qa = isJson && mayHaveQaShape(u.text) ? this.qaOf(u.text) : undefined;
    if (!n) {
      if (qa) this.countAnswers(qa, u.text, [], []);
      return;
    }
    this.recordsWith++;
    this.redactions += n;
    const perEntity: Record<string, number> = {};
    for (const f of u.findings) {
      const entity = f.entity ?? 'PII';
      perEntity[entity] = (perEntity[entity] ?? 0) + 1;
      const r = this.rules.get(f.rule) ?? { entity, label: f.message, count: 0 };
      r.count++;
      this.rules.set(f.rule, r);
    }
    for (const [entity, count] of Object.entries(perEntity)) {
      const e = this.entities.get(entity) ?? { label: u.findings.find((f) => f.entity === entity)?.message ?? entity, count: 0, records: 0 };
      e.count += count;
      e.records++;
      this.entities.set(entity, e);
    }
    const tokens = isJson ? jsonValueTokens(u.text) : undefined;
    this.countFields(u, tokens);
    if (qa && tokens) this.countAnswers(qa, u.text, u.findings, tokens);
    this.keepTop({ record: u.record, line: u.line, redactions: n, entities: perEntity });
  }

  private qaOf(text: string): QaShape | undefined {
    try {
      return qaShape(JSON.parse(text));
    } catch {
      return undefined;
    }
  }

  private countAnswers(shape: QaShape, text: string, findings: readonly Finding[], tokens: readonly ValueToken[]): void {
    this.qa.records++;
    if (shape.kind === 'chat') this.qa.chat++;
    else this.qa.plain++;
    this.qa.answers += shape.answers.length;
    if (!findings.length) return;
    const located = findings.map((f) => ({ f, token: tokenAt(tokens, f.start, f.end) }));
    for (const answer of shape.answers) {
      const inside = located.filter((x) => x.token && within(x.token.path, answer));
      if (!inside.length) continue;
      this.qa.answersWithRedactions++;
      for (const entity of new Set(inside.map((x) => x.f.entity ?? 'PII'))) this.qa.byEntity[entity] = (this.qa.byEntity[entity] ?? 0) + 1;
      // Wholly redacted: every string of the answer is covered by findings, whitespace aside.
      const strings = tokens.filter((t) => within(t.path, answer) && text.charCodeAt(t.start) === 34 && t.end - t.start > 2);
      const blank = (from: number, to: number) => to <= from || /^(?:\s|\\[nrt])*$/.test(text.slice(from, to));
      const covered = strings.every((t) => {
        const own = inside.filter((x) => x.token === t).map((x) => x.f);
        let at = t.start + 1;
        for (const f of own) {
          if (!blank(at, f.start)) return false;
          at = f.end;
        }
        return own.length > 0 && blank(at, t.end - 1);
      });
      if (covered && strings.length) this.qa.answersWhollyRedacted++;
    }
  }

  private countFields(u: ReportUnit, tokens: ValueToken[] | undefined): void {
    const csv = this.o.format === 'csv' || this.o.format === 'tsv';
    const cells = csv ? parseRow(u.text, 0, this.o.format === 'tsv' ? 9 : 44).cells : undefined;
    if (!tokens && !cells) return;
    for (const f of u.findings) {
      let path: PathPart[] | undefined;
      if (tokens) path = tokenAt(tokens, f.start, f.end)?.path;
      else {
        const k = cells!.findIndex((c) => f.start >= c.start && f.start <= c.end);
        const header = this.headers?.[k];
        path = k === -1 ? undefined : [header && header.length ? header : `column ${k + 1}`];
      }
      let name = path ? fieldName(path, (key) => this.sensitiveKey(key)) : '(unknown)';
      if (!this.fields.has(name) && this.fields.size >= MAX_TRACKED_FIELDS) {
        name = OTHER_FIELDS;
        this.fieldsOverflow = true;
      }
      const entry = this.fields.get(name) ?? { count: 0, entities: new Map<string, number>() };
      entry.count++;
      const entity = f.entity ?? 'PII';
      entry.entities.set(entity, (entry.entities.get(entity) ?? 0) + 1);
      this.fields.set(name, entry);
    }
  }

  private sensitiveKey(key: string): boolean {
    if (/^column \d+$/.test(key)) return false;
    let v = this.keyVerdicts.get(key);
    if (v === undefined) {
      const scanner = this.o.scanner;
      v = !!scanner && scanner.scanUnit(key, 'text').hits.some((h) => h.score >= scanner.settings.minConfidence);
      if (this.keyVerdicts.size > 10_000) this.keyVerdicts.clear();
      this.keyVerdicts.set(key, v);
    }
    return v;
  }

  private keepTop(r: RedactionReport['mostAffected'][number]): void {
    const k = this.o.topRecords ?? DEFAULT_TOP_RECORDS;
    if (this.top.length >= k && r.redactions <= this.top[this.top.length - 1].redactions) return;
    this.top.push(r);
    this.top.sort((a, b) => b.redactions - a.redactions || a.record - b.record);
    if (this.top.length > k) this.top.pop();
  }

  /** The report; `bytes` and `lines` read from the input (a stream's size is known only at its end). */
  report(bytes = this.o.bytes ?? 0, lines = 0): RedactionReport {
    const allFields = [...this.fields].map(([field, f]) => ({ field, count: f.count, entities: Object.fromEntries(f.entities) }));
    const fields = topFields(allFields);
    const { chat, plain, ...qa } = this.qa;
    return {
      version: 2,
      kind: 'datasan-redaction-report',
      generated: new Date().toISOString(),
      input: { path: this.o.input, format: this.o.format, bytes },
      options: {
        ...(this.o.style ? { style: this.o.style } : {}),
        minConfidence: this.o.minConfidence,
        ...(this.o.entities ? { entities: this.o.entities } : {}),
        ...(this.o.dropInvalid ? { dropInvalid: true } : {}),
        ...(this.o.dryRun ? { dryRun: true } : {}),
      },
      totals: { records: this.records, recordsWithRedactions: this.recordsWith, redactions: this.redactions, invalidRecords: this.invalid, droppedRecords: this.dropped },
      entities: [...this.entities].map(([entity, e]) => ({ entity, ...e })).sort(byCount('entity')),
      rules: [...this.rules].map(([rule, r]) => ({ rule, ...r })).sort(byCount('rule')),
      fields,
      histogram: histogramOf(this.perRecord),
      mostAffected: this.top,
      qa: qaSection(qa, chat, plain),
      durationMs: Date.now() - this.started,
      merge: {
        lines,
        perRecord: [...this.perRecord].sort((a, b) => a[0] - b[0]),
        fields: fields.length < allFields.length ? sortedFields(allFields) : null,
        fieldsOverflow: this.fieldsOverflow,
        qaKinds: { chat, plain },
      },
    };
  }
}

/** Most first, ties by name: the order of every list of the report. */
export function byCount<K extends string>(key: K) {
  return (a: { count: number } & Record<K, string>, b: { count: number } & Record<K, string>) => b.count - a.count || a[key].localeCompare(b[key]);
}

/** Fields most redacted first, each with its entities most frequent first (ties by name). */
export function sortedFields(fields: FieldCount[]): FieldCount[] {
  const entities = (e: Record<string, number>) => Object.fromEntries(Object.entries(e).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])));
  return fields.map((f) => ({ field: f.field, count: f.count, entities: entities(f.entities) })).sort(byCount('field'));
}

/** The MAX_FIELDS fields with the most redactions; the others (and any counted as such) as "(other fields)". */
export function topFields(all: FieldCount[]): FieldCount[] {
  const named = sortedFields(all.filter((f) => f.field !== OTHER_FIELDS));
  const rest = [...all.filter((f) => f.field === OTHER_FIELDS), ...named.slice(MAX_FIELDS)];
  if (!rest.length) return named;
  const other: FieldCount = { field: OTHER_FIELDS, count: 0, entities: {} };
  for (const f of rest) {
    other.count += f.count;
    for (const [e, n] of Object.entries(f.entities)) other.entities[e] = (other.entities[e] ?? 0) + n;
  }
  return sortedFields([...named.slice(0, MAX_FIELDS), other]);
}

/** The histogram of a per-record distribution (records by their number of redactions). */
export function histogramOf(perRecord: Iterable<[number, number]>): RedactionReport['histogram'] {
  const pairs = [...perRecord];
  const histogram: RedactionReport['histogram'] = [];
  const maxCount = maxOf(pairs.map(([n]) => n), 0);
  for (const [min, max] of BUCKETS) {
    if (min > maxCount) break;
    let records = 0;
    for (const [n, c] of pairs) if (n >= min && (max === null || n <= max)) records += c;
    histogram.push({ label: max === null ? `${min}+` : min === max ? String(min) : `${min}–${max}`, min, max, records });
  }
  return histogram;
}

/** The QA section from its counts and the records of each kind; null without QA records. */
export function qaSection(qa: Omit<QaReport, 'kind'>, chat: number, plain: number): QaReport | null {
  if (!qa.records) return null;
  const byEntity = Object.fromEntries(Object.entries(qa.byEntity).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])));
  return { ...qa, byEntity, kind: chat && plain ? 'mixed' : chat ? 'chat' : 'qa' };
}
