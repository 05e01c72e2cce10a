import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  FAKE, applyAction, assertJsonLines, codeActionsAt, datasanDiagnostics, freshCopy, open, rangeOf, readDisk, waitForDiagnostics,
} from './helpers';

const offers = (title: string) => (actions: vscode.CodeAction[]): boolean => actions.some((a) => a.title === title);
const PLACEHOLDER = /\[[A-Z][A-Z0-9_]*\]/.source;
const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every line that held a fake value now holds a [PLACEHOLDER] in its place, every other line is unchanged. */
function assertAllRedacted(before: string, after: string): void {
  const was = before.split('\n');
  const now = after.split('\n');
  assert.equal(now.length, was.length, 'the number of lines changed');
  was.forEach((line, i) => {
    const value = Object.values(FAKE).find((v) => line.includes(v));
    if (!value) return assert.equal(now[i], line, `line ${i + 1} changed though it held no finding`);
    const [head, tail] = line.split(value);
    assert.match(now[i], new RegExp(`^${escapeRegExp(head)}${PLACEHOLDER}${escapeRegExp(tail)}$`), `line ${i + 1} is not redacted in place`);
  });
  assertJsonLines(after);
}

async function openWithFindings(fixturePath: string): Promise<{ uri: vscode.Uri; editor: vscode.TextEditor; before: string }> {
  const uri = await freshCopy(fixturePath);
  const before = await readDisk(uri);
  const editor = await open(uri);
  await waitForDiagnostics(uri, (d) => d.length >= 4, 'four findings');
  return { uri, editor, before };
}

describe('Redaction quick fixes', () => {
  afterEach(async () => {
    await vscode.workspace.getConfiguration('editor').update('codeActionsOnSave', undefined, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('offers "Redact this email address" first, then "Redact all PII in this file" and "Ignore this value", on the email', async () => {
    const { uri, editor } = await openWithFindings('support-chats.jsonl');
    const titles = (await codeActionsAt(uri, rangeOf(editor.document, FAKE.email), undefined, offers('Redact this email address'))).map((a) => a.title);
    assert.ok(titles.includes('Redact this email address'), `titles were ${JSON.stringify(titles)}`);
    assert.ok(titles.includes('Redact all PII in this file'), `titles were ${JSON.stringify(titles)}`);
    assert.ok(titles.includes('Ignore this value'), `titles were ${JSON.stringify(titles)}`);
    assert.equal(titles[0], 'Redact this email address');
  });

  it('"Redact this email address" then save: the placeholder is on disk, every line parses, nothing else changed', async () => {
    const { uri, editor, before } = await openWithFindings('support-chats.jsonl');
    const actions = await codeActionsAt(uri, rangeOf(editor.document, FAKE.email), undefined, offers('Redact this email address'));
    const redact = actions.find((a) => a.title === 'Redact this email address');
    assert.ok(redact, `no "Redact this email address" among ${JSON.stringify(actions.map((a) => a.title))}`);
    assert.equal(redact.isPreferred, true);
    await applyAction(redact);
    assert.equal(await editor.document.save(), true);

    const after = await readDisk(uri);
    assert.equal(after, before.replace(FAKE.email, '[EMAIL_ADDRESS]'));
    assertJsonLines(after);
    const left = await waitForDiagnostics(uri, (d) => d.length === 3, 'the email finding to go');
    assert.ok(left.every((d) => d.message !== 'Email address'));
  });

  it('"Redact all PII in this file" redacts every finding in place and keeps JSON Lines valid', async () => {
    const { uri, editor, before } = await openWithFindings('support-chats.jsonl');
    const all = (await codeActionsAt(uri, rangeOf(editor.document, FAKE.phone), undefined, offers('Redact all PII in this file'))).find(
      (a) => a.title === 'Redact all PII in this file',
    );
    assert.ok(all, 'no "Redact all PII in this file" action on the phone number');
    await applyAction(all);
    assert.equal(await editor.document.save(), true);
    assertAllRedacted(before, await readDisk(uri));
    await waitForDiagnostics(uri, (d) => d.length === 0, 'no findings left');
  });

  it('source.fixAll.datasan is offered and redacts everything', async () => {
    const { uri, editor, before } = await openWithFindings('support-chats.jsonl');
    const whole = new vscode.Range(0, 0, editor.document.lineCount, 0);
    const fixAll = await codeActionsAt(uri, whole, 'source.fixAll.datasan', (list) => list.length > 0);
    assert.equal(fixAll.length, 1, `expected one fix-all action, got ${JSON.stringify(fixAll.map((a) => a.title))}`);
    assert.equal(fixAll[0].kind?.value, 'source.fixAll.datasan');
    await applyAction(fixAll[0]);
    assertAllRedacted(before, editor.document.getText());
    assert.equal(await editor.document.save(), true);
    assertAllRedacted(before, await readDisk(uri));
  });

  it('with editor.codeActionsOnSave { "source.fixAll.datasan": "explicit" }, saving redacts the file on disk', async () => {
    await vscode.workspace
      .getConfiguration('editor')
      .update('codeActionsOnSave', { 'source.fixAll.datasan': 'explicit' }, vscode.ConfigurationTarget.Global);
    const { uri, before } = await openWithFindings('support-chats.jsonl');
    await vscode.commands.executeCommand('workbench.action.files.save');
    assertAllRedacted(before, await readDisk(uri));
  });

  it('"Datasan: Redact File" redacts the active editor', async () => {
    const { uri, editor, before } = await openWithFindings('support-chats.jsonl');
    await vscode.commands.executeCommand('datasan.redactFile');
    await waitForDiagnostics(uri, (d) => d.length === 0, 'no findings left');
    assertAllRedacted(before, editor.document.getText());
    assert.equal(await editor.document.save(), true);
    assertAllRedacted(before, await readDisk(uri));
  });

  it('"Ignore this value" hides that value and stores no plain value', async () => {
    const { uri, editor } = await openWithFindings('support-chats.jsonl');
    const ignore = (await codeActionsAt(uri, rangeOf(editor.document, FAKE.phone), undefined, offers('Ignore this value'))).find(
      (a) => a.title === 'Ignore this value',
    );
    assert.ok(ignore?.command, 'no "Ignore this value" command on the phone number');
    await vscode.commands.executeCommand(ignore.command.command, ...(ignore.command.arguments ?? []));
    const left = await waitForDiagnostics(uri, (d) => d.length === 3, 'the phone finding to go');
    assert.ok(left.every((d) => d.message !== 'Phone number'));
    const stored = await vscode.workspace.findFiles('.datasan/**');
    for (const file of stored) {
      const text = await readDisk(file);
      for (const value of Object.values(FAKE)) assert.ok(!text.includes(value), `${vscode.workspace.asRelativePath(file)} contains a plain value`);
    }
    assert.ok(datasanDiagnostics(uri).length === 3);
  });
});
