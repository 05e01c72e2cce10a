// Merging the JSON reports of shards (`datasan report merge`) into the report one run over the shards,
// concatenated in the order given, would have written: counts are summed, record and line numbers move by
// the records and lines of the shards before, and every order-dependent choice was made shard-independent
// when the reports were written (see ReportCollector).
import { byCount, DEFAULT_TOP_RECORDS, type FieldCount, histogramOf, MAX_TRACKED_FIELDS, qaSection, type RedactionReport, sortedFields, topFields } from './model';

/** A report that cannot be merged, or reports that do not belong together; the message names no value. */
export class ReportMergeError extends Error {}

/** The report in `text` (from `name`), checked to be a redaction report this version can merge. */
export function parseShardReport(text: string, name: string): RedactionReport {
  let r: Omit<Partial<RedactionReport>, 'version'> & { version?: unknown };
  try {
    r = JSON.parse(text);
  } catch {
    throw new ReportMergeError(`${name}: not JSON (merge takes the .json reports of "datasan redact --report")`);
  }
  if (!r || typeof r !== 'object' || r.kind !== 'datasan-redaction-report') throw new ReportMergeError(`${name}: not a Datasan redaction report`);
  if (r.version === 1 || !r.merge) throw new ReportMergeError(`${name}: a version 1 report (from an older Datasan) lacks the counts a merge needs; redact that shard again with --report`);
  if (r.version !== 2) throw new ReportMergeError(`${name}: report version ${String(r.version)} is newer than this Datasan reads (2)`);
  return r as RedactionReport;
}

function sumInto(into: Record<string, number>, from: Record<string, number>): void {
  for (const [k, n] of Object.entries(from)) into[k] = (into[k] ?? 0) + n;
}

/** The report of the whole from the reports of its shards, in the order of the input. */
export function mergeReports(shards: { name: string; report: RedactionReport }[]): RedactionReport {
  if (!shards.length) throw new ReportMergeError('no report to merge');
  const first = shards[0].report;
  const options = JSON.stringify(first.options);
  for (const { name, report } of shards) {
    if (report.input.format !== first.input.format) throw new ReportMergeError(`${name}: a ${report.input.format} input, where ${shards[0].name} was ${first.input.format}; merge the shards of one dataset`);
    if (JSON.stringify(report.options) !== options) throw new ReportMergeError(`${name}: redacted with other options than ${shards[0].name} (${options} here ${JSON.stringify(report.options)}); a merge would mix two redactions`);
  }
  const totals = { records: 0, recordsWithRedactions: 0, redactions: 0, invalidRecords: 0, droppedRecords: 0 };
  // Maps keep the order of first appearance: the label an entity or rule got where it was first seen.
  const entities = new Map<string, RedactionReport['entities'][number]>();
  const rules = new Map<string, RedactionReport['rules'][number]>();
  const fields = new Map<string, FieldCount>();
  const perRecord = new Map<number, number>();
  const top: RedactionReport['mostAffected'] = [];
  const qa = { records: 0, answers: 0, answersWithRedactions: 0, answersWhollyRedacted: 0, byEntity: {} as Record<string, number> };
  const qaKinds = { chat: 0, plain: 0 };
  let bytes = 0;
  let lines = 0;
  let durationMs = 0;
  let fieldsOverflow = false;
  // JSONL records are numbered by line; CSV rows and paragraphs by record.
  const byLine = first.input.format === 'jsonl' || first.input.format === 'json';
  let recordShift = 0;
  for (const { report: r } of shards) {
    for (const k of Object.keys(totals) as (keyof typeof totals)[]) totals[k] += r.totals[k];
    for (const e of r.entities) {
      const m = entities.get(e.entity) ?? { entity: e.entity, label: e.label, count: 0, records: 0 };
      m.count += e.count;
      m.records += e.records;
      entities.set(e.entity, m);
    }
    for (const x of r.rules) {
      const m = rules.get(x.rule) ?? { rule: x.rule, entity: x.entity, label: x.label, count: 0 };
      m.count += x.count;
      rules.set(x.rule, m);
    }
    for (const f of r.merge.fields ?? r.fields) {
      const m = fields.get(f.field) ?? { field: f.field, count: 0, entities: {} };
      m.count += f.count;
      sumInto(m.entities, f.entities);
      fields.set(f.field, m);
    }
    for (const [n, c] of r.merge.perRecord) perRecord.set(n, (perRecord.get(n) ?? 0) + c);
    for (const t of r.mostAffected) top.push({ ...t, record: t.record + recordShift, line: t.line + lines });
    if (r.qa) {
      qa.records += r.qa.records;
      qa.answers += r.qa.answers;
      qa.answersWithRedactions += r.qa.answersWithRedactions;
      qa.answersWhollyRedacted += r.qa.answersWhollyRedacted;
      sumInto(qa.byEntity, r.qa.byEntity);
    }
    qaKinds.chat += r.merge.qaKinds.chat;
    qaKinds.plain += r.merge.qaKinds.plain;
    bytes += r.input.bytes;
    lines += r.merge.lines;
    recordShift += byLine ? r.merge.lines : r.totals.records;
    durationMs += r.durationMs ?? 0;
    fieldsOverflow ||= r.merge.fieldsOverflow;
  }
  const allFields = [...fields.values()];
  const shown = topFields(allFields);
  const last = shards[shards.length - 1].report;
  return {
    version: 2,
    kind: 'datasan-redaction-report',
    generated: new Date().toISOString(),
    input: { path: shards.length === 1 ? first.input.path : `${first.input.path} … ${last.input.path}`, format: first.input.format, bytes, shards: shards.length },
    options: first.options,
    totals,
    entities: [...entities.values()].sort(byCount('entity')),
    rules: [...rules.values()].sort(byCount('rule')),
    fields: shown,
    histogram: histogramOf(perRecord),
    mostAffected: top.sort((a, b) => b.redactions - a.redactions || a.record - b.record).slice(0, DEFAULT_TOP_RECORDS),
    qa: qaSection(qa, qaKinds.chat, qaKinds.plain),
    durationMs,
    merge: {
      lines,
      perRecord: [...perRecord].sort((a, b) => a[0] - b[0]),
      fields: shown.length < allFields.length ? sortedFields(allFields) : null,
      fieldsOverflow: fieldsOverflow || fields.size > MAX_TRACKED_FIELDS,
      qaKinds,
    },
  };
}
