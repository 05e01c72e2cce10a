// The redaction report: counts only (entities, fields, records), never a value. Built unit by unit
// in constant memory (a few maps bounded by the number of entities, fields and distinct counts).
import type { Finding } from '../types';
import type { Format } from '../formats/units';
import type { RedactionStyle } from '../settings';
import type { Scanner } from '../scan';
import { parseRow } from '../formats/csv';
import { fieldName, jsonValueTokens, tokenAt, type PathPart, type ValueToken } from './json-paths';
import { qaShape, within, type QaShape } from './qa';

/** The JSON report (`--report file.json`). Documented in the README; bump `version` on any change of meaning. */
export interface RedactionReport {
  version: 1;
  kind: 'datasan-redaction-report';
  /** ISO 8601 time the report was made. */
  generated: string;
  input: { path: string; format: Format; bytes: number };
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
  /** JSONL: the JSON path of the value (`messages[].content`); CSV/TSV: the column. Empty for text. */
  fields: { field: string; count: number; entities: Record<string, number> }[];
  /** Records by how many redactions they had. `max` is null for the open last bucket. */
  histogram: { label: string; min: number; max: number | null; records: number }[];
  /** The records with the most redactions (record numbers and counts only). */
  mostAffected: { record: number; line: number; redactions: number; entities: Record<string, number> }[];
  /** Present when records look like QA (question/answer/context fields) or chats (assistant turns). */
  qa: QaReport | null;
  durationMs?: number;
}

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

/** Datasets keyed by ids (`{"scores":{"u1":…}}`) would list a field per id: past this many, the rest are lumped. */
const MAX_FIELDS = 500;
const OTHER_FIELDS = '(other fields)';
const BUCKETS: [number, number | null][] = [[0, 0], [1, 1], [2, 2], [3, 3], [4, 4], [5, 9], [10, 19], [20, 49], [50, 99], [100, null]];
/** QA shape is looked for in every record until this many valid records in a row had none. */
const QA_GIVE_UP = 1000;

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
  private headers?: string[];
  private qa: QaReport & { chat: number; plain: number } = { kind: 'qa', records: 0, answers: 0, answersWithRedactions: 0, answersWhollyRedacted: 0, byEntity: {}, chat: 0, plain: 0 };
  private sinceQa = 0;
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
    const qa = isJson && this.sinceQa < QA_GIVE_UP ? this.qaOf(u.text) : undefined;
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
    let shape: QaShape | undefined;
    try {
      shape = qaShape(JSON.parse(text));
    } catch {
      return undefined;
    }
    this.sinceQa = shape ? 0 : this.sinceQa + 1;
    return shape;
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
      if (!this.fields.has(name) && this.fields.size >= MAX_FIELDS) name = OTHER_FIELDS;
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
    const k = this.o.topRecords ?? 20;
    if (this.top.length >= k && r.redactions <= this.top[this.top.length - 1].redactions) return;
    this.top.push(r);
    this.top.sort((a, b) => b.redactions - a.redactions || a.record - b.record);
    if (this.top.length > k) this.top.pop();
  }

  report(bytes = this.o.bytes ?? 0): RedactionReport {
    const byCount = (a: { count: number }, b: { count: number }) => b.count - a.count;
    const histogram: RedactionReport['histogram'] = [];
    const maxCount = Math.max(0, ...this.perRecord.keys());
    for (const [min, max] of BUCKETS) {
      if (min > maxCount) break;
      let records = 0;
      for (const [n, c] of this.perRecord) if (n >= min && (max === null || n <= max)) records += c;
      histogram.push({ label: max === null ? `${min}+` : min === max ? String(min) : `${min}–${max}`, min, max, records });
    }
    const { chat, plain, ...qa } = this.qa;
    return {
      version: 1,
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
      entities: [...this.entities].map(([entity, e]) => ({ entity, ...e })).sort((a, b) => byCount(a, b) || a.entity.localeCompare(b.entity)),
      rules: [...this.rules].map(([rule, r]) => ({ rule, ...r })).sort((a, b) => byCount(a, b) || a.rule.localeCompare(b.rule)),
      fields: [...this.fields]
        .map(([field, f]) => ({ field, count: f.count, entities: Object.fromEntries([...f.entities].sort((a, b) => b[1] - a[1])) }))
        .sort((a, b) => byCount(a, b) || a.field.localeCompare(b.field)),
      histogram,
      mostAffected: this.top,
      qa: qa.records ? { ...qa, kind: chat && plain ? 'mixed' : chat ? 'chat' : 'qa' } : null,
      durationMs: Date.now() - this.started,
    };
  }
}
