// Shared by the extension-host tests: fixture locations and waiting on diagnostics events (no sleeps).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'datasan.datasan';
export const SOURCE = 'datasan';

/** The fake values in the fixture support-chats.jsonl (made up for these tests). */
export const FAKE = {
  email: 'lena.fischer@posteo.de',
  phone: '+1 415 555 0132',
  card: '4111 1111 1111 1111',
  token: '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',
} as const;

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the suite needs the fixture workspace open (test/e2e/fixtures/workspace)');
  return folder.uri;
}

export function fixture(relativePath: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), relativePath);
}

let copies = 0;
/** A fresh copy of a fixture, so a test that edits a file never disturbs another. */
export async function freshCopy(relativePath: string): Promise<vscode.Uri> {
  const target = fixture(`.e2e-copies/${++copies}-${relativePath.split('/').pop()}`);
  await vscode.workspace.fs.copy(fixture(relativePath), target, { overwrite: true });
  return target;
}

export function datasanDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

function describe(diags: readonly vscode.Diagnostic[]): string {
  return JSON.stringify(diags.map((d) => ({ line: d.range.start.line, char: d.range.start.character, message: d.message, code: codeOf(d) })));
}

export function codeOf(d: vscode.Diagnostic): string {
  const c = d.code;
  return typeof c === 'object' && c !== null ? String(c.value) : String(c ?? '');
}

/**
 * Resolves with the datasan diagnostics of `uri` once `ready` holds for them: checked now and on every
 * languages.onDidChangeDiagnostics event for that uri. Fails after `timeoutMs` with what was last seen.
 */
export function waitForDiagnostics(
  uri: vscode.Uri,
  ready: (diags: vscode.Diagnostic[]) => boolean,
  what: string,
  timeoutMs = 30_000,
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = (): boolean => {
      const diags = datasanDiagnostics(uri);
      if (!ready(diags)) return false;
      cleanup();
      resolve(diags);
      return true;
    };
    const listener = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what} on ${vscode.workspace.asRelativePath(uri)}; last seen: ${describe(datasanDiagnostics(uri))}`));
    }, timeoutMs);
    const cleanup = (): void => {
      clearTimeout(timer);
      listener.dispose();
    };
    check();
  });
}

export async function open(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(doc);
}

/** The range of the first occurrence of `value` in the document. */
export function rangeOf(doc: vscode.TextDocument, value: string): vscode.Range {
  const offset = doc.getText().indexOf(value);
  assert.ok(offset >= 0, `fixture ${vscode.workspace.asRelativePath(doc.uri)} lacks an expected value`);
  return new vscode.Range(doc.positionAt(offset), doc.positionAt(offset + value.length));
}

/**
 * The code actions VS Code offers for `range`, as the light bulb gets them. The first request after a file opens can
 * race the renderer's copy of the diagnostics (then actions driven by diagnostics are missing): when `ready` is given,
 * asks again until it holds, for at most 15 s.
 */
export async function codeActionsAt(
  uri: vscode.Uri,
  range: vscode.Range,
  kind?: string,
  ready?: (actions: vscode.CodeAction[]) => boolean,
): Promise<vscode.CodeAction[]> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    let result: (vscode.CodeAction | vscode.Command)[] | undefined;
    try {
      result = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', uri, range, kind);
    } catch (e) {
      // VS Code cancels a provider request that a newer event overtakes (a republish of the diagnostics): ask again.
      if (!(e instanceof Error && e.message === 'Canceled') || Date.now() > deadline) throw e;
      continue;
    }
    const actions = (result ?? []).filter((a): a is vscode.CodeAction => !(typeof a.command === 'string'));
    if (!ready || ready(actions) || Date.now() > deadline) return actions;
  }
}

/** Applies a code action's edit the way the light bulb does, and fails if it has none or it is refused. */
export async function applyAction(action: vscode.CodeAction): Promise<void> {
  assert.ok(action.edit, `"${action.title}" carries no edit`);
  assert.equal(await vscode.workspace.applyEdit(action.edit), true, `workspace.applyEdit refused "${action.title}"`);
}

/** Every non-empty line parses as JSON. */
export function assertJsonLines(text: string): void {
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    assert.doesNotThrow(() => JSON.parse(line), `line ${i + 1} is no longer valid JSON`);
  });
}

export async function readDisk(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

/** Replaces each fake value in `text` by what the redaction should leave there. */
export function expectRedacted(text: string, replacements: [string, string][]): string {
  let out = text;
  for (const [value, placeholder] of replacements) out = out.split(value).join(placeholder);
  return out;
}
