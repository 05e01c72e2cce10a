import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { RedactionReport } from './model';
import { reportHtml } from './render';
import { workspaceReportHtml } from './workspace';

// The report opens in a webview beside the editor, often 320–450 px wide: nothing may need more than that.
const NARROW_PX = 320;

const REPORT: RedactionReport = {
  version: 2,
  kind: 'datasan-redaction-report',
  generated: '2025-01-01T00:00:00.000Z',
  input: { path: 'data/support-chats-with-a-rather-long-name.jsonl', format: 'jsonl', bytes: 48_213 },
  options: { style: 'placeholder', minConfidence: 0.5, dryRun: true },
  totals: { records: 1200, recordsWithRedactions: 480, redactions: 1530, invalidRecords: 2, droppedRecords: 0 },
  entities: [
    { entity: 'EMAIL_ADDRESS', label: 'Email address', count: 900, records: 400 },
    { entity: 'PHONE_NUMBER', label: 'Phone number', count: 600, records: 300 },
    { entity: 'CREDIT_CARD', label: 'Credit card number', count: 30, records: 30 },
  ],
  rules: [{ rule: 'pii/email', entity: 'EMAIL_ADDRESS', label: 'Email address', count: 900 }],
  fields: [{ field: 'messages[].content.attachments[].description', count: 1500, entities: { EMAIL_ADDRESS: 900, PHONE_NUMBER: 600 } }],
  histogram: ['0', '1', '2', '3', '4', '5–9', '10–19', '20–49', '50–99', '100+'].map((label, i) => ({ label, min: i, max: i, records: 100 * (10 - i) })),
  mostAffected: [{ record: 7, line: 7, redactions: 12, entities: { EMAIL_ADDRESS: 8, PHONE_NUMBER: 4 } }],
  qa: null,
  merge: { lines: 1200, perRecord: [], fields: null, fieldsOverflow: false, qaKinds: { chat: 0, plain: 0 } },
};

/** Every place the HTML asks for more width than a narrow pane has, as readable strings. */
function tooWide(html: string): string[] {
  const wide: string[] = [];
  const css = html.match(/<style>([^]*?)<\/style>/)?.[1] ?? '';
  for (const m of css.matchAll(/(?<![-\w])(min-width|width)\s*:\s*(\d+)px/g)) if (Number(m[2]) > NARROW_PX) wide.push(`CSS ${m[0]}`);
  for (const svg of html.match(/<svg\b[^]*?<\/svg>/g) ?? []) {
    const open = svg.match(/<svg\b[^>]*>/)![0];
    // A viewBox scales the text with the chart: in a narrow pane the labels would shrink to nothing.
    if (/viewBox=/.test(open)) wide.push(`an svg with a viewBox: ${open}`);
    if (!/\bwidth="100%"/.test(open)) wide.push(`an svg not as wide as its pane: ${open}`);
    for (const m of svg.matchAll(/\s(x|x1|x2|width)="([\d.]+)"/g)) if (Number(m[2]) > NARROW_PX) wide.push(`svg ${m[1]}="${m[2]}" (px)`);
  }
  return wide;
}

test('report HTML: charts and tables fit a narrow pane; nothing has a fixed width wider than it', () => {
  const html = reportHtml(REPORT);
  assert.ok((html.match(/<svg\b/g) ?? []).length >= 3, 'the entity, record and field charts are drawn');
  assert.deepEqual(tooWide(html), []);
  const workspace = workspaceReportHtml({ files: [{ uri: 'file:///w/data/a-very-long-folder-name/train.jsonl', findings: 12, entities: { EMAIL_ADDRESS: 12 } }] }, (u) => u.slice(8));
  assert.deepEqual(tooWide(workspace), []);
});

test('report HTML: every table scrolls in its own box, so a wide table does not widen the page', () => {
  const html = reportHtml(REPORT);
  const tables = html.match(/<table>/g)?.length ?? 0;
  assert.ok(tables >= 3);
  assert.equal(html.match(/<div class="table"><table>/g)?.length, tables);
  assert.match(html, /\.table\{overflow-x:auto\}/);
});

test('report HTML: bar lengths follow the counts, in percent of the chart width', () => {
  const html = reportHtml(REPORT);
  const entityChart = html.match(/<svg\b[^]*?<\/svg>/)![0];
  const widths = [...entityChart.matchAll(/<rect x="0" y="[\d.]+" width="([\d.]+)%"/g)].map((m) => Number(m[1]));
  assert.deepEqual(widths, [100, (600 / 900) * 100, (30 / 900) * 100].map((w) => Number(w.toFixed(2))));
});
