// The subsampling repair's bookkeeping: which records were kept, why others were dropped, and how the
// kept set's entity distribution compares with the input's. Counts only, never a value.
import { ruleEntities } from '../rules';
import { formatBytes } from '../io';
import { markdownCode } from '../printable';
import { KEYED_TAG_LENGTH } from '../pseudonyms';
import { page } from './render';
import { columnChart, escapeXml, pairedBarChart } from './svg';
import { maxOf } from '../arrays';

/** Presidio's entity names and ours, for recognising placeholders left by an earlier redaction. */
const PRESIDIO = ['PERSON', 'LOCATION', 'ORGANIZATION', 'NRP', 'DATE_TIME', 'EMAIL_ADDRESS', 'PHONE_NUMBER', 'CREDIT_CARD', 'IBAN_CODE', 'IP_ADDRESS', 'MAC_ADDRESS', 'US_SSN', 'US_BANK_NUMBER', 'US_DRIVER_LICENSE', 'US_ITIN', 'US_PASSPORT', 'UK_NHS', 'UK_NINO', 'CRYPTO', 'URL', 'MEDICAL_LICENSE', 'AGE', 'STREET_ADDRESS', 'DATE_OF_BIRTH', 'SECRET', 'PII'];

let placeholderRe: RegExp | undefined;
/**
 * `[EMAIL_ADDRESS]`, numbered `[EMAIL_ADDRESS_3]` and keyed `[EMAIL_ADDRESS_k3f9q2ab7xmz]`, for the known entity
 * names only (so `[TODO]` is not one): Presidio's, the detectors' and every national kind's.
 */
export function placeholderPattern(): RegExp {
  if (!placeholderRe) {
    const names = [...new Set([...PRESIDIO, ...ruleEntities()])].sort((a, b) => b.length - a.length);
    placeholderRe = new RegExp(`\\[(${names.join('|')})(?:_(?:\\d{1,9}|[a-km-np-z2-9]{${KEYED_TAG_LENGTH}}))?\\]`, 'g');
  }
  return placeholderRe;
}

/** Placeholders in a text: their entity and offset. */
export function placeholders(text: string): { entity: string; start: number; end: number }[] {
  if (text.indexOf('[') === -1) return [];
  const out: { entity: string; start: number; end: number }[] = [];
  // matchAll works on a copy of the pattern: the shared one keeps no lastIndex between callers.
  for (const m of text.matchAll(placeholderPattern())) out.push({ entity: m[1], start: m.index, end: m.index + m[0].length });
  return out;
}

export interface RepairReport {
  version: 1;
  kind: 'datasan-repair-report';
  generated: string;
  input: { path: string; bytes: number };
  options: { maxRedactions?: number; maxDensity?: number; dropAnswerRedacted?: boolean; countFrom: CountFrom };
  totals: { records: number; kept: number; dropped: number; invalidRecords: number };
  /** Records dropped for each reason (a record can have more than one). */
  droppedBy: { maxRedactions: number; maxDensity: number; answerRedacted: number };
  redactions: { input: number; kept: number };
  /** Per entity: redactions in the input and in the kept records, and each one's share of its total. */
  entities: { entity: string; input: number; kept: number; inputShare: number; keptShare: number; inputRecords: number; keptRecords: number }[];
  /** Total variation distance between the two entity distributions (0 = same shares, 1 = disjoint). */
  totalVariation: number;
  /** Records by redaction count, in the input and in the kept set. */
  histogram: { label: string; min: number; max: number | null; input: number; kept: number }[];
}

export type CountFrom = 'scan' | 'placeholders' | 'both';

const BUCKETS: [number, number | null][] = [[0, 0], [1, 1], [2, 2], [3, 3], [4, 4], [5, 9], [10, 19], [20, 49], [50, null]];

export class RepairCollector {
  private records = 0;
  private kept = 0;
  private invalid = 0;
  private readonly droppedBy = { maxRedactions: 0, maxDensity: 0, answerRedacted: 0 };
  private readonly entities = new Map<string, { input: number; kept: number; inputRecords: number; keptRecords: number }>();
  private readonly perRecord = new Map<number, { input: number; kept: number }>();

  constructor(private readonly o: { input: string; bytes: number; options: RepairReport['options'] }) {}

  add(r: { entities: Record<string, number>; kept: boolean; invalid: boolean; reasons: (keyof RepairReport['droppedBy'])[] }): void {
    this.records++;
    if (r.kept) this.kept++;
    if (r.invalid) this.invalid++;
    for (const reason of r.reasons) this.droppedBy[reason]++;
    let n = 0;
    for (const [entity, count] of Object.entries(r.entities)) {
      n += count;
      const e = this.entities.get(entity) ?? { input: 0, kept: 0, inputRecords: 0, keptRecords: 0 };
      e.input += count;
      e.inputRecords++;
      if (r.kept) {
        e.kept += count;
        e.keptRecords++;
      }
      this.entities.set(entity, e);
    }
    const h = this.perRecord.get(n) ?? { input: 0, kept: 0 };
    h.input++;
    if (r.kept) h.kept++;
    this.perRecord.set(n, h);
  }

  report(): RepairReport {
    const entities = [...this.entities].map(([entity, e]) => ({ entity, ...e }));
    const totalIn = entities.reduce((s, e) => s + e.input, 0);
    const totalKept = entities.reduce((s, e) => s + e.kept, 0);
    const rows = entities
      .map((e) => ({ ...e, inputShare: round(totalIn ? e.input / totalIn : 0), keptShare: round(totalKept ? e.kept / totalKept : 0) }))
      .sort((a, b) => b.input - a.input || a.entity.localeCompare(b.entity));
    const tv = totalIn && totalKept ? entities.reduce((s, e) => s + Math.abs(e.input / totalIn - e.kept / totalKept), 0) / 2 : 0;
    const maxCount = maxOf(this.perRecord.keys(), 0);
    const histogram: RepairReport['histogram'] = [];
    for (const [min, max] of BUCKETS) {
      if (min > maxCount) break;
      let input = 0;
      let kept = 0;
      for (const [n, c] of this.perRecord) {
        if (n >= min && (max === null || n <= max)) {
          input += c.input;
          kept += c.kept;
        }
      }
      histogram.push({ label: max === null ? `${min}+` : min === max ? String(min) : `${min}–${max}`, min, max, input, kept });
    }
    return {
      version: 1,
      kind: 'datasan-repair-report',
      generated: new Date().toISOString(),
      input: { path: this.o.input, bytes: this.o.bytes },
      options: this.o.options,
      totals: { records: this.records, kept: this.kept, dropped: this.records - this.kept, invalidRecords: this.invalid },
      droppedBy: { ...this.droppedBy },
      redactions: { input: totalIn, kept: totalKept },
      entities: rows,
      totalVariation: round(tv),
      histogram,
    };
  }
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}

const fmt = (n: number) => n.toLocaleString('en-US');
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** The criteria as a command line would say them. */
export function criteria(o: RepairReport['options']): string {
  return [
    o.maxRedactions !== undefined ? `--max-redactions ${o.maxRedactions}` : '',
    o.maxDensity !== undefined ? `--max-density ${o.maxDensity}` : '',
    o.dropAnswerRedacted ? '--drop-answer-redacted' : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** The stderr summary: kept and dropped, then the entity table. */
export function repairSummary(r: RepairReport): string {
  const t = r.totals;
  const lines: string[] = [];
  const reasons = [
    r.droppedBy.maxRedactions ? `${fmt(r.droppedBy.maxRedactions)} over --max-redactions ${r.options.maxRedactions}` : '',
    r.droppedBy.maxDensity ? `${fmt(r.droppedBy.maxDensity)} over --max-density ${r.options.maxDensity}` : '',
    r.droppedBy.answerRedacted ? `${fmt(r.droppedBy.answerRedacted)} with a redacted answer` : '',
  ].filter(Boolean);
  lines.push(`kept ${fmt(t.kept)} of ${fmt(t.records)} records (${pct(t.records ? t.kept / t.records : 1)}); dropped ${fmt(t.dropped)}${reasons.length ? ` (${reasons.join(', ')})` : ''}`);
  lines.push(`redactions: ${fmt(r.redactions.input)} in the input, ${fmt(r.redactions.kept)} in the kept records (counted from ${r.options.countFrom === 'both' ? 'a scan and existing placeholders' : r.options.countFrom === 'scan' ? 'a scan' : 'existing placeholders'})`);
  if (r.entities.length) {
    const w = Math.max(8, ...r.entities.map((e) => e.entity.length));
    lines.push(`${'entity'.padEnd(w)}  ${'input'.padStart(9)}  ${'share'.padStart(6)}  ${'kept'.padStart(9)}  ${'share'.padStart(6)}`);
    for (const e of r.entities) lines.push(`${e.entity.padEnd(w)}  ${fmt(e.input).padStart(9)}  ${pct(e.inputShare).padStart(6)}  ${fmt(e.kept).padStart(9)}  ${pct(e.keptShare).padStart(6)}`);
    lines.push(`entity distribution shift (total variation distance): ${r.totalVariation.toFixed(3)}`);
  }
  return lines.map((l) => `datasan: ${l}`).join('\n') + '\n';
}

export function repairMarkdown(r: RepairReport): string {
  const t = r.totals;
  const out: string[] = [];
  out.push('# Datasan repair report', '');
  out.push(`**Input:** ${markdownCode(r.input.path)} (${formatBytes(r.input.bytes)})  `);
  out.push(`**Criteria:** \`${criteria(r.options)}\` · counts from ${r.options.countFrom}  `);
  out.push(`**Generated:** ${r.generated}`, '');
  out.push('| Records | Kept | Dropped | Over max redactions | Over max density | Answer redacted |', '|---:|---:|---:|---:|---:|---:|');
  out.push(`| ${fmt(t.records)} | ${fmt(t.kept)} (${pct(t.records ? t.kept / t.records : 1)}) | ${fmt(t.dropped)} | ${fmt(r.droppedBy.maxRedactions)} | ${fmt(r.droppedBy.maxDensity)} | ${fmt(r.droppedBy.answerRedacted)} |`, '');
  out.push('## Entity distribution', '');
  out.push('| Entity | Input | Share | Kept | Share | Records in input | Records kept |', '|---|---:|---:|---:|---:|---:|---:|');
  for (const e of r.entities) out.push(`| \`${e.entity}\` | ${fmt(e.input)} | ${pct(e.inputShare)} | ${fmt(e.kept)} | ${pct(e.keptShare)} | ${fmt(e.inputRecords)} | ${fmt(e.keptRecords)} |`);
  out.push('', `Total variation distance between the two distributions: **${r.totalVariation.toFixed(3)}** (0 = same shares).`, '');
  out.push('## Records by redaction count', '');
  out.push('| Redactions | Input | Kept |', '|---:|---:|---:|');
  for (const h of r.histogram) out.push(`| ${h.label} | ${fmt(h.input)} | ${fmt(h.kept)} |`);
  out.push('', '_No detected value appears in this report._', '');
  return out.join('\n');
}

export function repairHtml(r: RepairReport): string {
  const t = r.totals;
  const h: string[] = [];
  h.push(`<header><h1>Datasan repair report</h1><div class="sub"><code>${escapeXml(r.input.path)}</code> · ${escapeXml(formatBytes(r.input.bytes))} · <code>${escapeXml(criteria(r.options))}</code> · counts from ${escapeXml(r.options.countFrom)}</div></header>`);
  const card = (k: string, n: string, cls = '') => `<div class="card ${cls}"><div class="k">${escapeXml(k)}</div><div class="n">${escapeXml(n)}</div></div>`;
  h.push('<div class="cards">');
  h.push(card('Records', fmt(t.records)));
  h.push(card('Kept', `${fmt(t.kept)} · ${pct(t.records ? t.kept / t.records : 1)}`));
  h.push(card('Dropped', fmt(t.dropped), t.dropped ? 'warn' : ''));
  h.push(card('Distribution shift (TVD)', r.totalVariation.toFixed(3)));
  h.push('</div>');
  h.push('<section><h2>Why records were dropped</h2><table><tbody>');
  h.push(`<tr><td>Over <code>--max-redactions ${r.options.maxRedactions ?? '–'}</code></td><td class="num">${fmt(r.droppedBy.maxRedactions)}</td></tr>`);
  h.push(`<tr><td>Over <code>--max-density ${r.options.maxDensity ?? '–'}</code></td><td class="num">${fmt(r.droppedBy.maxDensity)}</td></tr>`);
  h.push(`<tr><td>An answer lost an entity (<code>--drop-answer-redacted</code>)</td><td class="num">${fmt(r.droppedBy.answerRedacted)}</td></tr>`);
  h.push('</tbody></table><p class="note">A record dropped for several reasons is counted under each.</p></section>');
  if (r.entities.length) {
    h.push('<section><h2>Entity distribution: input and kept records</h2>');
    h.push(pairedBarChart(r.entities.map((e) => ({ label: e.entity, a: e.inputShare, b: e.keptShare })), { title: 'Share of redactions per entity', aLabel: 'input', bLabel: 'kept', percent: true }));
    h.push('<table><thead><tr><th>Entity</th><th class="num">Input</th><th class="num">Share</th><th class="num">Kept</th><th class="num">Share</th><th class="num">Records in input</th><th class="num">Records kept</th></tr></thead><tbody>');
    for (const e of r.entities) h.push(`<tr><td><code>${escapeXml(e.entity)}</code></td><td class="num">${fmt(e.input)}</td><td class="num">${pct(e.inputShare)}</td><td class="num">${fmt(e.kept)}</td><td class="num">${pct(e.keptShare)}</td><td class="num">${fmt(e.inputRecords)}</td><td class="num">${fmt(e.keptRecords)}</td></tr>`);
    h.push('</tbody></table></section>');
  }
  h.push('<section><h2>Records by redaction count</h2>');
  h.push(columnChart(r.histogram.map((b) => ({ label: b.label, value: b.input, highlight: b.min === 0 })), { title: 'Input records by number of redactions', xLabel: 'redactions in the record (input)', yLabel: 'records' }));
  h.push('<table><thead><tr><th class="num">Redactions</th><th class="num">Input</th><th class="num">Kept</th></tr></thead><tbody>');
  for (const b of r.histogram) h.push(`<tr><td class="num">${escapeXml(b.label)}</td><td class="num">${fmt(b.input)}</td><td class="num">${fmt(b.kept)}</td></tr>`);
  h.push('</tbody></table></section>');
  h.push(`<footer>Generated ${escapeXml(r.generated)} by Datasan. No detected value appears in this report.</footer>`);
  return page(`Repair report — ${r.input.path}`, h.join('\n'));
}

export function renderRepairReport(r: RepairReport, format: 'json' | 'md' | 'html'): string {
  return format === 'json' ? JSON.stringify(r, null, 2) + '\n' : format === 'md' ? repairMarkdown(r) : repairHtml(r);
}
