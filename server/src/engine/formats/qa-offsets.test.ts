import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { OffsetEdit } from '../types';
import { applyEdits } from '../redact';
import { jsonEscape } from './json';
import { answerStartEdits, withAlignedAnswers } from './qa-offsets';

/** Python's s[a:b] on a str: code points, not UTF-16 units. */
const cpSlice = (s: string, a: number, b: number) => Array.from(s).slice(a, b).join('');
const cpIndexOf = (s: string, needle: string) => Array.from(s.slice(0, s.indexOf(needle))).length;
const cpLength = (s: string) => Array.from(s).length;

/** Redacts every raw occurrence of each value (as it is written in `text`) with `[KIND]`. */
function redact(text: string, values: Record<string, string>): OffsetEdit[] {
  const edits: OffsetEdit[] = [];
  for (const [value, kind] of Object.entries(values)) {
    for (let i = text.indexOf(value); i !== -1; i = text.indexOf(value, i + value.length)) edits.push({ start: i, end: i + value.length, newText: jsonEscape(`[${kind}]`) });
  }
  return edits.sort((a, b) => a.start - b.start);
}

/** Applies the redaction plus its answer_start edits; checks they do not overlap; returns the parsed result. */
function redacted(text: string, edits: OffsetEdit[]) {
  const extra = answerStartEdits(text, edits);
  const all = [...edits, ...extra].sort((a, b) => a.start - b.start);
  for (let i = 1; i < all.length; i++) assert.ok(all[i].start >= all[i - 1].end, 'edits do not overlap');
  for (const e of extra) assert.match(text.slice(e.start, e.end), /^\d+$/, 'only numbers are rewritten');
  for (const e of extra) assert.match(e.newText, /^(0|[1-9]\d*)$/, 'as plain integers');
  const out = applyEdits(text, all);
  return { out, extra, value: JSON.parse(out) };
}

function assertAligned(context: string, start: number, answer: string, what = '') {
  assert.equal(cpSlice(context, start, start + cpLength(answer)), answer, `answer aligned ${what}`);
}

test('qa-offsets: Hugging Face SQuAD shape, several answers, before and after a redaction', () => {
  const context = 'Rome hosts it. Mail ann.lee@example.com about the Paris office in Paris.';
  const record = {
    id: 'q1',
    context,
    question: 'Which office?',
    answers: { text: ['Rome', 'Paris office', 'Paris'], answer_start: [0, context.indexOf('Paris office'), context.lastIndexOf('Paris')] },
  };
  const text = JSON.stringify(record);
  const { value, extra } = redacted(text, redact(text, { 'ann.lee@example.com': 'EMAIL_ADDRESS' }));
  const grow = '[EMAIL_ADDRESS]'.length - 'ann.lee@example.com'.length;
  assert.deepEqual(value.answers.answer_start, [0, context.indexOf('Paris office') + grow, context.lastIndexOf('Paris') + grow]);
  assert.equal(extra.length, 2, 'the answer before the redaction is not touched');
  value.answers.text.forEach((t: string, i: number) => assertAligned(value.context, value.answers.answer_start[i], t, `#${i}`));
});

test('qa-offsets: original SQuAD nesting in a pretty-printed .json document, two paragraphs', () => {
  const c1 = 'Bob Stone (bob.stone@example.org) founded Acme in Lyon.';
  const c2 = 'Call +1 415 555 0199 or write to eve@example.net; the shop is in Oslo.';
  const doc = {
    version: 'v2.0',
    data: [
      {
        title: 'Acme',
        paragraphs: [
          {
            context: c1,
            qas: [
              { id: 'a', question: 'Where?', answers: [{ text: 'Lyon', answer_start: c1.indexOf('Lyon') }], is_impossible: false },
              { id: 'b', question: 'What?', answers: [{ text: 'Acme', answer_start: c1.indexOf('Acme') }, { text: 'Acme in Lyon', answer_start: c1.indexOf('Acme in') }] },
              { id: 'c', question: 'Who?', answers: [], plausible_answers: [{ text: 'Lyon', answer_start: c1.indexOf('Lyon') }], is_impossible: true },
            ],
          },
          { context: c2, qas: [{ id: 'd', question: 'Where is the shop?', answers: [{ text: 'Oslo', answer_start: c2.indexOf('Oslo') }] }] },
        ],
      },
    ],
  };
  const text = JSON.stringify(doc, null, 2);
  const { value, extra } = redacted(text, redact(text, { 'bob.stone@example.org': 'EMAIL_ADDRESS', '+1 415 555 0199': 'PHONE_NUMBER', 'eve@example.net': 'EMAIL_ADDRESS' }));
  assert.equal(extra.length, 5);
  for (const p of value.data[0].paragraphs) {
    for (const qa of p.qas) for (const a of [...qa.answers, ...(qa.plausible_answers ?? [])]) assertAligned(p.context, a.answer_start, a.text, qa.id);
  }
  assert.equal(value.data[0].paragraphs[1].qas[0].answers[0].answer_start, c2.indexOf('Oslo') + '[PHONE_NUMBER]'.length - '+1 415 555 0199'.length + '[EMAIL_ADDRESS]'.length - 'eve@example.net'.length);
});

test('qa-offsets: flat {context, answer, answer_start}, after two redactions', () => {
  const context = 'From ann@mail.org to bob@mail.org: the meeting is on Friday.';
  const text = JSON.stringify({ context, question: 'When?', answer: 'Friday', answer_start: context.indexOf('Friday') });
  const { value, extra } = redacted(text, redact(text, { 'ann@mail.org': 'EMAIL_ADDRESS', 'bob@mail.org': 'EMAIL_ADDRESS' }));
  assert.equal(value.answer_start, context.indexOf('Friday') + 2 * ('[EMAIL_ADDRESS]'.length - 'ann@mail.org'.length));
  assertAligned(value.context, value.answer_start, value.answer);
  assert.equal(extra.length, 1);
  // Only the digits changed: the rest of the line is byte for byte what the redaction made.
  assert.equal(applyEdits(text, [...redact(text, { 'ann@mail.org': 'EMAIL_ADDRESS', 'bob@mail.org': 'EMAIL_ADDRESS' }), ...extra]).replace(/"answer_start":\d+/, ''), applyEdits(text, redact(text, { 'ann@mail.org': 'EMAIL_ADDRESS', 'bob@mail.org': 'EMAIL_ADDRESS' })).replace(/"answer_start":\d+/, ''));
});

test('qa-offsets: an answer that contains the redacted entity follows its redacted text, the nearest occurrence', () => {
  const context = 'Dr. Mia Park works here. The lead is Mia Park from Oslo. Ask Mia Park.';
  const answer = 'Mia Park from Oslo';
  const text = JSON.stringify({ context, question: 'Who leads?', answers: { text: [answer, 'Mia Park'], answer_start: [context.indexOf(answer), context.lastIndexOf('Mia Park')] } });
  const { value } = redacted(text, redact(text, { 'Mia Park': 'PERSON' }));
  assert.deepEqual(value.answers.text, ['[PERSON] from Oslo', '[PERSON]']);
  assert.equal(value.answers.answer_start[0], value.context.indexOf('[PERSON] from Oslo'));
  // '[PERSON]' occurs three times: the one the last answer pointed at is the nearest.
  assert.equal(value.answers.answer_start[1], value.context.lastIndexOf('[PERSON]'));
  value.answers.text.forEach((t: string, i: number) => assertAligned(value.context, value.answers.answer_start[i], t));
});

test('qa-offsets: the redacted answer text is searched near where the answer was (mask style, wider context span, a later decoy)', () => {
  // The context's span ("Dr. Ann Lee") starts before the answer's ("Ann Lee"): masks keep lengths, so the answer stays put.
  const context = 'Met Dr. Ann Lee today.';
  const text = JSON.stringify({ context, question: 'Whom?', answer: 'Ann Lee', answer_start: 8 });
  const inContext = text.indexOf('Dr. Ann Lee');
  const inAnswer = text.indexOf('"Ann Lee"') + 1;
  const { value } = redacted(text, [
    { start: inContext, end: inContext + 'Dr. Ann Lee'.length, newText: '*** *** ***' },
    { start: inAnswer, end: inAnswer + 'Ann Lee'.length, newText: '*** ***' },
  ]);
  assert.equal(value.context, 'Met *** *** *** today.');
  assert.equal(value.answer_start, 8);
  // Placeholders: the nearest '[PERSON]' is the one before the mapped position, not the later one.
  const c2 = 'Hi Dr. Ann Lee and Bob Stone.';
  const t2 = JSON.stringify({ context: c2, question: 'Who?', answer: 'Ann Lee', answer_start: 7 });
  const e2: OffsetEdit[] = [
    { start: t2.indexOf('Dr. Ann Lee'), end: t2.indexOf('Dr. Ann Lee') + 11, newText: '[PERSON]' },
    { start: t2.indexOf('Bob Stone'), end: t2.indexOf('Bob Stone') + 9, newText: '[PERSON]' },
    { start: t2.indexOf('"Ann Lee"') + 1, end: t2.indexOf('"Ann Lee"') + 8, newText: '[PERSON]' },
  ];
  const { value: v2 } = redacted(t2, e2);
  assert.equal(v2.context, 'Hi [PERSON] and [PERSON].');
  assert.equal(v2.answer_start, 3);
});

test('qa-offsets: when the answer text was not redacted: its own start if the redaction is inside it, else where the redaction starts', () => {
  const context = 'Reach Ann Lee at ann@example.com today.';
  const text = JSON.stringify({ context, question: 'Reach whom?', answer: 'Ann Lee at ann@example.com', answer_start: 6 });
  // Only the context's email is redacted (the first occurrence; the answer field keeps its value).
  const at = text.indexOf('ann@example.com');
  const { value } = redacted(text, [{ start: at, end: at + 'ann@example.com'.length, newText: '[EMAIL_ADDRESS]' }]);
  assert.equal(value.context, 'Reach Ann Lee at [EMAIL_ADDRESS] today.');
  assert.equal(value.answer_start, 6, 'the redaction starts inside the answer: the answer still starts where it did');
  const text2 = JSON.stringify({ context: 'Hi. Ann Lee at home.', question: 'Who?', answer: 'Lee at home', answer_start: 8 });
  const cut = text2.indexOf('Ann Lee');
  const { value: v2 } = redacted(text2, [{ start: cut, end: cut + 'Ann Lee'.length, newText: '[PERSON]' }]);
  assert.equal(v2.context, 'Hi. [PERSON] at home.');
  assert.equal(v2.answer_start, 4, 'the start of the redaction that swallowed the answer start');
});

test('qa-offsets: code points as Python counts them: emoji before the answer (literal and as \\u escapes), escapes in the context', () => {
  const context = 'Hey 😀🎉 \u00e9t\u00e9 "quoted"\nline ann@example.com lives in Bergen.';
  const record = { context, question: 'Where?', answers: { text: ['Bergen'], answer_start: [cpIndexOf(context, 'Bergen')] } };
  const literal = JSON.stringify(record);
  const escaped = literal.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  assert.ok(escaped.includes('\\ud83d\\ude00'));
  for (const text of [literal, escaped]) {
    const { value } = redacted(text, redact(text, { 'ann@example.com': 'EMAIL_ADDRESS' }));
    assert.equal(value.answers.answer_start[0], cpIndexOf(context, 'Bergen') + '[EMAIL_ADDRESS]'.length - 'ann@example.com'.length);
    assertAligned(value.context, value.answers.answer_start[0], 'Bergen');
    assert.notEqual(value.context.indexOf('Bergen'), value.answers.answer_start[0], 'UTF-16 offsets would be off by the two emoji');
  }
  // An astral character inside the redacted value changes the decoded length by code points.
  const ctx2 = 'Tag 𝓐nn@example.com then Oslo.';
  const text2 = JSON.stringify({ context: ctx2, question: 'Where?', answer: 'Oslo', answer_start: cpIndexOf(ctx2, 'Oslo') });
  const { value: v2 } = redacted(text2, redact(text2, { '𝓐nn@example.com': 'EMAIL_ADDRESS' }));
  assertAligned(v2.context, v2.answer_start, 'Oslo');
});

test('qa-offsets: nothing to do: no answer_start, no edits, invalid JSON, a number that is not a plain start, a redacted number', () => {
  const plain = JSON.stringify({ context: 'Mail ann@example.com now.', question: 'q', answer: 'now' });
  assert.deepEqual(answerStartEdits(plain, redact(plain, { 'ann@example.com': 'EMAIL_ADDRESS' })), []);
  const qa = JSON.stringify({ context: 'Mail ann@example.com now.', question: 'q', answer: 'now', answer_start: 21 });
  assert.deepEqual(answerStartEdits(qa, []), []);
  const broken = qa.slice(0, -1);
  assert.deepEqual(answerStartEdits(broken, redact(broken, { 'ann@example.com': 'EMAIL_ADDRESS' })), []);
  const comment = qa + ' // note';
  assert.deepEqual(answerStartEdits(comment, redact(comment, { 'ann@example.com': 'EMAIL_ADDRESS' })), []);
  for (const n of ['-1', '21.0', '2.1e1']) {
    const t = qa.replace('"answer_start":21', `"answer_start":${n}`);
    assert.deepEqual(answerStartEdits(t, redact(t, { 'ann@example.com': 'EMAIL_ADDRESS' })), [], n);
  }
  // The start number itself redacted (a detector took it for an identifier): left to that edit alone.
  const at = qa.indexOf('21}');
  const edits = [...redact(qa, { 'ann@example.com': 'EMAIL_ADDRESS' }), { start: at, end: at + 2, newText: '"[ID]"' }];
  assert.deepEqual(answerStartEdits(qa, edits), []);
  // A record without a context: nothing to align with.
  const noContext = JSON.stringify({ passage: 'Mail ann@example.com now.', answer: 'now', answer_start: 21 });
  assert.deepEqual(answerStartEdits(noContext, redact(noContext, { 'ann@example.com': 'EMAIL_ADDRESS' })), []);
  // A redaction outside the context (in the question) moves nothing.
  const inQuestion = JSON.stringify({ context: 'It is in Oslo.', question: 'Ask ann@example.com?', answer: 'Oslo', answer_start: 9 });
  assert.deepEqual(answerStartEdits(inQuestion, redact(inQuestion, { 'ann@example.com': 'EMAIL_ADDRESS' })), []);
});

test('qa-offsets: withAlignedAnswers groups JSONL edits per line (BOM, CRLF), a JSON document whole, other formats untouched', () => {
  const rec = (name: string, city: string) => {
    const context = `Write to ${name}@mail.org, based in ${city}.`;
    return JSON.stringify({ context, question: 'Where?', answers: { text: [city], answer_start: [context.indexOf(city)] } });
  };
  const text = `\uFEFF${rec('ann', 'Oslo')}\r\n${rec('bob', 'Rome')}\n\n{"note":"no qa here","mail":"carl@mail.org"}\n${rec('dana', 'Lima')}`;
  const edits = redact(text, { 'ann@mail.org': 'EMAIL_ADDRESS', 'bob@mail.org': 'EMAIL_ADDRESS', 'carl@mail.org': 'EMAIL_ADDRESS', 'dana@mail.org': 'EMAIL_ADDRESS' });
  const all = withAlignedAnswers(text, edits, 'jsonl');
  assert.equal(all.length, edits.length + 3);
  for (let i = 1; i < all.length; i++) assert.ok(all[i].start >= all[i - 1].end);
  const lines = applyEdits(text, all).replace(/^\uFEFF/, '').split(/\r?\n/).filter(Boolean);
  assert.equal(lines.length, 4);
  for (const line of lines) {
    const r = JSON.parse(line);
    if (r.answers) assertAligned(r.context, r.answers.answer_start[0], r.answers.text[0]);
  }
  assert.deepEqual(withAlignedAnswers(text, edits, 'csv'), edits);
  assert.deepEqual(withAlignedAnswers(text, edits, undefined), edits);
  // The same text as a JSON document is not valid JSON: nothing is added.
  assert.deepEqual(withAlignedAnswers(text, edits, 'json'), edits);
  const one = rec('eve', 'Kyiv');
  assert.equal(withAlignedAnswers(one, redact(one, { 'eve@mail.org': 'EMAIL_ADDRESS' }), 'json').length, 2);
});

test('qa-offsets: property: random redactions around an answer keep it aligned (emoji and escapes in the context)', () => {
  const word = fc.constantFrom('alpha', 'beta', '😀', 'é', 'tab\t', 'q"x', '𝓐b', 'Oslo', 'x');
  fc.assert(
    fc.property(fc.array(word, { minLength: 3, maxLength: 25 }), fc.array(fc.boolean(), { minLength: 25, maxLength: 25 }), fc.nat(24), fc.constantFrom('[PERSON]', '', '*****'), (words, hit, answerAt, placeholder) => {
      const i = answerAt % words.length;
      const context = words.join(' ');
      const answerStart = cpLength(words.slice(0, i).join(' ')) + (i ? 1 : 0);
      const answer = words[i];
      const text = JSON.stringify({ context, question: 'q', answers: { text: [answer], answer_start: [answerStart], answer_end: [answerStart + cpLength(answer)] } });
      // Redact chosen words other than the answer, at their raw positions inside the context string.
      const edits: OffsetEdit[] = [];
      let raw = 1 + text.indexOf('"context":"') + '"context":'.length;
      words.forEach((w, k) => {
        const enc = jsonEscape(w);
        if (hit[k] && k !== i) edits.push({ start: raw, end: raw + enc.length, newText: jsonEscape(placeholder) });
        raw += enc.length + 1;
      });
      const { value } = redacted(text, edits);
      assertAligned(value.context, value.answers.answer_start[0], answer);
      assert.equal(cpSlice(value.context, value.answers.answer_start[0], value.answers.answer_end[0]), answer, 'answer_end aligned');
    }),
    { numRuns: 300 },
  );
});

test('qa-offsets: answer_end moves with its answer, exclusive or inclusive, also when the answer itself is redacted', () => {
  const context = 'Write to ann@mail.org or ask Anna Berg at the desk on Friday.';
  const answers = { text: ['Anna Berg', 'Friday'], answer_start: [cpIndexOf(context, 'Anna Berg'), cpIndexOf(context, 'Friday')] };
  const exclusive = answers.text.map((t, i) => answers.answer_start[i] + cpLength(t));
  for (const [convention, ends] of [['exclusive', exclusive], ['inclusive', exclusive.map((e) => e - 1)]] as const) {
    const text = JSON.stringify({ context, question: 'Who?', answers: { ...answers, answer_end: ends } });
    const { value } = redacted(text, redact(text, { 'ann@mail.org': 'EMAIL_ADDRESS', 'Anna Berg': 'PERSON' }));
    const a = value.answers;
    assert.deepEqual(a.text, ['[PERSON]', 'Friday']);
    for (let i = 0; i < 2; i++) {
      assertAligned(value.context, a.answer_start[i], a.text[i], convention);
      const end = convention === 'exclusive' ? a.answer_end[i] : a.answer_end[i] + 1;
      assert.equal(cpSlice(value.context, a.answer_start[i], end), a.text[i], `${convention} end of ${a.text[i]}`);
    }
  }
});

test('qa-offsets: answer_end without an answer text follows the context edits; a redaction across it ends where the placeholder ends', () => {
  const context = 'Mail ann@mail.org for the form and call 555-0100 later.';
  const start = cpIndexOf(context, 'the form');
  const text = JSON.stringify({ context, answer_start: start, answer_end: start + 'the form'.length });
  const { value } = redacted(text, redact(text, { 'ann@mail.org': 'EMAIL_ADDRESS' }));
  assert.equal(cpSlice(value.context, value.answer_start, value.answer_end), 'the form');
  // A span whose end falls inside a redacted value: the end moves to the end of the placeholder.
  const across = JSON.stringify({ context, answer_start: cpIndexOf(context, 'call'), answer_end: cpIndexOf(context, '0100') });
  const moved = redacted(across, redact(across, { '555-0100': 'PHONE_NUMBER' })).value;
  assert.equal(cpSlice(moved.context, moved.answer_start, moved.answer_end), 'call [PHONE_NUMBER]');
});
