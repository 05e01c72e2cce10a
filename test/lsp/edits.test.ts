// Content changes from careless clients: reversed ranges, characters counted in UTF-8 bytes, lines past
// the end. The server reads them as TextDocument does, and its findings stay on the text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyTextEdits, LspClient, type TextEdit } from './client';
import { NO_NAMES, serverForTests } from './session';

const { client, rootUri } = serverForTests('edits');

const LINES = ['{"name":"José Ñúñez","note":"ok"}', '{"email":"ann.lee@mail.com","n":1}', '{"email":"bob.ray@mail.org"}', ''];

test('lsp: after a reversed range, a character past the line end and a line past the end, fix-all leaves valid JSON and no value', async () => {
  const uri = `${rootUri}/careless.jsonl`;
  let diags = await client.open(uri, 'jsonl', LINES.join('\n'));
  assert.equal(diags.filter((d) => d.code === 'pii/email').length, 2);

  // Adds a record at a line past the end: it goes to the end of the document.
  await client.change(uri, 2, [{ range: { start: { line: 40, character: 0 }, end: { line: 40, character: 0 } }, newText: '{"email":"cy.dee@mail.net"}\n' }]);
  // Deletes ',"n":1' on line 1 with the range's end first.
  const comma = LINES[1].indexOf(',"n":1');
  await client.change(uri, 3, [{ range: { start: { line: 1, character: comma + 6 }, end: { line: 1, character: comma } }, newText: '' }]);
  // Appends a space to line 0 at its length in UTF-8 bytes, past its end in UTF-16 code units.
  const bytes = Buffer.byteLength(LINES[0]);
  diags = await client.change(uri, 4, [{ range: { start: { line: 0, character: bytes }, end: { line: 0, character: bytes } }, newText: ' ' }]);

  const text = [LINES[0] + ' ', '{"email":"ann.lee@mail.com"}', LINES[2], '{"email":"cy.dee@mail.net"}', ''].join('\n');
  const actions = await client.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [], ['source.fixAll.datasan']);
  const fixed = applyTextEdits(text, actions[0].edit!.changes[uri]);
  assert.equal(fixed, [LINES[0] + ' ', '{"email":"[EMAIL_ADDRESS]"}', '{"email":"[EMAIL_ADDRESS]"}', '{"email":"[EMAIL_ADDRESS]"}', ''].join('\n'));
  const at = (line: number, value: string) => ({ start: { line, character: text.split('\n')[line].indexOf(value) }, end: { line, character: text.split('\n')[line].indexOf(value) + value.length } });
  assert.deepEqual(
    diags.filter((d) => d.code === 'pii/email').map((d) => d.range),
    [at(1, 'ann.lee@mail.com'), at(2, 'bob.ray@mail.org'), at(3, 'cy.dee@mail.net')],
  );
});

test('lsp: a full-text change followed by a range change in one notification is applied in order', async () => {
  const uri = `${rootUri}/batch.jsonl`;
  await client.open(uri, 'jsonl', '{"a":"x"}\n');
  const next = client.nextDiagnostics(uri);
  await client.connection.sendNotification('textDocument/didChange', {
    textDocument: { uri, version: 2 },
    contentChanges: [{ text: '{"b":"y"}\n{"c":"z"}\n' }, { range: { start: { line: 1, character: 6 }, end: { line: 1, character: 7 } }, text: 'dan@mail.com' }],
  });
  const diags = await next;
  assert.deepEqual(diags.filter((d) => d.code === 'pii/email').map((d) => d.range), [{ start: { line: 1, character: 6 }, end: { line: 1, character: 18 } }]);
});

test('lsp: past maxProblems an edit publishes the first findings and the count of all; fix-all still redacts all', async () => {
  const capped = new LspClient();
  try {
    await capped.initialize(rootUri, { ...NO_NAMES, maxProblems: 5 });
    const uri = `${rootUri}/many.jsonl`;
    const lines = Array.from({ length: 20 }, (_, i) => `{"t":"write to user${i}@mail.com or user${i}b@mail.org"}`);
    let diags = await capped.open(uri, 'jsonl', lines.join('\n') + '\n');
    assert.equal(diags.length, 6);
    assert.equal(diags.at(-1)!.message, '35 more findings are not shown (datasan.maxProblems is 5). Run "datasan scan" for the full list.');
    assert.equal(capped.statuses.findLast((st) => st.uri === uri)?.findings, 40);

    diags = await capped.change(uri, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } }, newText: '' }]);
    const text = lines.slice(1).join('\n') + '\n';
    assert.deepEqual(
      diags.slice(0, 5).map((d) => d.range.start),
      [0, 0, 1, 1, 2].map((line, k) => ({ line, character: lines[line + 1].indexOf(k % 2 ? `user${line + 1}b@` : `user${line + 1}@`) })),
    );
    assert.equal(diags.at(-1)!.message, '33 more findings are not shown (datasan.maxProblems is 5). Run "datasan scan" for the full list.');
    assert.equal(capped.statuses.findLast((st) => st.uri === uri)?.findings, 38);

    const fixAll = await capped.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [], ['source.fixAll.datasan']);
    const fixed = applyTextEdits(text, fixAll[0].edit!.changes[uri]);
    assert.equal(fixed, lines.slice(1).map(() => '{"t":"write to [EMAIL_ADDRESS] or [EMAIL_ADDRESS]"}').join('\n') + '\n');
    // A finding's quick fixes offer the same "Redact all PII in this file".
    const quick = await capped.codeActions(uri, diags[0].range, [diags[0]]);
    assert.equal(applyTextEdits(text, quick.find((a) => a.title === 'Redact all PII in this file')!.edit!.changes[uri]), fixed);
    const redacted = (await capped.connection.sendRequest('workspace/executeCommand', { command: 'datasan.server.redactFile', arguments: [{ uri }] })) as { redacted: number };
    assert.equal(redacted.redacted, 38);
    const applied = capped.appliedEdits.at(-1) as { edit: { changes: Record<string, TextEdit[]> } };
    assert.equal(applyTextEdits(text, applied.edit.changes[uri]), fixed);
  } finally {
    await capped.close();
  }
});
