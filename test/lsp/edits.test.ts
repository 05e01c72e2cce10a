// Content changes from careless clients: reversed ranges, characters counted in UTF-8 bytes, lines past
// the end. The server reads them as TextDocument does, and its findings stay on the text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyTextEdits } from './client';
import { serverForTests } from './session';

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
