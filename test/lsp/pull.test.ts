// Pulled diagnostics (textDocument/diagnostic) for editors that ask for them: the same findings as pushed
// ones, never both at once, and a refresh request when a later pass (names) adds findings.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type Diagnostic, LspClient } from './client';
import { serverForTests } from './session';
import { ScanFilesRequest } from '../../server/src/protocol';

const rootUri = pathToFileURL(mkdtempSync(join(tmpdir(), 'datasan-lsp-pull-'))).href;
const TEXT = 'Notes from the call.\n\nSarah Whitfield asked us to write to sarah.whitfield@gmail.com from now on.\n';
const PULL = { diagnostic: { dynamicRegistration: false } };

/** A client that pulls diagnostics; `refresh`: it re-pulls when the server asks. Names on (default settings). */
function pullingClient(refresh: boolean, initializationOptions?: object): { client: LspClient; capabilities: () => Record<string, unknown> } {
  const client = new LspClient();
  let result: { capabilities: Record<string, unknown> } | undefined;
  before(async () => {
    result = (await client.initialize(rootUri, {}, undefined, { textDocument: PULL, workspace: { diagnostics: { refreshSupport: refresh } }, initializationOptions })) as typeof result;
  });
  after(() => client.close());
  return { client, capabilities: () => result!.capabilities };
}

const refreshing = pullingClient(true);
const plain = pullingClient(false);
const pushing = pullingClient(true, { diagnosticMode: 'push' });
const { client: vscodeLike } = serverForTests('pull-none', {});

async function openWith(client: LspClient, name: string, text = TEXT, languageId = 'markdown'): Promise<string> {
  const uri = `${rootUri}/${name}`;
  await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  return uri;
}
const codes = (ds: Diagnostic[]) => ds.map((d) => d.code).sort();

test('lsp pull: the server offers pulled diagnostics to a client that can pull, and not otherwise', async () => {
  assert.deepEqual(refreshing.capabilities().diagnosticProvider, { interFileDependencies: false, workspaceDiagnostics: false });
  assert.equal(pushing.capabilities().diagnosticProvider, undefined, 'diagnosticMode push keeps them pushed');
  const cannot = new LspClient();
  try {
    const r = (await cannot.initialize(null)) as { capabilities: Record<string, unknown> };
    assert.equal(r.capabilities.diagnosticProvider, undefined);
  } finally {
    await cannot.close();
  }
});

test('lsp pull: a client that re-pulls on refresh gets the structured findings, then a refresh, then the names too; nothing is pushed', async () => {
  const { client } = refreshing;
  const refreshed = client.nextRefresh();
  const uri = await openWith(client, 'refresh.md');
  const first = await client.pull(uri);
  assert.ok(codes(first).includes('pii/email'), JSON.stringify(codes(first)));
  await refreshed;
  const final = await client.pull(uri);
  assert.deepEqual(codes(final), ['pii/email', 'pii/person']);
  assert.equal(client.latest.get(uri), undefined, 'diagnostics of an open document were also pushed');
});

test('lsp pull: a client without refresh gets the final diagnostics in one answer, and those of an edit after it', async () => {
  const { client } = plain;
  const uri = await openWith(client, 'plain.md');
  assert.deepEqual(codes(await client.pull(uri)), ['pii/email', 'pii/person']);
  await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: 'Write to lena.fischer@posteo.de.\n' }] });
  const edited = await client.pull(uri);
  assert.deepEqual(codes(edited), ['pii/email']);
  assert.equal(edited[0].range.start.line, 0);
  assert.equal(client.latest.get(uri), undefined);
});

test('lsp pull: a document not to scan answers with no diagnostics rather than never', async () => {
  const uri = await openWith(plain.client, 'train.py', 'OWNER = "lena.fischer@posteo.de"\n', 'python');
  assert.deepEqual(await plain.client.pull(uri), []);
});

test('lsp pull: with diagnosticMode push, or a client that cannot pull, diagnostics are pushed as before', async () => {
  for (const client of [pushing.client, vscodeLike]) {
    const uri = `${rootUri}/pushed-${client === vscodeLike ? 'vscode' : 'opt'}.md`;
    const settled = client.nextSettled(uri);
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: TEXT } });
    assert.deepEqual(codes(await settled), ['pii/email', 'pii/person']);
  }
});

test('lsp pull: a file scanned from disk is pushed; opened, its pushed diagnostics are cleared and it is pulled', async () => {
  const { client } = plain;
  const uri = `${rootUri}/from-disk.md`;
  writeFileSync(fileURLToPath(uri), TEXT);
  const pushed = client.nextDiagnostics(uri);
  await client.connection.sendRequest(ScanFilesRequest.method, { uris: [uri] });
  assert.ok(codes(await pushed).includes('pii/email'));
  const cleared = client.nextDiagnostics(uri);
  await openWith(client, 'from-disk.md');
  assert.deepEqual(await cleared, []);
  assert.deepEqual(codes(await client.pull(uri)), ['pii/email', 'pii/person']);
});
