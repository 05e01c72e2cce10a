// `datasan repair`: the subsampling repair keeps the records under a threshold, byte for byte, on a
// redacted file (placeholders) as on an unredacted one (a scan), and reports what it dropped.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { bigJsonl } from './big-jsonl';
import { run, workspace } from './helpers';

const email = (i: number) => `user${i}@mail.com`;
// id: number of emails in the record.
const RECORDS = [
  { id: 'r0', text: 'nothing personal in this one at all' },
  { id: 'r1', text: `please write to ${email(1)} about the order we placed last week` },
  { id: 'r2', text: `forward ${email(2)} and ${email(3)}` },
  { id: 'r3', text: `${email(4)} ${email(5)} ${email(6)}` },
  { id: 'r1b', text: `[TODO] check the [NOTE] field, reply to ${email(7)} when the shipment arrives at the warehouse` },
];
const UNREDACTED = '\uFEFF' + RECORDS.map((r) => JSON.stringify(r)).join('\r\n') + '\r\n';
/** The same dataset after `redact --style pseudonym`, as placeholders. */
const REDACTED = UNREDACTED.replace(/user(\d)@mail\.com/g, (_, n) => `[EMAIL_ADDRESS_${n}]`).replace('[EMAIL_ADDRESS_7]', '[EMAIL_ADDRESS]');

const lines = (text: string) => text.replace(/^\uFEFF/, '').split('\r\n').filter(Boolean);
const ids = (text: string) => lines(text).map((l) => JSON.parse(l).id);

test('repair: --max-redactions keeps records with at most N, byte for byte, from a scan or from placeholders', () => {
  const dir = workspace({ 'raw.jsonl': UNREDACTED, 'red.jsonl': REDACTED });
  for (const input of ['raw.jsonl', 'red.jsonl']) {
    const r = run(['repair', input, '-o', `kept-${input}`, '--max-redactions', '1', '--report', `r-${input}.json`], dir);
    assert.equal(r.code, 0, r.err);
    const out = readFileSync(join(dir, `kept-${input}`), 'utf8');
    assert.deepEqual(ids(out), ['r0', 'r1', 'r1b'], input);
    const source = input === 'raw.jsonl' ? UNREDACTED : REDACTED;
    assert.equal(out, '\uFEFF' + [0, 1, 4].map((i) => lines(source)[i] + '\r\n').join(''), 'kept lines are copied as they were (BOM, CRLF)');
    const report = JSON.parse(readFileSync(join(dir, `r-${input}.json`), 'utf8'));
    assert.equal(report.kind, 'datasan-repair-report');
    assert.deepEqual(report.totals, { records: 5, kept: 3, dropped: 2, invalidRecords: 0 });
    assert.deepEqual(report.droppedBy, { maxRedactions: 2, maxDensity: 0, answerRedacted: 0 });
    assert.deepEqual(report.redactions, { input: 7, kept: 2 });
    assert.deepEqual(report.histogram.map((h: { label: string; input: number; kept: number }) => [h.label, h.input, h.kept]), [['0', 1, 1], ['1', 2, 2], ['2', 1, 0], ['3', 1, 0]]);
    assert.match(r.err, /kept 3 of 5 records \(60\.0%\); dropped 2 \(2 over --max-redactions 1\)/);
    for (let i = 1; i <= 7; i++) assert.equal(r.err.includes(email(i)), false);
  }
  // Counting only from a scan, a redacted file has nothing left to count: everything is kept.
  assert.equal(run(['repair', 'red.jsonl', '-o', 'scan-only.jsonl', '--max-redactions', '0', '--count-from', 'scan'], dir).code, 0);
  assert.deepEqual(ids(readFileSync(join(dir, 'scan-only.jsonl'), 'utf8')), ['r0', 'r1', 'r2', 'r3', 'r1b']);
  assert.equal(run(['repair', 'red.jsonl', '-o', 'ph.jsonl', '--max-redactions', '0', '--count-from', 'placeholders'], dir).code, 0);
  assert.deepEqual(ids(readFileSync(join(dir, 'ph.jsonl'), 'utf8')), ['r0']);
});

test('repair: --max-density drops records where redactions are a large share of the words', () => {
  const dir = workspace({ 'raw.jsonl': UNREDACTED });
  // r1: 1 of 12 words; r2: 2 of 4; r3: 3 of 3; r1b: 1 of 17.
  const r = run(['repair', 'raw.jsonl', '-o', 'out.jsonl', '--max-density', '0.25', '--report', 'r.md'], dir);
  assert.equal(r.code, 0, r.err);
  assert.deepEqual(ids(readFileSync(join(dir, 'out.jsonl'), 'utf8')), ['r0', 'r1', 'r1b']);
  const md = readFileSync(join(dir, 'r.md'), 'utf8');
  assert.match(md, /\| 5 \| 3 \(60\.0%\) \| 2 \| 0 \| 2 \| 0 \|/);
  for (let i = 1; i <= 7; i++) assert.equal(md.includes(email(i)), false);
});

test('repair: --drop-answer-redacted drops QA and chat records whose answer lost an entity', () => {
  const qa = [
    { id: 'q-answer', question: 'where do i write?', answer: `to ${email(1)}` },
    { id: 'q-question', question: `is ${email(2)} valid?`, answer: 'yes it is' },
    { id: 'chat-assistant', messages: [{ role: 'user', content: 'how do i reach support?' }, { role: 'assistant', content: `mail [EMAIL_ADDRESS_3]` }] },
    { id: 'chat-user', messages: [{ role: 'user', content: `i am ${email(4)}` }, { role: 'assistant', content: 'noted' }] },
    { id: 'plain', text: `not qa ${email(5)}` },
  ];
  const dir = workspace({ 'qa.jsonl': qa.map((r) => JSON.stringify(r)).join('\n') + '\n' });
  const r = run(['repair', 'qa.jsonl', '-o', 'out.jsonl', '--drop-answer-redacted', '--report', 'r.html'], dir);
  assert.equal(r.code, 0, r.err);
  assert.deepEqual(readFileSync(join(dir, 'out.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).id), ['q-question', 'chat-user', 'plain']);
  assert.match(r.err, /dropped 2 \(2 with a redacted answer\)/);
  const html = readFileSync(join(dir, 'r.html'), 'utf8');
  assert.match(html, /<svg/);
  for (let i = 1; i <= 5; i++) assert.equal(html.includes(email(i)), false);
});

test('repair: criteria are required and checked; --dry-run writes nothing', () => {
  const dir = workspace({ 'raw.jsonl': UNREDACTED });
  for (const args of [['raw.jsonl', '-o', 'x'], ['raw.jsonl', '-o', 'x', '--max-redactions', '-1'], ['raw.jsonl', '-o', 'x', '--max-density', '2'], ['raw.jsonl', '--max-redactions', '1'], ['raw.jsonl', '-o', 'x', '--max-redactions', '1', '--count-from', 'guess']]) {
    const r = run(['repair', ...args], dir);
    assert.equal(r.code, 2, args.join(' '));
    assert.equal(r.err.trim().split('\n').length, 1);
  }
  const d = run(['repair', 'raw.jsonl', '--dry-run', '--max-redactions', '2'], dir);
  assert.equal(d.code, 0, d.err);
  assert.match(d.err, /kept 4 of 5 records/);
  assert.deepEqual(readdirSync(dir), ['raw.jsonl']);
});

test('repair: --jobs spreads a big file over worker threads with the same output and report as one thread', () => {
  const dir = workspace({ 'big.jsonl': bigJsonl() });
  const sha = (f: string) => createHash('sha256').update(readFileSync(join(dir, f))).digest('hex');
  const one = run(['repair', 'big.jsonl', '-o', 'one.jsonl', '--max-redactions', '1', '--jobs', '1', '--report', 'one.json'], dir);
  const two = run(['repair', 'big.jsonl', '-o', 'two.jsonl', '--max-redactions', '1', '--jobs', '2', '--report', 'two.json'], dir);
  assert.equal(one.code, 0, one.err);
  assert.equal(two.code, 0, two.err);
  assert.equal(sha('two.jsonl'), sha('one.jsonl'));
  const report = (f: string) => JSON.parse(readFileSync(join(dir, f), 'utf8'), (k, v) => (k === 'generated' || k === 'durationMs' ? undefined : v));
  assert.deepEqual(report('two.json'), report('one.json'));
  // Lines with an email and a phone (two redactions) are dropped, the invalid line is judged by its text.
  const kept = readFileSync(join(dir, 'two.jsonl'), 'utf8');
  assert.equal(kept.includes('user97@mail.com'), false);
  assert.ok(kept.includes('Ingrid Solberg') === false || kept.includes('4111 1111 1111 1111'));
  assert.match(two.err, /line 4322 is not valid JSON/);
  assert.equal(run(['repair', 'big.jsonl', '--dry-run', '--max-redactions', '1', '--jobs', 'many'], dir).code, 2);
});
