// The "Redaction report" webview: the current file's report (counts per entity, field and record, as
// charts) or the workspace's findings per file; rows link back to the lines and files they count.
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { Commands, WorkspaceSummaryRequest } from '../../server/src/protocol';
import { request, serverCommand } from './messages';
import { reportHtml } from '../../server/src/engine/report/render';
import { workspaceReportHtml } from '../../server/src/engine/report/workspace';

/** Makes rows with a data-line or data-uri clickable: they ask the extension to reveal the place. */
function withLinks(html: string): string {
  const nonce = randomBytes(16).toString('base64');
  const script = `<script nonce="${nonce}">
const vscode = acquireVsCodeApi();
for (const h of document.querySelectorAll('h2')) if (h.textContent === 'Most affected records')
  for (const tr of h.parentElement.querySelectorAll('tbody tr')) { tr.dataset.line = tr.children[1].textContent; }
for (const tr of document.querySelectorAll('tr[data-line], tr[data-uri]')) {
  tr.classList.add('link'); tr.tabIndex = 0;
  const go = () => vscode.postMessage(tr.dataset.uri ? { uri: tr.dataset.uri } : { line: Number(tr.dataset.line) });
  tr.addEventListener('click', go); tr.addEventListener('keydown', (e) => { if (e.key === 'Enter') go(); });
}
</script><style>tr.link{cursor:pointer}tr.link:hover td{background:rgba(127,127,127,.15)}</style>`;
  return html
    .replace("default-src 'none';", `default-src 'none'; script-src 'nonce-${nonce}';`)
    .replace('</body>', `${script}</body>`);
}

function show(title: string, html: string, onMessage: (m: { line?: number; uri?: string }) => void): void {
  const panel = vscode.window.createWebviewPanel('datasan.report', title, vscode.ViewColumn.Beside, { enableScripts: true, localResourceRoots: [] });
  panel.webview.html = withLinks(html);
  panel.webview.onDidReceiveMessage(onMessage);
}

export async function showFileReport(client: LanguageClient, uri?: vscode.Uri): Promise<void> {
  const target = uri ?? vscode.window.activeTextEditor?.document.uri;
  if (!target || target.scheme !== 'file') return void vscode.window.showInformationMessage('Datasan: open a file on disk to see its redaction report.');
  const r = await serverCommand(client, Commands.report, { uri: target.toString() });
  if (r.error) return void vscode.window.showWarningMessage(`Datasan: ${r.error}.`);
  if (!r.report) return;
  const dirty = vscode.workspace.textDocuments.some((d) => d.uri.toString() === target.toString() && d.isDirty);
  const title = `Redaction report: ${vscode.workspace.asRelativePath(target)}${dirty ? ' (as saved on disk)' : ''}`;
  show(title, reportHtml(r.report), (m) => {
    if (m.line) void vscode.window.showTextDocument(target, { selection: new vscode.Range(m.line - 1, 0, m.line - 1, 0), viewColumn: vscode.ViewColumn.One });
  });
}

export async function showWorkspaceReport(client: LanguageClient): Promise<void> {
  const s = await request(client, WorkspaceSummaryRequest, undefined);
  show('Datasan: workspace report', workspaceReportHtml(s, (u) => vscode.workspace.asRelativePath(vscode.Uri.parse(u))), (m) => {
    if (m.uri) void vscode.window.showTextDocument(vscode.Uri.parse(m.uri), { viewColumn: vscode.ViewColumn.One });
  });
}

export async function redactToNewFile(client: LanguageClient, uri?: vscode.Uri): Promise<void> {
  const input = uri ?? vscode.window.activeTextEditor?.document.uri ?? activeTab();
  if (!input || input.scheme !== 'file') return void vscode.window.showInformationMessage('Datasan: open a file on disk to redact it.');
  const dot = input.path.lastIndexOf('.');
  const suggested = dot > input.path.lastIndexOf('/') ? `${input.path.slice(0, dot)}.redacted${input.path.slice(dot)}` : `${input.path}.redacted`;
  const output = await vscode.window.showSaveDialog({ defaultUri: input.with({ path: suggested }), title: 'Datasan: save the redacted copy as' });
  if (!output) return;
  const r = await serverCommand(client, Commands.redactToFile, { uri: input.toString(), output: output.toString() });
  if (r.error) return void vscode.window.showWarningMessage(`Datasan: ${r.error}; nothing was written.`);
  if (r.cancelled) return void vscode.window.showInformationMessage('Datasan: redaction cancelled; nothing was written.');
  const choice = await vscode.window.showInformationMessage(`Datasan: ${r.redactions} redactions in ${r.records} records → ${vscode.workspace.asRelativePath(output)}.`, 'Open', 'Show Report');
  if (choice === 'Open') await vscode.window.showTextDocument(output);
  if (choice === 'Show Report' && r.report) show(`Redaction report: ${vscode.workspace.asRelativePath(input)}`, reportHtml(r.report), () => {});
}

function activeTab(): vscode.Uri | undefined {
  const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
  return input instanceof vscode.TabInputText ? input.uri : undefined;
}
