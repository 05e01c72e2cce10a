import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createScanner } from '../index';
import { resolveSettings } from '../settings';
import { redactStream } from '../redact-stream';
import type { Format } from '../formats/units';
import { ReportCollector, type RedactionReport } from './model';
import { mergeReports, parseShardReport, ReportMergeError } from './merge';

const scanner = createScanner({ ...resolveSettings({}), names: { enable: false, extraNames: [], notNames: [] } });

/** The report of redacting `text` (as a stream of its bytes), and its report as JSON text and back. */
async function reportOf(text: string, format: Format, input: string): Promise<RedactionReport> {
  const c = new ReportCollector({ input, format, style: 'placeholder', minConfidence: 0.5, scanner });
  const stats = await redactStream({
    input: (async function* () {
      yield Buffer.from(text);
    })(),
    format,
    scanner,
    style: 'placeholder',
    write: () => {},
    onHeaders: (h) => c.setHeaders(h),
    onUnit: (u) => c.add(u),
  });
  return parseShardReport(JSON.stringify(c.report(stats.bytesRead, stats.lines)), input);
}

const without = ({ generated: _g, durationMs: _d, input: { path: _p, shards: _s, ...input }, ...rest }: RedactionReport) => ({ ...rest, input });

test('report merge: text shards cut at blank lines merge to the whole; records are paragraphs, lines move by lines', async () => {
  const paragraphs = Array.from({ length: 60 }, (_, i) => `Paragraph ${i}: write to p${i}@mail.com${i % 9 === 0 ? ` or call +1 415 555 01${String(10 + i)} or cc${i}@mail.net` : ''}.\nSecond line ${i}.`);
  const whole = await reportOf(paragraphs.join('\n\n') + '\n', 'text', 'all.txt');
  const shards = await Promise.all([0, 1, 2].map((k) => reportOf(paragraphs.slice(k * 20, (k + 1) * 20).join('\n\n') + '\n\n', 'text', `p${k}.txt`)));
  // The last shard ends with one line break less, as the whole does.
  shards[2] = await reportOf(paragraphs.slice(40).join('\n\n') + '\n', 'text', 'p2.txt');
  const merged = mergeReports(shards.map((report, i) => ({ name: `p${i}.json`, report })));
  assert.deepEqual(without(merged), without(whole));
  assert.ok(merged.mostAffected.some((m) => m.record > 40 && m.line > 120), 'a record of the last shard, numbered across shards');
});

test('report merge: CSV shards with their own header merge by record', async () => {
  const rows = Array.from({ length: 30 }, (_, i) => `${i},u${i}@mail.com,${i % 4 ? 'none' : `+1 415 555 01${String(10 + i)}`}`);
  const header = 'id,email,phone';
  const whole = await reportOf([header, ...rows].join('\n') + '\n', 'csv', 'all.csv');
  const shards = await Promise.all([0, 1].map((k) => reportOf([header, ...rows.slice(k * 15, (k + 1) * 15)].join('\n') + '\n', 'csv', `c${k}.csv`)));
  const merged = mergeReports(shards.map((report, i) => ({ name: `c${i}.json`, report })));
  // Each shard's header adds its bytes and its line; everything else is the whole's.
  const { mostAffected: m1, merge: g1, input: i1, ...a } = without(merged);
  const { mostAffected: m2, merge: g2, input: i2, ...b } = without(whole);
  assert.deepEqual(a, b);
  assert.equal(i1.bytes, i2.bytes + header.length + 1);
  assert.deepEqual(m1.map((m) => m.record), m2.map((m) => m.record));
  assert.equal(g1.lines, g2.lines + 1, 'the second header line is counted');
});

test('report merge: more than 20,000 fields is said, and reports of other formats are refused', async () => {
  const many = Array.from({ length: 20_050 }, (_, i) => JSON.stringify({ [`k${i}`]: `x${i}@mail.com` })).join('\n') + '\n';
  const r = await reportOf(many, 'jsonl', 'many.jsonl');
  assert.equal(r.merge.fieldsOverflow, true);
  assert.equal(r.fields.length, 501);
  assert.equal(r.merge.fields!.length, 20_001);
  const csv = await reportOf('a,b\n1,x@mail.com\n', 'csv', 'x.csv');
  assert.throws(() => mergeReports([{ name: 'a.json', report: r }, { name: 'b.json', report: csv }]), ReportMergeError);
});
