// A careless or hostile client, and hostile dataset content: the server answers, logs without quoting a
// document, and never exits.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serverForTests } from './session';

const { client, rootUri } = serverForTests('robust');

const SECRET = 'ann.lee@mail.com';

/** The server still works: a new document gets its diagnostics. */
async function stillAnswers(name: string): Promise<void> {
  const uri = `${rootUri}/${name}.jsonl`;
  const diags = await client.open(uri, 'jsonl', '{"text":"write to bob.ray@mail.org"}\n', 1, 5000);
  assert.deepEqual(diags.map((d) => d.code), ['pii/email'], name);
  assert.equal(client.exited, undefined, 'the server is running');
}

test('lsp: a document with a record of 30,000 token ids gets its diagnostics, and the server stays up', async () => {
  const ids = Array.from({ length: 30_000 }, (_, i) => (i * 7919 + 13) % 50257).join(' ');
  const text = [JSON.stringify({ text: `Contact ${SECRET}`, input_ids: ids }), JSON.stringify({ text: 'mail bob.ray@mail.org' }), JSON.stringify({ serial: '1-'.repeat(70_000) + '1' })].join('\n');
  const uri = `${rootUri}/tokens.jsonl`;
  const diags = await client.open(uri, 'jsonl', text);
  assert.deepEqual(diags.filter((d) => d.code === 'pii/email').map((d) => d.range.start.line), [0, 1]);
  assert.deepEqual(diags.filter((d) => d.code === 'engine/detector-failed'), []);
  // An edit of the long line rescans it.
  const edited = await client.change(uri, 2, [{ range: { start: { line: 0, character: 2 }, end: { line: 0, character: 2 } }, newText: 'x' }]);
  assert.ok(edited.some((d) => d.code === 'pii/email' && d.range.start.line === 1));
  await stillAnswers('after-tokens');
});

test('lsp: malformed notifications are answered with a log line (no content) and the server goes on', async () => {
  const uri = `${rootUri}/bad.jsonl`;
  let sent = 0;
  // Each followed by a round trip, so that a crash is pinned on the notification that caused it.
  const notify = async (method: string, params: unknown) => {
    await client.connection.sendNotification(method, params);
    await stillAnswers(`probe-${++sent}`);
  };
  const open = (textDocument: unknown) => notify('textDocument/didOpen', { textDocument });
  await open({ uri, languageId: 'jsonl', version: 1 }); // no text
  await open({ languageId: 'jsonl', version: 1, text: SECRET }); // no uri
  await open({ uri, languageId: 'jsonl', version: 1, text: { value: SECRET } }); // text not a string
  await open({ uri, languageId: 'jsonl', version: 'one', text: SECRET }); // bad version
  await open({ uri, languageId: 7, version: 1, text: SECRET }); // bad language id
  await open(null);
  await notify('textDocument/didOpen', null);
  await notify('textDocument/didOpen', [SECRET]);
  // A valid document, then changes that make no sense for it.
  const good = `${rootUri}/good.jsonl`;
  await client.open(good, 'jsonl', `{"text":"${SECRET}"}\n`);
  const change = (textDocument: unknown, contentChanges: unknown) => notify('textDocument/didChange', { textDocument, contentChanges });
  await change({ uri: good, version: 2 }, 'garbage');
  await change({ uri: good, version: 3 }, [null]);
  await change({ uri: good, version: 4 }, [{ range: 'all', text: SECRET }]);
  await change({ uri: good, version: 5 }, [{ range: { start: { line: 0 }, end: null }, text: SECRET }]);
  await change({ uri: good, version: 6 }, [{ text: 42 }]);
  await change({ uri: good, version: null }, [{ text: SECRET }]);
  await change({ uri: good }, [{ text: SECRET }]);
  await change(undefined, [{ text: SECRET }]);
  await change({ uri: 5, version: 7 }, [{ text: SECRET }]);
  await notify('textDocument/didClose', {});
  await notify('textDocument/didClose', { textDocument: { uri: 12 } });
  await notify('textDocument/didSave', null);
  await notify('workspace/didChangeWatchedFiles', {});
  await notify('workspace/didChangeWatchedFiles', { changes: [null, { uri: 3 }] });
  await notify('workspace/didChangeConfiguration', null);
  await notify('datasan/visibleRanges', null);
  await stillAnswers('after-notifications');
  // The valid document kept its text: a real edit applies to it as before.
  const diags = await client.change(good, 8, [{ range: { start: { line: 0, character: 9 }, end: { line: 0, character: 9 } }, newText: 'x ' }]);
  assert.deepEqual(diags.map((d) => [d.code, d.range.start.character]), [['pii/email', 11]]);
  const rejected = client.logs.filter((l) => /ignored/i.test(l));
  assert.ok(rejected.length >= 10, `a log line for each bad notification: ${rejected.length}`);
  for (const l of client.logs) assert.ok(!l.includes('ann.lee') && !l.includes('mail.com'), `a log line quotes content: ${l}`);
});

test('lsp: malformed requests get an error or an empty answer, and the server goes on', async () => {
  const good = `${rootUri}/req.jsonl`;
  await client.open(good, 'jsonl', `{"text":"${SECRET}"}\n`);
  const ask = (method: string, params: unknown) => client.connection.sendRequest(method, params).then(() => 'answered', () => 'error');
  const answers = await Promise.all([
    ask('textDocument/codeAction', { textDocument: { uri: good } }),
    ask('textDocument/codeAction', null),
    ask('textDocument/hover', { textDocument: { uri: good } }),
    ask('textDocument/hover', { textDocument: { uri: good }, position: { line: 'a', character: null } }),
    ask('textDocument/completion', { textDocument: { uri: `${rootUri}/x.md` } }),
    ask('workspace/executeCommand', { command: 'datasan.redactFile', arguments: [null] }),
    ask('workspace/executeCommand', { command: 'datasan.ignoreValue', arguments: [{ uri: good, version: 1, start: 'a' }] }),
    ask('datasan/scanFiles', { uris: 'nope' }),
    ask('datasan/scanFiles', null),
  ]);
  assert.equal(answers.length, 9);
  await stillAnswers('after-requests');
});
