import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import Ajv from 'ajv';
import type { FoundIn, Located } from '../engine/stream';
import { JsonWriter } from './format-json';
import { TextWriter } from './format-text';
import { indentedFinding, indentedJson, Output, type ReportFinding, type ReportWriter } from './output';

const schema = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'test', 'cli', 'scan-output.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true }).compile(schema);

/** A stream that counts what reached it, and keeps it for the end of the test. */
function sink() {
  const chunks: string[] = [];
  let received = 0;
  const stream = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(String(chunk));
      received += chunk.length;
      done();
    },
  });
  return { stream, received: () => received, text: () => chunks.join('') };
}

/** JSONL lines with one email each, as scanFile hands them on: a line and its findings at a time. */
function* emailLines(count: number): Generator<FoundIn> {
  let offset = 0;
  for (let i = 0; i < count; i++) {
    const text = `{"t":"user${i}@mail.com"}`;
    const start = offset + 6;
    const end = start + `user${i}@mail.com`.length;
    const f: Located = {
      rule: 'pii/email',
      entity: 'EMAIL_ADDRESS',
      start,
      end,
      confidence: 1,
      severity: 'warning',
      message: 'Email address',
      reasons: [],
      container: 'json-string',
      record: i + 1,
      range: { start: { line: i, character: 6 }, end: { line: i, character: 6 + end - start } },
    };
    yield { text, start: offset, findings: [f], notices: [] };
    offset += text.length + 1;
  }
}

/**
 * Feeds many findings and checks, as they go, that the stream has what was fed but a chunk: a writer
 * that held findings (or built one string at the end) would leave it empty until the end.
 */
function feedChecked(writer: ReportWriter, out: Output, received: () => number, count: number, bytesPerFinding: number): void {
  writer.startFile('data/train.jsonl');
  let fed = 0;
  for (const found of emailLines(count)) {
    writer.found(found);
    if (++fed % 1000 === 0) assert.ok(received() >= fed * bytesPerFinding - (1 << 16), `only ${received()} bytes written after ${fed} findings`);
  }
  writer.endFile([]);
  writer.end();
  out.flush();
}

test('json writer: writes each finding as it comes, and the whole is the schema’s JSON with every finding', () => {
  const s = sink();
  const out = new Output(s.stream);
  const count = 50_000;
  feedChecked(new JsonWriter(out, true), out, s.received, count, 300);
  const doc = JSON.parse(s.text());
  assert.ok(validate(JSON.parse(s.text())), JSON.stringify(validate.errors));
  const findings = doc.files[0].findings;
  assert.equal(findings.length, count);
  assert.deepEqual(findings.at(-1), {
    rule: 'pii/email',
    entity: 'EMAIL_ADDRESS',
    confidence: 1,
    severity: 'warning',
    message: 'Email address',
    offset: [...emailLines(count)].at(-1)!.findings[0].start,
    length: `user${count - 1}@mail.com`.length,
    range: { start: { line: count - 1, character: 6 }, end: { line: count - 1, character: 6 + `user${count - 1}@mail.com`.length } },
    record: count,
    value: `user${count - 1}@mail.com`,
  });
  assert.equal(s.text(), JSON.stringify(doc, null, 2) + '\n', 'laid out as JSON.stringify lays it out');
});

test('text writer: writes each finding as it comes, and counts them in the summary', () => {
  const s = sink();
  const out = new Output(s.stream);
  feedChecked(new TextWriter(out, false, false), out, s.received, 20_000, 60);
  const lines = s.text().split('\n');
  assert.equal(lines[0], 'data/train.jsonl');
  assert.equal(lines[1], '  1:7       warning  Email address                    pii/email (1.00)');
  assert.equal(lines.filter((l) => l.includes('pii/email')).length, 20_000);
  assert.equal(lines.at(-2), '✖ 20000 findings in 1 file');
});

test('output: waits for a full stream to drain before more is written', async () => {
  let taken = 0;
  const slow = new Writable({ highWaterMark: 1024, write: (chunk, _encoding, done) => setTimeout(() => done(void (taken += chunk.length)), 5) });
  const out = new Output(slow);
  out.write('x'.repeat(70_000));
  const wait = out.drained();
  assert.ok(wait, 'a full stream is waited for');
  await wait;
  assert.equal(taken, 70_000);
  assert.equal(out.drained(), undefined);
});

test('indentedFinding lays a finding out as indentedJson does, with and without each optional field', () => {
  const base: ReportFinding = {
    rule: 'pii/email',
    entity: 'EMAIL_ADDRESS',
    confidence: 0.85,
    severity: 'warning',
    message: 'Email "address" \\ \u2028 \u0001 é',
    offset: 12,
    length: 17,
    range: { start: { line: 0, character: 12 }, end: { line: 3, character: 1e21 } },
  };
  const variants: ReportFinding[] = [
    base,
    { ...base, entity: null, confidence: 1, severity: 'information' },
    { ...base, record: 7 },
    { ...base, record: 7, row: 0, column: 'messages[2].content' },
    { ...base, row: 12, column: 'a"b\n' },
    { ...base, record: 1, value: 'x\ty\u0000\ud800 "z"' },
    { ...base, confidence: -0, offset: Number.NaN, length: 0.1 + 0.2 },
  ];
  for (const f of variants) for (const depth of [0, 1, 4]) assert.equal(indentedFinding(f, depth), indentedJson(f, depth));
});
