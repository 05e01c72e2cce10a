// The editor's quick fixes on a SQuAD-style dataset: the redaction rewrites answer_start so that
// every answer still points at its text in the redacted context (code points, as Python counts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyTextEdits } from './client';
import { serverForTests } from './session';
import type { TextEdit } from 'vscode-languageserver';

const { client, rootUri } = serverForTests('qa');

const cps = (s: string) => Array.from(s);
const pyIndex = (s: string, t: string) => cps(s.slice(0, s.indexOf(t))).length;
const pySlice = (s: string, start: number, length: number) => cps(s).slice(start, start + length).join('');

// Fake addresses only. Emoji before the answers, answers after one and two redactions, one answer that is the address.
const contexts = [
  '🎉 Write to ann.lee@mail.com or bob.ray@mail.org; the office is in Bergen.',
  'Card 4111 1111 1111 1111 paid, receipt to carl.holm@mail.net 😀, shipped to Tromsø.',
  'The contact is dana.vik@mail.com for the Oslo branch.',
];
const LINES = [
  JSON.stringify({ id: 'a', context: contexts[0], question: 'Where?', answers: { text: ['Bergen', 'in Bergen'], answer_start: [pyIndex(contexts[0], 'Bergen'), pyIndex(contexts[0], 'in Bergen')] } }),
  JSON.stringify({ id: 'b', context: contexts[1], question: 'Where to?', answer: 'Tromsø', answer_start: pyIndex(contexts[1], 'Tromsø') }),
  JSON.stringify({ id: 'c', context: contexts[2], question: 'Who?', answers: { text: ['dana.vik@mail.com', 'Oslo'], answer_start: [pyIndex(contexts[2], 'dana.vik'), pyIndex(contexts[2], 'Oslo')] } }),
  '{"broken',
];
const DATA = LINES.join('\n') + '\n';

function answers(r: Record<string, any>): { text: string; start: number }[] {
  return r.answers ? r.answers.text.map((t: string, i: number) => ({ text: t, start: r.answers.answer_start[i] })) : [{ text: r.answer, start: r.answer_start }];
}

function assertAligned(text: string) {
  const lines = text.split('\n');
  assert.equal(lines[3], '{"broken', 'the invalid line is left as it was');
  let moved = 0;
  lines.slice(0, 3).forEach((line, k) => {
    const r = JSON.parse(line);
    const old = answers(JSON.parse(LINES[k]));
    answers(r).forEach((a, i) => {
      if (a.start !== old[i].start) moved++;
      assert.equal(pySlice(r.context, a.start, cps(a.text).length), a.text, `${r.id} answer ${i}`);
    });
  });
  return moved;
}

test('lsp QA: "Redact all PII in this file" (quick fix and source.fixAll) keeps answer_start aligned, line by line', async () => {
  const uri = `${rootUri}/squad.jsonl`;
  const diags = await client.open(uri, 'jsonl', DATA);
  const pii = diags.filter((d) => d.source === 'datasan' && d.code?.startsWith('pii/'));
  assert.ok(pii.length >= 5, `findings: ${pii.map((d) => d.code).join(', ')}`);
  const actions = await client.codeActions(uri, pii[0].range, [pii[0]]);
  const all = actions.find((a) => a.title === 'Redact all PII in this file');
  assert.ok(all?.edit);
  const fixed = applyTextEdits(DATA, all.edit.changes[uri]);
  assert.equal(assertAligned(fixed), 4, 'four answers sit after a redaction that changed the length (the address answer starts where it did)');
  assert.ok(!fixed.includes('@mail.'), 'every address is redacted');
  assert.equal(JSON.parse(fixed.split('\n')[2]).answers.text[0], '[EMAIL_ADDRESS]');

  const fixAll = await client.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [], ['source.fixAll.datasan']);
  assert.equal(applyTextEdits(DATA, fixAll[0].edit!.changes[uri]), fixed);
});

test('lsp QA: "Redact this" and "all of its kind" move only the answers behind what they redact', async () => {
  const uri = `${rootUri}/squad2.jsonl`;
  const diags = await client.open(uri, 'jsonl', DATA);
  const first = diags.find((d) => d.code === 'pii/email' && d.range.start.line === 0)!;
  const actions = await client.codeActions(uri, first.range, [first]);
  const one = applyTextEdits(DATA, actions.find((a) => a.title === 'Redact this email address')!.edit!.changes[uri]);
  const r0 = JSON.parse(one.split('\n')[0]);
  assert.equal(r0.context, contexts[0].replace('ann.lee@mail.com', '[EMAIL_ADDRESS]'));
  answers(r0).forEach((a) => assert.equal(pySlice(r0.context, a.start, cps(a.text).length), a.text));
  assert.equal(one.split('\n').slice(1).join('\n'), DATA.split('\n').slice(1).join('\n'), 'other lines untouched');

  const kind = applyTextEdits(DATA, actions.find((a) => a.title === 'Redact all email addresses in this file')!.edit!.changes[uri]);
  const lines = kind.split('\n');
  assert.ok(lines[1].includes('4111 1111 1111 1111'), 'only email addresses are redacted');
  assert.ok(!kind.includes('@mail.'));
  lines.slice(0, 3).forEach((l) => {
    const r = JSON.parse(l);
    answers(r).forEach((a) => assert.equal(pySlice(r.context, a.start, cps(a.text).length), a.text, r.id));
  });
});

test('lsp QA: a SQuAD .json document (original nesting) keeps its answers aligned on "Redact all PII"', async () => {
  const uri = `${rootUri}/squad.json`;
  const doc = {
    version: '1.1',
    data: [{ title: 't', paragraphs: contexts.map((c, k) => ({ context: c, qas: [{ id: `p${k}`, question: 'q', answers: answers(JSON.parse(LINES[k])).map((a) => ({ text: a.text, answer_start: a.start })) }] })) }],
  };
  const text = JSON.stringify(doc, null, 2);
  await client.open(uri, 'json', text);
  const fixAll = await client.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [], ['source.fixAll.datasan']);
  const fixed = JSON.parse(applyTextEdits(text, fixAll[0].edit!.changes[uri]));
  let moved = 0;
  fixed.data[0].paragraphs.forEach((p: any, k: number) => {
    p.qas[0].answers.forEach((a: any, i: number) => {
      if (a.answer_start !== doc.data[0].paragraphs[k].qas[0].answers[i].answer_start) moved++;
      assert.equal(pySlice(p.context, a.answer_start, cps(a.text).length), a.text, `p${k} answer ${i}`);
    });
  });
  assert.equal(moved, 4);
});

test('lsp QA: the "Redact All PII in File" command applies the same edit as the quick fix and counts redactions, not offsets', async () => {
  const uri = `${rootUri}/squad3.jsonl`;
  const diags = await client.open(uri, 'jsonl', DATA);
  const pii = diags.filter((d) => d.source === 'datasan' && d.code?.startsWith('pii/'));
  const quickFix = (await client.codeActions(uri, pii[0].range, [pii[0]])).find((a) => a.title === 'Redact all PII in this file')!;
  const before = client.appliedEdits.length;
  const r = (await client.connection.sendRequest('workspace/executeCommand', { command: 'datasan.server.redactFile', arguments: [{ uri }] })) as { redacted: number };
  const applied = client.appliedEdits.slice(before) as { edit: { changes: Record<string, TextEdit[]> } }[];
  assert.equal(applied.length, 1);
  assert.equal(applyTextEdits(DATA, applied[0].edit.changes[uri]), applyTextEdits(DATA, quickFix.edit!.changes[uri]));
  assertAligned(applyTextEdits(DATA, applied[0].edit.changes[uri]));
  assert.equal(r.redacted, pii.length);
});
