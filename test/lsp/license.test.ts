// The built server on Llama model cards: NOTICE quick fixes, the notice severity, completion and hovers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { applyTextEdits, type Diagnostic, LspClient, type TextEdit } from './client';
import { serverForTests } from './session';
import { checkModelCard } from '../../server/src/engine/license/index';
import { DEFAULT_SETTINGS } from '../../server/src/engine/settings';

const { client, root, rootUri } = serverForTests('license');

// The exact attribution sentence the license asks for (§1.b.iii), written out here rather than read from
// the engine, so that a change to the engine's sentence fails this test.
const NOTICE_SENTENCE = 'Llama 4 is licensed under the Llama 4 Community License, Copyright © Meta Platforms, Inc. All Rights Reserved.';

const CARD = `---
license: llama4
license_link: https://www.llama.com/llama4/license/
base_model: meta-llama/Llama-4-Scout-17B-16E-Instruct
---

# Llama-4-Scout-LexTune

Built with Llama
`;

/** A folder on disk holding the card, so the server can look for a NOTICE file beside it. */
function cardFolder(name: string, text: string): { dir: string; uri: string } {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'README.md'), text);
  return { dir, uri: pathToFileURL(join(dir, 'README.md')).href };
}

type DocumentChange = { kind: 'create'; uri: string } | { textDocument: { uri: string; version: number | null }; edits: TextEdit[] };
type Action = { title: string; isPreferred?: boolean; edit?: { changes?: Record<string, TextEdit[]>; documentChanges?: DocumentChange[] } };

const SEVERITY = { error: 1, warning: 2, information: 3, hint: 4 } as const;
const engineNotice = (text: string, noticeFileExists: boolean) => checkModelCard(text, { settings: DEFAULT_SETTINGS, noticeFileExists }).find((f) => f.rule === 'llama/notice')!;

for (const eol of ['\n', '\r\n']) {
  const label = eol === '\n' ? 'LF' : 'CRLF';
  test(`lsp license: llama/notice in a folder without NOTICE offers to create it with the exact sentence (${label})`, async () => {
    const text = CARD.replace(/\n/g, eol);
    const { dir, uri } = cardFolder(`no-notice-${label}`, text);
    const diags = await client.open(uri, 'markdown', text);
    const notice = diags.find((d) => d.code === 'llama/notice');
    assert.ok(notice, JSON.stringify(diags.map((d) => d.code)));
    assert.equal(notice.severity, SEVERITY[engineNotice(text, false).severity]);

    const actions = (await client.codeActions(uri, notice.range, [notice])) as Action[];
    const create = actions.find((a) => a.edit?.documentChanges?.some((c) => 'kind' in c && c.kind === 'create'));
    assert.ok(create, JSON.stringify(actions.map((a) => a.title)));
    assert.equal(create.isPreferred, true);
    const changes = create.edit!.documentChanges!;
    const noticeUri = pathToFileURL(join(dir, 'NOTICE')).href;
    const creates = changes.filter((c): c is { kind: 'create'; uri: string } => 'kind' in c);
    assert.deepEqual(creates.map((c) => c.uri), [noticeUri]);
    const inserts = changes.filter((c): c is Exclude<DocumentChange, { kind: 'create' }> => 'textDocument' in c && c.textDocument.uri === noticeUri);
    assert.equal(inserts.length, 1);
    assert.deepEqual(inserts[0].edits, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: NOTICE_SENTENCE + eol }]);
    // The create comes before the edit that fills the file.
    assert.ok(changes.indexOf(creates[0]) < changes.indexOf(inserts[0]));

    // Applied as an editor would: the file on disk, the card edited; the notice finding is gone.
    writeFileSync(join(dir, 'NOTICE'), applyTextEdits('', inserts[0].edits));
    const cardEdit = changes.find((c): c is Exclude<DocumentChange, { kind: 'create' }> => 'textDocument' in c && c.textDocument.uri === uri);
    assert.ok(cardEdit, 'the card refers to the new file');
    const fixed = applyTextEdits(text, cardEdit.edits);
    assert.match(fixed, /\[NOTICE\]\(NOTICE\)/);
    const after = await client.change(uri, 2, [{ text: fixed }]);
    assert.deepEqual(after.filter((d) => d.code?.startsWith('llama/')), []);
  });
}

test('lsp license: with a NOTICE file beside the card, the notice finding drops to the engine\'s severity', async () => {
  const { dir, uri } = cardFolder('notice-appears', CARD);
  const before = (await client.open(uri, 'markdown', CARD)).find((d) => d.code === 'llama/notice');
  assert.equal(before?.severity, SEVERITY[engineNotice(CARD, false).severity]);
  assert.equal(before?.severity, 2);
  const beforeActions = (await client.codeActions(uri, before!.range, [before!])) as Action[];

  writeFileSync(join(dir, 'NOTICE'), NOTICE_SENTENCE + '\n');
  const now = (await client.change(uri, 2, [{ text: CARD + '\n' }])).find((d) => d.code === 'llama/notice');
  assert.equal(now?.severity, SEVERITY[engineNotice(CARD + '\n', true).severity]);
  assert.equal(now?.severity, 3);
  assert.equal(now?.message, engineNotice(CARD + '\n', true).message);
  // No offer to create a file that exists.
  const actions = (await client.codeActions(uri, now!.range, [now!])) as Action[];
  assert.ok(beforeActions.some((a) => a.edit?.documentChanges));
  assert.ok(actions.length > 0);
  assert.ok(actions.every((a) => !a.edit?.documentChanges?.some((c) => 'kind' in c)), JSON.stringify(actions.map((a) => a.title)));
});

test('lsp license: an editor that cannot create files through an edit is not offered the NOTICE file, only the notice in the card', async () => {
  const plain = new LspClient();
  try {
    await plain.initialize(rootUri, { names: { enable: false } }, { documentChanges: true });
    const { uri } = cardFolder('no-create', CARD);
    const notice = (await plain.open(uri, 'markdown', CARD)).find((d) => d.code === 'llama/notice')!;
    const actions = (await plain.codeActions(uri, notice.range, [notice])) as Action[];
    assert.ok(actions.length > 0);
    assert.ok(actions.every((a) => !a.edit?.documentChanges?.some((c) => 'kind' in c)), JSON.stringify(actions.map((a) => a.title)));
    await client.open(uri, 'markdown', CARD);
    const withCreate = (await client.codeActions(uri, notice.range, [notice])) as Action[];
    assert.ok(withCreate.some((a) => a.edit?.documentChanges?.some((c) => 'kind' in c)));
  } finally {
    await plain.close();
  }
});

test('lsp license: a card that refers to a missing NOTICE is warned, with the clause on hover; the file appearing clears it', async () => {
  const text = CARD + '\n## License\n\nSee the [NOTICE](NOTICE) file.\n';
  const { dir, uri } = cardFolder('notice-watched', text);
  const missing = (await client.open(uri, 'markdown', text)).find((d) => d.code === 'llama/notice');
  assert.equal(missing?.severity, SEVERITY.warning);
  assert.match(missing!.message, /refers to a NOTICE file that is not in its folder/);
  const hover = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: missing!.range.start })) as { contents: { value: string } } | null;
  assert.match(hover?.contents.value ?? '', /llama\/notice.*§1\.b\.iii/s);

  // The editor's file watcher reports the new file; the card is checked again without an edit.
  writeFileSync(join(dir, 'NOTICE'), NOTICE_SENTENCE + '\n');
  const republished = client.nextDiagnostics(uri);
  await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(join(dir, 'NOTICE')).href, type: 1 }] });
  assert.deepEqual((await republished).filter((d) => d.code?.startsWith('llama/')), []);
});

test('lsp license: completing "meta-llama/Ll" replaces what was typed, so the prefix is not doubled', async () => {
  const uri = `${rootUri}/complete/README.md`;
  const text = '---\nlicense: llama4\nbase_model: meta-llama/Ll\n---\n\n# Llama-4-Scout-X\n';
  await client.open(uri, 'markdown', text);
  const position = { line: 2, character: 'base_model: meta-llama/Ll'.length };
  const items = (await client.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position })) as { label: string; textEdit?: TextEdit }[];
  const scout = items.find((i) => i.label === 'meta-llama/Llama-4-Scout-17B-16E-Instruct');
  assert.ok(scout, JSON.stringify(items.map((i) => i.label)));
  for (const i of items) {
    assert.ok(i.textEdit, `${i.label} has no textEdit`);
    assert.deepEqual(i.textEdit.range, { start: { line: 2, character: 'base_model: '.length }, end: position });
    assert.equal(i.textEdit.newText, i.label);
  }
  const accepted = applyTextEdits(text, [scout.textEdit!]);
  assert.equal(accepted.split('\n')[2], 'base_model: meta-llama/Llama-4-Scout-17B-16E-Instruct');
});

test('lsp license: hovers link the rule page over https and explain a third-party base model', async () => {
  const text = '---\nlicense: llama4\nbase_model: unsloth/Llama-4-Scout-17B-16E-Instruct-GGUF\n---\n\n# LexTune\n\nBuilt with Llama\n';
  const { uri } = cardFolder('hover', text);
  const diags: Diagnostic[] = await client.open(uri, 'markdown', text);
  const name = diags.find((d) => d.code === 'llama/name-prefix')!;
  assert.match(name.codeDescription!.href, /^https:\/\//);
  const hover = (p: { line: number; character: number }) =>
    client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: p }) as Promise<{ contents: { value: string } } | null>;
  const onName = (await hover(name.range.start))!.contents.value;
  const links = [...onName.matchAll(/\[Rule documentation\]\(([^)]+)\)/g)].map((m) => m[1]);
  assert.ok(links.length > 0);
  for (const l of links) assert.match(l, /^https:\/\/\S+\/docs\/rules\/llama-[a-z-]+\.md$/);
  assert.ok(links.includes(name.codeDescription!.href), 'the hover links the page the diagnostic links');
  const onBase = (await hover({ line: 2, character: 20 }))!.contents.value;
  assert.match(onBase, /derivative of \*\*meta-llama\/Llama-4-Scout-17B-16E-Instruct\*\*/);
  assert.match(onBase, /109B total/);
});
