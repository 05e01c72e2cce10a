// The redaction report as Markdown and as one self-contained HTML page (inline CSS and SVG, no script).
import type { RedactionReport } from './model';
import { barChart, columnChart, escapeXml } from './svg';
import { formatBytes } from '../io';
import { markdownCode } from '../printable';

export type ReportFormat = 'json' | 'md' | 'html';

/** The report format a file name asks for, or undefined. */
export function reportFormatOf(path: string): ReportFormat | undefined {
  const ext = path.match(/\.([A-Za-z]+)$/)?.[1]?.toLowerCase();
  return ext === 'json' ? 'json' : ext === 'md' || ext === 'markdown' ? 'md' : ext === 'html' || ext === 'htm' ? 'html' : undefined;
}

const fmt = (n: number) => n.toLocaleString('en-US');
const pct = (n: number, of: number) => (of ? `${((n / of) * 100).toFixed(n / of < 0.001 && n ? 3 : 1)}%` : '0%');

export function renderReport(r: RedactionReport, format: ReportFormat): string {
  return format === 'json' ? JSON.stringify(r, null, 2) + '\n' : format === 'md' ? reportMarkdown(r) : reportHtml(r);
}

function mdCell(s: string): string {
  return s.replace(/\|/g, '\\|');
}

export function reportMarkdown(r: RedactionReport): string {
  const t = r.totals;
  const out: string[] = [];
  out.push(`# Datasan redaction report`, '');
  out.push(`**Input:** ${markdownCode(r.input.path)} (${r.input.format}, ${formatBytes(r.input.bytes)})  `);
  out.push(`**Style:** ${r.options.style ?? 'n/a'}${r.options.dryRun ? ' (dry run: nothing written)' : ''} · **Minimum confidence:** ${r.options.minConfidence}${r.options.entities ? ` · **Entities:** ${r.options.entities.join(', ')}` : ''}  `);
  out.push(`**Generated:** ${r.generated}`, '');
  out.push('| Records | With redactions | Redactions | Invalid JSON | Dropped |', '|---:|---:|---:|---:|---:|');
  out.push(`| ${fmt(t.records)} | ${fmt(t.recordsWithRedactions)} (${pct(t.recordsWithRedactions, t.records)}) | ${fmt(t.redactions)} | ${fmt(t.invalidRecords)} | ${fmt(t.droppedRecords)} |`, '');

  out.push('## Redactions per entity', '');
  if (!r.entities.length) out.push('No redactions.', '');
  else {
    out.push('| Entity | Kind | Redactions | Records |', '|---|---|---:|---:|');
    for (const e of r.entities) out.push(`| \`${e.entity}\` | ${mdCell(e.label)} | ${fmt(e.count)} | ${fmt(e.records)} |`);
    out.push('');
  }
  if (r.fields.length) {
    out.push(`## Redactions per ${r.input.format === 'csv' || r.input.format === 'tsv' ? 'column' : 'field'}`, '');
    out.push('| Field | Redactions | Entities |', '|---|---:|---|');
    for (const f of r.fields) out.push(`| ${markdownCode(f.field, true)} | ${fmt(f.count)} | ${Object.entries(f.entities).map(([e, n]) => `${e} ${fmt(n)}`).join(', ')} |`);
    out.push('');
  }
  out.push('## Redactions per record', '');
  out.push('| Redactions | Records | Share |', '|---:|---:|---:|');
  for (const h of r.histogram) out.push(`| ${h.label} | ${fmt(h.records)} | ${pct(h.records, t.records)} |`);
  out.push('');
  if (r.qa) {
    const q = r.qa;
    out.push(`## Answers (${q.kind === 'chat' ? 'chat records: assistant turns' : q.kind === 'qa' ? 'question-answer records' : 'QA and chat records'})`, '');
    out.push(`- ${fmt(q.records)} records with answers, ${fmt(q.answers)} answers`);
    out.push(`- **${fmt(q.answersWithRedactions)} answers (${pct(q.answersWithRedactions, q.answers)}) lost an entity they contained**`);
    out.push(`- Answers that were nothing but redacted entities (the answer itself is gone): ${fmt(q.answersWhollyRedacted)}`);
    if (Object.keys(q.byEntity).length) out.push(`- By entity: ${Object.entries(q.byEntity).sort((a, b) => b[1] - a[1]).map(([e, n]) => `${e} ${fmt(n)}`).join(', ')}`);
    out.push('', 'Redaction costs QA accuracy most when the redacted entity is the answer; `datasan repair --drop-answer-redacted` or `--max-redactions N` subsamples such records away.', '');
  }
  if (r.mostAffected.length) {
    out.push('## Most affected records', '');
    out.push('| Record | Line | Redactions | Entities |', '|---:|---:|---:|---|');
    for (const m of r.mostAffected) out.push(`| ${m.record} | ${m.line} | ${m.redactions} | ${Object.entries(m.entities).map(([e, n]) => `${e} ${n}`).join(', ')} |`);
    out.push('');
  }
  if (r.rules.length) {
    out.push('## Rules', '');
    out.push('| Rule | Kind | Redactions |', '|---|---|---:|');
    for (const x of r.rules) out.push(`| \`${x.rule}\` | ${mdCell(x.label)} | ${fmt(x.count)} |`);
    out.push('');
  }
  out.push('_No detected value appears in this report._', '');
  return out.join('\n');
}

export const REPORT_CSS = `
:root{--fg:#1d2330;--muted:#5f6b7d;--line:#e3e7ee;--bg:#f6f7f9;--card:#fff;--accent:#2f6fdb;--accent2:#f08c2e;--zero:#9fb4d6}
*{box-sizing:border-box}body{margin:0;padding:0;background:var(--bg);color:var(--fg);font:14px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
main{max-width:980px;margin:0 auto;padding:28px 24px 48px}
header h1{margin:0;font-size:24px;font-weight:650;letter-spacing:-.01em}header .sub{color:var(--muted);margin-top:4px;overflow-wrap:anywhere}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(160px,1fr));gap:12px;margin:20px 0}
.card{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:14px 16px}
.card .n{font-size:24px;font-weight:650;font-variant-numeric:tabular-nums}.card .k{color:var(--muted);font-size:12px;text-transform:uppercase;letter-spacing:.04em}
.card.warn .n{color:#b4541a}
section{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:18px 20px;margin:16px 0}
svg.chart{display:block;margin:0 0 12px;overflow:visible}svg.bars{max-width:760px}
.table{overflow-x:auto}td code{overflow-wrap:break-word}
@media (max-width:560px){main{padding:16px 10px 32px}section{padding:14px 12px}th,td{padding:6px}th{letter-spacing:0}}
section h2{margin:0 0 12px;font-size:16px;font-weight:650}
section p.note{color:var(--muted);margin:8px 0 0}
table{border-collapse:collapse;width:100%;font-variant-numeric:tabular-nums}th,td{text-align:left;padding:6px 10px;border-bottom:1px solid var(--line)}
th{color:var(--muted);font-weight:600;font-size:12px;text-transform:uppercase;letter-spacing:.03em}td.num,th.num{text-align:right}
code{font:12.5px ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;background:#eef1f6;padding:1px 5px;border-radius:4px}
.pill{display:inline-block;margin:1px 4px 1px 0;padding:0 7px;border-radius:10px;background:#eef3fc;color:#244e9c;font-size:12px}
svg .bar{fill:var(--accent)}svg .bar.alt{fill:var(--accent2)}svg .bar.zero{fill:var(--zero)}svg .axis{stroke:#aab3c2}
svg text{font:12px system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;fill:var(--fg)}svg .axis-label,svg .note{fill:var(--muted)}svg .value{font-weight:600}svg .small{font-size:11px}
footer{color:var(--muted);font-size:12px;margin-top:24px}
`;

/** Every table in its own scrolling box: a table wider than a narrow pane scrolls, the page does not. */
function scrollingTables(body: string): string {
  return body.replace(/<table>/g, '<div class="table"><table>').replace(/<\/table>/g, '</table></div>');
}

export function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${escapeXml(title)}</title><style>${REPORT_CSS}</style></head>
<body><main>${scrollingTables(body)}</main></body></html>
`;
}

const pills = (m: Record<string, number>) =>
  Object.entries(m)
    .map(([e, n]) => `<span class="pill">${escapeXml(e)} ${fmt(n)}</span>`)
    .join('');

export function reportHtml(r: RedactionReport): string {
  const t = r.totals;
  const h: string[] = [];
  h.push(`<header><h1>Datasan redaction report</h1><div class="sub"><code>${escapeXml(r.input.path)}</code> · ${escapeXml(r.input.format)} · ${escapeXml(formatBytes(r.input.bytes))} · style ${escapeXml(r.options.style ?? 'n/a')}${r.options.dryRun ? ' (dry run)' : ''} · min. confidence ${r.options.minConfidence}</div></header>`);
  const card = (k: string, n: string, cls = '') => `<div class="card ${cls}"><div class="k">${escapeXml(k)}</div><div class="n">${escapeXml(n)}</div></div>`;
  h.push('<div class="cards">');
  h.push(card('Records', fmt(t.records)));
  h.push(card('Redactions', fmt(t.redactions)));
  h.push(card('Records affected', `${fmt(t.recordsWithRedactions)} · ${pct(t.recordsWithRedactions, t.records)}`));
  if (r.qa) h.push(card('Answers that lost an entity', `${fmt(r.qa.answersWithRedactions)} · ${pct(r.qa.answersWithRedactions, r.qa.answers)}`, r.qa.answersWithRedactions ? 'warn' : ''));
  if (t.invalidRecords) h.push(card('Invalid JSON lines', fmt(t.invalidRecords), 'warn'));
  if (t.droppedRecords) h.push(card('Dropped', fmt(t.droppedRecords), 'warn'));
  h.push('</div>');

  h.push('<section><h2>Redactions per entity</h2>');
  if (!r.entities.length) h.push('<p class="note">No redactions.</p>');
  else {
    h.push(barChart(r.entities.map((e) => ({ label: e.entity, value: e.count, note: `in ${fmt(e.records)} record${e.records === 1 ? '' : 's'}` })), { title: 'Redactions per entity' }));
    h.push('<table><thead><tr><th>Entity</th><th>Kind</th><th class="num">Redactions</th><th class="num">Records</th></tr></thead><tbody>');
    for (const e of r.entities) h.push(`<tr><td><code>${escapeXml(e.entity)}</code></td><td>${escapeXml(e.label)}</td><td class="num">${fmt(e.count)}</td><td class="num">${fmt(e.records)}</td></tr>`);
    h.push('</tbody></table>');
  }
  h.push('</section>');

  h.push('<section><h2>Redactions per record</h2>');
  h.push(columnChart(r.histogram.map((b) => ({ label: b.label, value: b.records, highlight: b.min === 0 })), { title: 'Records by number of redactions', xLabel: 'redactions in the record', yLabel: 'records' }));
  h.push(`<p class="note">${fmt(t.records - t.recordsWithRedactions)} of ${fmt(t.records)} records needed no redaction.</p></section>`);

  if (r.fields.length) {
    const csv = r.input.format === 'csv' || r.input.format === 'tsv';
    h.push(`<section><h2>Redactions per ${csv ? 'column' : 'field'}</h2>`);
    h.push(barChart(r.fields.slice(0, 15).map((f) => ({ label: f.field, value: f.count })), { title: `Redactions per ${csv ? 'column' : 'field'}` }));
    h.push(`<table><thead><tr><th>${csv ? 'Column' : 'Field'}</th><th class="num">Redactions</th><th>Entities</th></tr></thead><tbody>`);
    for (const f of r.fields) h.push(`<tr><td><code>${escapeXml(f.field)}</code></td><td class="num">${fmt(f.count)}</td><td>${pills(f.entities)}</td></tr>`);
    h.push('</tbody></table></section>');
  }

  if (r.qa) {
    const q = r.qa;
    h.push(`<section><h2>Answers</h2><table><tbody>`);
    h.push(`<tr><td>${q.kind === 'chat' ? 'Chat records (answers are assistant turns)' : q.kind === 'qa' ? 'Question-answer records' : 'QA and chat records'}</td><td class="num">${fmt(q.records)}</td></tr>`);
    h.push(`<tr><td>Answers</td><td class="num">${fmt(q.answers)}</td></tr>`);
    h.push(`<tr><td><strong>Answers that lost an entity they contained</strong></td><td class="num"><strong>${fmt(q.answersWithRedactions)}</strong> (${pct(q.answersWithRedactions, q.answers)})</td></tr>`);
    h.push(`<tr><td>Answers that were nothing but redacted entities</td><td class="num">${fmt(q.answersWhollyRedacted)}</td></tr>`);
    if (Object.keys(q.byEntity).length) h.push(`<tr><td>By entity</td><td class="num">${pills(Object.fromEntries(Object.entries(q.byEntity).sort((a, b) => b[1] - a[1])))}</td></tr>`);
    h.push(`</tbody></table><p class="note">Redaction costs QA accuracy most when the redacted entity carries the answer. <code>datasan repair --drop-answer-redacted</code> or <code>--max-redactions N</code> keeps only the records under a threshold.</p></section>`);
  }

  if (r.mostAffected.length) {
    h.push('<section><h2>Most affected records</h2><table><thead><tr><th class="num">Record</th><th class="num">Line</th><th class="num">Redactions</th><th>Entities</th></tr></thead><tbody>');
    for (const m of r.mostAffected) h.push(`<tr><td class="num">${m.record}</td><td class="num">${m.line}</td><td class="num">${m.redactions}</td><td>${pills(m.entities)}</td></tr>`);
    h.push('</tbody></table></section>');
  }
  if (r.rules.length) {
    h.push('<section><h2>Rules</h2><table><thead><tr><th>Rule</th><th>Kind</th><th class="num">Redactions</th></tr></thead><tbody>');
    for (const x of r.rules) h.push(`<tr><td><code>${escapeXml(x.rule)}</code></td><td>${escapeXml(x.label)}</td><td class="num">${fmt(x.count)}</td></tr>`);
    h.push('</tbody></table></section>');
  }
  h.push(`<footer>Generated ${escapeXml(r.generated)} by Datasan. No detected value appears in this report.</footer>`);
  return page(`Redaction report — ${r.input.path}`, h.join('\n'));
}
