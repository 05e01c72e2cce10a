// Round trip: a small SQuAD-like dataset through the engine's stream redaction stays a consistent QA
// dataset: every answer_start (and answer_end) points at its answer text in the redacted context, in code points.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createScanner, scanText } from './index';
import { applyEdits, redactionEdits } from './redact';
import { redactStream } from './redact-stream';
import type { Format } from './formats/units';
import type { RedactionStyle } from './settings';

const cps = (s: string) => Array.from(s);
/** Python's context[start:start+len(text)]. */
const pySlice = (s: string, start: number, length: number) => cps(s).slice(start, start + length).join('');
/** Python's context.index(text), or -1. */
const pyIndex = (s: string, text: string) => (s.indexOf(text) === -1 ? -1 : cps(s.slice(0, s.indexOf(text))).length);

interface Answer {
  text: string;
  start: number;
  end: number;
}

/** A record's context and answers, whichever of the three shapes it has. */
function answersOf(r: Record<string, any>): { context: string; answers: Answer[] } {
  if (r.answers && !Array.isArray(r.answers)) return { context: r.context, answers: r.answers.text.map((t: string, i: number) => ({ text: t, start: r.answers.answer_start[i], end: r.answers.answer_end[i] })) };
  return { context: r.context, answers: [{ text: r.answer, start: r.answer_start, end: r.answer_end }] };
}

/** Builds a record with answer_start and answer_end (exclusive) computed as Python would (code points), in one of the shapes. */
function record(id: number, context: string, question: string, answers: string[], shape: 'hf' | 'flat' = 'hf') {
  const starts = answers.map((a) => {
    const at = pyIndex(context, a);
    assert.notEqual(at, -1, `fixture ${id}: the answer is in its context`);
    return at;
  });
  const ends = answers.map((a, i) => starts[i] + cps(a).length);
  return shape === 'hf'
    ? { id: `q${id}`, context, question, answers: { text: answers, answer_start: starts, answer_end: ends } }
    : { id: `q${id}`, context, question, answer: answers[0], answer_start: starts[0], answer_end: ends[0] };
}

// Fake people and addresses only.
const RECORDS = [
  record(1, 'Priya Raman (priya.raman@mail.com) moved to Lisbon in 2019. Her colleague Tomasz Wrobel stayed behind.', 'When did she move?', ['2019']),
  record(2, 'Call Jonas Eklund at +1 415 555 0142 or write to jonas.eklund@mail.com before the launch on Friday.', 'When is the launch?', ['Friday', 'on Friday']),
  record(3, '😀🎉 Tickets: mail events@mail.org, ask for Mara Olsen. The venue is the Blue Hall.', 'Where is it?', ['the Blue Hall'], 'flat'),
  record(4, 'The report was written by Dana Whitfield and reviewed by Omar Haddad in March.', 'Who wrote the report?', ['Dana Whitfield', 'Dana Whitfield and reviewed by Omar Haddad']),
  record(5, 'Contact: lee.chen@mail.com. Lee Chen leads the data team; the team ships every Tuesday.', 'Who leads the data team?', ['Lee Chen leads the data team', 'Tuesday']),
  record(6, 'No personal data here, only a \u00e9t\u00e9 "quoted" note\nand a tab\tbefore the answer: forty-two.', 'What is the answer?', ['forty-two']),
  record(7, 'Server 10.20.30.40 is run by ops@mail.net; card 4111 1111 1111 1111 was used 🙂 to pay for the Oslo office.', 'Which office?', ['Oslo office', 'the Oslo office'], 'flat'),
  record(8, 'Ask Sofia Marquez (sofia.m@mail.com, +44 20 7946 0958) about the grant of 5000 euros 🚀.', 'How much?', ['5000 euros']),
];

const JSONL = RECORDS.map((r) => JSON.stringify(r)).join('\n') + '\n';

async function streamed(text: string, format: Format, style: RedactionStyle) {
  const d = mkdtempSync(join(tmpdir(), 'datasan-qa-'));
  const input = join(d, format === 'json' ? 'in.json' : 'in.jsonl');
  writeFileSync(input, text);
  let out = '';
  const stats = await redactStream({ input, format, scanner: createScanner(), style, write: (s) => void (out += s) });
  return { out, stats };
}

/** Checks every answer of every record; returns how many moved and how many are still present verbatim. */
function checkAligned(before: Record<string, any>[], after: Record<string, any>[], label: string) {
  let moved = 0;
  let checked = 0;
  let staleWouldFail = 0;
  after.forEach((r, k) => {
    const { context, answers } = answersOf(r);
    const old = answersOf(before[k]).answers;
    answers.forEach((a, i) => {
      assert.ok(Number.isInteger(a.start) && a.start >= 0, `${label} ${r.id}: answer_start is a plain integer`);
      if (a.start !== old[i].start) moved++;
      if (pySlice(context, old[i].start, cps(a.text).length) !== a.text && pyIndex(context, a.text) !== -1) staleWouldFail++;
      if (pyIndex(context, a.text) === -1) return; // the answer's text is not in the context any more (redacted differently)
      checked++;
      assert.equal(pySlice(context, a.start, cps(a.text).length), a.text, `${label} ${r.id} answer ${i}`);
      assert.equal(pySlice(context, a.start, a.end - a.start), a.text, `${label} ${r.id} answer ${i}: answer_end`);
    });
  });
  return { moved, checked, staleWouldFail };
}

for (const style of ['placeholder', 'pseudonym', 'mask', 'partial'] as const) {
  test(`redactStream QA round trip (${style}): every JSONL line parses and every answer_start points at its answer`, async () => {
    const { out, stats } = await streamed(JSONL, 'jsonl', style);
    assert.ok(stats.redactions >= 10, `the fixture is redacted (${stats.redactions} redactions)`);
    const lines = out.split('\n').filter(Boolean);
    assert.equal(lines.length, RECORDS.length);
    const after = lines.map((l) => JSON.parse(l));
    const { moved, checked, staleWouldFail } = checkAligned(RECORDS, after, style);
    assert.ok(checked >= 10, `answers checked: ${checked}`);
    if (style !== 'mask') {
      assert.ok(moved >= 5, `answers moved: ${moved}`);
      assert.ok(staleWouldFail >= 5, `without the rewrite ${staleWouldFail} answers would point elsewhere`);
    }
    // Nothing but the redactions and the numbers changed: ids, questions and keys are as they were.
    after.forEach((r, k) => {
      assert.equal(r.id, RECORDS[k].id);
      assert.deepEqual(Object.keys(r), Object.keys(RECORDS[k]));
    });
  });
}

test('redactStream QA round trip: the original SQuAD nesting in a .json document (the whole-document path)', async () => {
  const paragraphs = RECORDS.filter((r) => 'answers' in r).map((r) => ({
    context: r.context,
    qas: [{ id: r.id, question: r.question, answers: (r as any).answers.text.map((t: string, i: number) => ({ text: t, answer_start: (r as any).answers.answer_start[i] })) }],
  }));
  const doc = { version: '1.1', data: [{ title: 'Fixture', paragraphs }] };
  const text = JSON.stringify(doc, null, 2) + '\n';
  const { out } = await streamed(text, 'json', 'placeholder');
  const after = JSON.parse(out);
  let checked = 0;
  let moved = 0;
  after.data[0].paragraphs.forEach((p: any, k: number) => {
    p.qas[0].answers.forEach((a: any, i: number) => {
      if (a.answer_start !== paragraphs[k].qas[0].answers[i].answer_start) moved++;
      if (pyIndex(p.context, a.text) === -1) return;
      checked++;
      assert.equal(pySlice(p.context, a.answer_start, cps(a.text).length), a.text, `${p.qas[0].id} answer ${i}`);
    });
  });
  assert.ok(checked >= 6 && moved >= 4, `checked ${checked}, moved ${moved}`);
  // The pretty-printing is kept: only values changed.
  assert.equal(out.split('\n').length, text.split('\n').length);
});

test('redactionEdits with the format ("Redact all PII in this file") keeps answers aligned, and gives what the stream writes', async () => {
  for (const [text, format] of [
    [JSONL, 'jsonl'],
    [JSON.stringify({ data: [{ paragraphs: [{ context: RECORDS[1].context, qas: [{ answers: [{ text: 'Friday', answer_start: pyIndex(RECORDS[1].context, 'Friday') }] }] }] }] }, null, 2), 'json'],
  ] as const) {
    const { findings } = scanText(text, format);
    const edits = redactionEdits(text, findings, findings, 'placeholder', format);
    for (let i = 1; i < edits.length; i++) assert.ok(edits[i].start >= edits[i - 1].end, 'edits do not overlap');
    const fixed = applyEdits(text, edits);
    assert.equal(fixed, (await streamed(text, format, 'placeholder')).out);
    assert.notEqual(fixed, applyEdits(text, redactionEdits(text, findings, findings, 'placeholder')), 'without the format, the numbers are not rewritten');
    if (format === 'jsonl') {
      const after = fixed.split('\n').filter(Boolean).map((l) => JSON.parse(l));
      assert.ok(checkAligned(RECORDS, after, 'editor').moved >= 5);
    } else {
      const a = JSON.parse(fixed).data[0].paragraphs[0];
      assert.equal(pySlice(a.context, a.qas[0].answers[0].answer_start, 6), 'Friday');
    }
  }
});
