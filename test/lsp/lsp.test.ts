// The built server over stdio, as any editor would drive it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { applyTextEdits, LspClient } from './client';
import { NO_NAMES, serverForTests } from './session';

const { client, root, rootUri } = serverForTests('main');

const DATA = ['{"messages":[{"role":"user","content":"email me: ann.lee@mail.com"}]}', '{"broken', '{"text":"bob.ray@mail.org and ann.lee@mail.com"}', ''].join('\n');

test('lsp: diagnostics carry source, code, doc link and kind, never the value', async () => {
  const uri = `${rootUri}/a.jsonl`;
  const diags = await client.open(uri, 'jsonl', DATA);
  const pii = diags.filter((d) => d.code === 'pii/email');
  assert.equal(pii.length, 3);
  for (const d of pii) {
    assert.equal(d.source, 'datasan');
    assert.equal(d.message, 'Email address');
    assert.match(d.codeDescription!.href, /docs\/rules\/pii-email\.md$/);
    assert.ok(!d.message.includes('@'));
  }
  const at = DATA.indexOf('ann.lee');
  assert.deepEqual(pii[0].range, { start: { line: 0, character: at }, end: { line: 0, character: at + 'ann.lee@mail.com'.length } });
  const notice = diags.find((d) => d.code === 'format/invalid-json');
  assert.equal(notice?.message, 'Line 2 is not valid JSON; it was scanned as plain text.');
  assert.equal(notice?.severity, 3);
  assert.equal(client.statuses.filter((s) => s.uri === uri).at(-1)?.findings, 3);
});

test('lsp: the quick fixes, real fix first; applying it keeps every valid line valid', async () => {
  const uri = `${rootUri}/b.jsonl`;
  const diags = await client.open(uri, 'jsonl', DATA);
  const first = diags.find((d) => d.code === 'pii/email')!;
  const actions = await client.codeActions(uri, first.range, [first]);
  assert.deepEqual(actions.map((a) => a.title), ['Redact this email address', 'Redact all email addresses in this file', 'Ignore this value', 'Redact all PII in this file']);
  assert.equal(actions[0].isPreferred, true);
  const after1 = applyTextEdits(DATA, actions[0].edit!.changes[uri]);
  assert.equal(after1, DATA.replace('ann.lee@mail.com"}]}', '[EMAIL_ADDRESS]"}]}'));
  const all = applyTextEdits(DATA, actions[3].edit!.changes[uri]);
  assert.equal(all.split('\n')[2], '{"text":"[EMAIL_ADDRESS] and [EMAIL_ADDRESS]"}');
  assert.equal(all.split('\n')[1], '{"broken');
  JSON.parse(all.split('\n')[0]);
});

test('lsp: source.fixAll.datasan redacts everything, and the rescan after the edit is clean', async () => {
  const uri = `${rootUri}/c.jsonl`;
  await client.open(uri, 'jsonl', DATA);
  const actions = await client.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [], ['source.fixAll.datasan']);
  assert.equal(actions.length, 1);
  assert.equal(actions[0].kind, 'source.fixAll.datasan');
  const fixed = applyTextEdits(DATA, actions[0].edit!.changes[uri]);
  const diags = await client.change(uri, 2, [{ text: fixed }]);
  assert.deepEqual(diags.filter((d) => d.code === 'pii/email'), []);
});

test('lsp: an edit rescans and the settings change updates without reopening', async () => {
  const uri = `${rootUri}/d.txt`;
  let diags = await client.open(uri, 'plaintext', 'contact: ann@mail.com\n');
  assert.equal(diags.length, 1);
  diags = await client.change(uri, 2, [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, newText: 'and bob@mail.org\n' }]);
  assert.equal(diags.length, 2);
  const next = client.nextDiagnostics(uri);
  client.settings = { ...NO_NAMES, severity: { EMAIL_ADDRESS: 'off' } };
  await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
  assert.deepEqual(await next, []);
  const restored = client.nextDiagnostics(uri);
  client.settings = NO_NAMES;
  await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
  assert.equal((await restored).length, 2);
});

test('lsp: "Ignore this value" stores a fingerprint, not the value, and hides the finding', async () => {
  const uri = `${rootUri}/e.txt`;
  const diags = await client.open(uri, 'plaintext', 'ignored.one@mail.com carl@mail.net\n');
  const actions = await client.codeActions(uri, diags[0].range, [diags[0]]);
  const ignore = actions.find((a) => a.title === 'Ignore this value')!;
  const next = client.nextDiagnostics(uri);
  await client.connection.sendRequest('workspace/executeCommand', ignore.command);
  assert.equal((await next).length, 1);
  const file = readFileSync(join(root, '.datasan', 'allowlist.json'), 'utf8');
  assert.equal(file.includes('ignored.one'), false);
  assert.equal(JSON.parse(file).entries.length, 1);
});

test('lsp: hover names the kind, detector, confidence and why', async () => {
  const uri = `${rootUri}/f.txt`;
  const diags = await client.open(uri, 'plaintext', 'email: ann@mail.com\n');
  const hover = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: diags[0].range.start })) as {
    contents: { value: string };
  };
  assert.match(hover.contents.value, /\*\*Email address\*\*/);
  assert.match(hover.contents.value, /pii\/email/);
  assert.match(hover.contents.value, /confidence 1\.00/);
  assert.match(hover.contents.value, /context word "email"/);
  assert.equal(hover.contents.value.includes('ann@mail.com'), false);
});

test('lsp: scanning files from disk publishes diagnostics for unopened files and reports unreadable ones', async () => {
  writeFileSync(join(root, 'disk.jsonl'), '{"a":"ann@mail.com"}\n');
  writeFileSync(join(root, 'bin.jsonl'), Buffer.from([0x7b, 0, 1, 2]));
  const uri = `${rootUri}/disk.jsonl`;
  const next = client.nextDiagnostics(uri);
  const r = (await client.connection.sendRequest('datasan/scanFiles', { uris: [uri, `${rootUri}/bin.jsonl`, `${rootUri}/gone.jsonl`] })) as {
    files: number;
    findings: number;
    errors: { uri: string; message: string }[];
  };
  assert.equal((await next).length, 1);
  assert.deepEqual([r.files, r.findings], [1, 1]);
  assert.deepEqual(r.errors.map((e) => e.message), ['binary file, not scanned', 'file not found (it may have been moved or deleted during the scan)']);
});

const CARD = `---
license: llama4
base_model: meta-llama/Llama-4-Scout-17B-16E-Instruct
---

# SupportBot-7

Built with Llama. See the [license](https://www.llama.com/llama4/license/).
`;

test('lsp: a Llama 4 derivative whose name does not begin with "Llama" gets the rule, the rename fixes it', async () => {
  const uri = `${rootUri}/card/README.md`;
  const diags = await client.open(uri, 'markdown', CARD);
  const d = diags.find((x) => x.code === 'llama/name-prefix');
  assert.ok(d, JSON.stringify(diags.map((x) => x.code)));
  assert.equal(CARD.split('\n')[d.range.start.line].slice(d.range.start.character, d.range.end.character), 'SupportBot-7');
  assert.match(d.codeDescription!.href, /llama-name-prefix\.md$/);
  const actions = await client.codeActions(uri, d.range, [d]);
  const rename = actions.find((a) => a.isPreferred && /Llama/.test(a.title));
  assert.ok(rename, JSON.stringify(actions.map((a) => a.title)));
  const edits = rename.edit!.changes ? rename.edit!.changes[uri] : [];
  const fixed = applyTextEdits(CARD, edits);
  const after = await client.change(uri, 2, [{ text: fixed }]);
  assert.deepEqual(after.filter((x) => x.code === 'llama/name-prefix'), []);
});

test('lsp: completion offers license ids in front matter, hover explains a base model', async () => {
  const uri = `${rootUri}/card2/README.md`;
  const text = '---\nlicense: \nbase_model: meta-llama/Llama-4-Scout-17B-16E\n---\n# Llama-Thing\n';
  await client.open(uri, 'markdown', text);
  const items = (await client.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 1, character: 9 } })) as { label: string }[];
  assert.ok(items.some((i) => i.label === 'llama4'), JSON.stringify(items));
  const hover = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 30 } })) as { contents: { value: string } };
  assert.match(hover.contents.value, /109B/);
});

test('lsp: "Scan from Disk" streams a file, reports progress, and caps diagnostics with a note of how many more', async () => {
  const path = join(root, 'big.jsonl');
  const lines = Array.from({ length: 1500 }, (_, i) => JSON.stringify({ text: `row ${i} user${i}@mail.com` }));
  writeFileSync(path, lines.join('\n') + '\n');
  const uri = pathToFileURL(path).href;
  const next = client.nextDiagnostics(uri);
  const r = (await client.connection.sendRequest('workspace/executeCommand', { command: 'datasan.server.scanFromDisk', arguments: [{ uri }] })) as { findings: number };
  assert.equal(r.findings, 1500);
  const diags = await next;
  assert.equal(diags.length, 1001);
  assert.equal(diags.at(-1)!.message, '500 more findings are not shown (datasan.maxProblems is 1000). Run "datasan scan" for the full list.');
  assert.equal(client.statuses.filter((s) => s.uri === uri).at(-1)?.findings, 1500);
  assert.deepEqual([client.progress[0].kind, client.progress.at(-1)!.kind], ['begin', 'end']);
  assert.match(client.progress[0].title!, /big\.jsonl/);
});

test('lsp: names arrive in a second pass from the worker, after the structured findings', async () => {
  const names = new LspClient();
  try {
    await names.initialize(rootUri, {});
    const uri = `${rootUri}/names.jsonl`;
    const text = '{"text":"Hi, my name is Maria Gonzalez and my email is maria.g@mail.com"}\n';
    const first = await names.open(uri, 'jsonl', text);
    assert.deepEqual(first.map((d) => d.code), ['pii/email']);
    assert.match(names.statuses.at(-1)!.pending ?? '', /names/);
    // A rescan (e.g. when the settings arrive) may publish the structured findings again first.
    let second = await names.nextDiagnostics(uri);
    for (let i = 0; i < 3 && !second.some((d) => d.code === 'pii/person'); i++) second = await names.nextDiagnostics(uri);
    assert.deepEqual(second.map((d) => d.code), ['pii/person', 'pii/email']);
    const person = second[0];
    assert.equal(text.slice(person.range.start.character, person.range.end.character), 'Maria Gonzalez');
    assert.equal(names.statuses.at(-1)!.pending, undefined);
    assert.equal(names.statuses.at(-1)!.findings, 2);

    // An edit's first publish keeps the names of the lines it did not touch; the new line's names follow.
    const added = '{"text":"Hello, my name is Tomasz Wójcik."}\n';
    const edited = await names.change(uri, 2, [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, newText: added }]);
    assert.deepEqual(edited.map((d) => [d.range.start.line, d.code]), [[0, 'pii/person'], [0, 'pii/email']]);
    assert.match(names.statuses.at(-1)!.pending ?? '', /names/);
    const complete = await names.nextDiagnostics(uri);
    assert.deepEqual(complete.map((d) => [d.range.start.line, d.code]), [[0, 'pii/person'], [0, 'pii/email'], [1, 'pii/person']]);
    assert.equal(added.slice(complete[2].range.start.character, complete[2].range.end.character), 'Tomasz Wójcik');
    assert.equal(names.statuses.at(-1)!.pending, undefined);
  } finally {
    await names.close();
  }
});

test('lsp: the names pass looks at the lines an editor shows first and publishes them before the rest', async () => {
  const c = new LspClient();
  try {
    await c.initialize(rootUri, { maxProblems: 10000 });
    const uri = `${rootUri}/visible.jsonl`;
    const text = Array.from({ length: 3000 }, (_, i) => JSON.stringify({ text: `Row ${i}: my name is Zofia Nowicka, thanks for the help` })).join('\n') + '\n';
    await c.connection.sendNotification('datasan/visibleRanges', { uri, ranges: [[2900, 2949]] });
    await c.open(uri, 'jsonl', text);
    const publishes: { lines: number[]; pending?: string }[] = [];
    for (;;) {
      const d = await c.nextDiagnostics(uri, 60_000);
      const pending = c.statuses.findLast((st) => st.uri === uri)?.pending;
      publishes.push({ lines: d.filter((x) => x.code === 'pii/person').map((x) => x.range.start.line), pending });
      if (!pending) break;
    }
    const first = publishes.find((p) => p.lines.length)!;
    assert.ok(first.pending, 'the lines on screen are published while the rest is still pending');
    assert.deepEqual(first.lines, Array.from({ length: 50 }, (_, i) => 2900 + i));
    assert.equal(publishes.at(-1)!.lines.length, 3000);
  } finally {
    await c.close();
  }
});

test('lsp: "Redact to New File" streams a redacted copy atomically and returns the report; the report command writes nothing', async () => {
  const input = join(root, 'to-redact.jsonl');
  const src = ['{"q":"mail ann.lee@mail.com","a":"ok"}', '{"q":"nothing"}', '{"q":"card 4111 1111 1111 1111"}'].join('\n') + '\n';
  writeFileSync(input, src);
  const output = join(root, 'to-redact.redacted.jsonl');
  const r = (await client.connection.sendRequest('workspace/executeCommand', {
    command: 'datasan.server.redactToFile',
    arguments: [{ uri: pathToFileURL(input).href, output: pathToFileURL(output).href }],
  })) as { redactions: number; records: number; report: { totals: { redactions: number; records: number }; entities: { entity: string; count: number }[] } };
  assert.deepEqual([r.redactions, r.records], [2, 3]);
  const out = readFileSync(output, 'utf8');
  assert.equal(out, src.replace('ann.lee@mail.com', '[EMAIL_ADDRESS]').replace('4111 1111 1111 1111', '[CREDIT_CARD]'));
  assert.equal(readFileSync(input, 'utf8'), src);
  assert.deepEqual(r.report.totals.redactions, 2);
  assert.deepEqual(r.report.entities.map((e) => e.entity).sort(), ['CREDIT_CARD', 'EMAIL_ADDRESS']);
  assert.equal(JSON.stringify(r.report).includes('ann.lee'), false);

  const same = (await client.connection.sendRequest('workspace/executeCommand', {
    command: 'datasan.server.redactToFile',
    arguments: [{ uri: pathToFileURL(input).href, output: pathToFileURL(input).href }],
  })) as { error?: string };
  assert.match(same.error!, /output is the input/);

  const report = (await client.connection.sendRequest('workspace/executeCommand', { command: 'datasan.server.report', arguments: [{ uri: pathToFileURL(input).href }] })) as {
    report: { totals: { redactions: number }; options: { dryRun: boolean } };
  };
  assert.equal(report.report.totals.redactions, 2);
  assert.equal(report.report.options.dryRun, true);
});

test('lsp: the workspace summary counts findings per file and entity', async () => {
  const s = (await client.connection.sendRequest('datasan/workspaceSummary')) as { files: { uri: string; findings: number; entities: Record<string, number> }[] };
  const a = s.files.find((f) => f.uri.endsWith('/a.jsonl'))!;
  assert.deepEqual([a.findings, a.entities], [3, { EMAIL_ADDRESS: 3 }]);
});
