import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createScanner, scanText } from '../index';
import { redactStream } from '../redact-stream';
import type { Format } from '../formats/units';
import { ReportCollector } from './model';
import { renderReport } from './render';

// Names and places are left out so that the expected counts below stay readable.
const ENTITIES = { entities: new Set(['EMAIL_ADDRESS', 'PHONE_NUMBER']) };
const VALUES = ['ann.lee@mail.com', 'bob@mail.org', 'carl@mail.net', '+1 415 555 0123', 'dora@mail.com', 'eve@mail.com'];
const RECORDS = [
  { question: 'Who is at ann.lee@mail.com?', context: 'Ann reads ann.lee@mail.com daily.', answer: 'ann.lee@mail.com' },
  { question: 'What is the capital of France?', context: 'Paris is the capital.', answer: 'Paris' },
  { messages: [{ role: 'user', content: 'call +1 415 555 0123 please' }, { role: 'assistant', content: 'I will write to bob@mail.org and carl@mail.net first.' }] },
  { messages: [{ role: 'user', content: 'hello' }, { role: 'assistant', content: 'hi there' }] },
  { contacts: { 'dora@mail.com': 'write to dora@mail.com' } },
  { text: 'nothing here' },
];

async function build(text: string, format: Format) {
  const dir = mkdtempSync(join(tmpdir(), 'datasan-report-'));
  writeFileSync(join(dir, 'in'), text);
  const scanner = createScanner(undefined, ENTITIES);
  const c = new ReportCollector({ input: 'in', format, style: 'placeholder', minConfidence: 0.5, scanner });
  await redactStream({ input: join(dir, 'in'), format, scanner, style: 'placeholder', write: () => {}, onUnit: (u) => c.add(u), onHeaders: (h) => c.setHeaders(h) });
  return c.report(Buffer.byteLength(text));
}

test('report: counts per entity, field and record match the engine findings', async () => {
  const text = RECORDS.map((r) => JSON.stringify(r)).join('\n') + '\nnot json eve@mail.com\n';
  const r = await build(text, 'jsonl');
  const lines = text.split('\n').filter(Boolean);
  const perLine = lines.map((l) => scanText(l, 'jsonl', undefined, ENTITIES).findings);
  const all = perLine.flat();
  assert.equal(r.totals.redactions, all.length);
  assert.equal(r.totals.records, lines.length);
  assert.equal(r.totals.recordsWithRedactions, perLine.filter((f) => f.length).length);
  assert.equal(r.totals.invalidRecords, 1);
  const byEntity: Record<string, number> = {};
  for (const f of all) byEntity[f.entity!] = (byEntity[f.entity!] ?? 0) + 1;
  assert.deepEqual(Object.fromEntries(r.entities.map((e) => [e.entity, e.count])), byEntity);
  assert.deepEqual(Object.fromEntries(r.fields.map((f) => [f.field, f.count])), { question: 1, context: 1, answer: 1, 'messages[].content': 3, 'contacts.*': 1 });
  assert.equal(r.histogram.reduce((s, h) => s + h.records, 0), r.totals.records);
  assert.deepEqual(r.histogram.map((h) => [h.label, h.records]), [['0', 3], ['1', 2], ['2', 0], ['3', 2]]);
  assert.deepEqual(r.mostAffected.map((m) => [m.record, m.redactions]), [[1, 3], [3, 3], [5, 1], [7, 1]]);
  assert.deepEqual(r.qa, { kind: 'mixed', records: 4, answers: 4, answersWithRedactions: 2, answersWhollyRedacted: 1, byEntity: { EMAIL_ADDRESS: 2 } });
});

test('report: CSV fields are the column headers', async () => {
  const r = await build('name,email,notes\nAnn,ann@mail.com,call +1 415 555 0123\nBob,bob@mail.org,\n', 'csv');
  assert.deepEqual(Object.fromEntries(r.fields.map((f) => [f.field, f.count])), { email: 2, notes: 1 });
  assert.equal(r.totals.records, 2);
  assert.equal(r.qa, null);
});

test('report: no rendering holds a detected value; the HTML is self-contained', async () => {
  const text = RECORDS.map((r) => JSON.stringify(r)).join('\n') + '\n';
  const r = await build(text, 'jsonl');
  for (const format of ['json', 'md', 'html'] as const) {
    const out = renderReport(r, format);
    for (const v of VALUES) assert.equal(out.includes(v), false, `${format} report holds a value`);
  }
  const html = renderReport(r, 'html');
  assert.match(html, /^<!doctype html>/);
  assert.match(html, /<svg[^>]*>.*Records by number of redactions/s);
  assert.doesNotMatch(html, /<script|\bsrc=|\bhref=|@import|url\(/i);
  assert.equal(JSON.parse(renderReport(r, 'json')).kind, 'datasan-redaction-report');
});

test('report: fields are capped, the rest lumped together', async () => {
  const text = Array.from({ length: 600 }, (_, i) => JSON.stringify({ scores: { [`u${i}`]: `mail user${i}@mail.com` } })).join('\n') + '\n';
  const r = await build(text, 'jsonl');
  assert.equal(r.fields.length, 501);
  assert.deepEqual(r.fields[0], { field: '(other fields)', count: 100, entities: { EMAIL_ADDRESS: 100 } });
  assert.equal(r.fields.reduce((s, f) => s + f.count, 0), 600);
});
