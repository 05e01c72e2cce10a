// VS Code never hands files over 50 MB to extensions. This notices such a file in the active tab,
// says so in the status bar, and offers to scan it from disk (streamed by the server).
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { Commands, SECTION } from '../../server/src/protocol';
import { serverCommand } from './messages';
import { extensionsOfLanguage, SCANNED_LANGUAGES } from '../../server/src/engine/formats/file-types';

const SYNC_LIMIT = 50 * 1024 * 1024;
const SCANNED = new Set(SCANNED_LANGUAGES.flatMap(extensionsOfLanguage).map((e) => `.${e}`));

function activeTabUri(): vscode.Uri | undefined {
  const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
  return input instanceof vscode.TabInputText ? input.uri : undefined;
}

export class LargeFiles implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('datasan.largeFile', vscode.StatusBarAlignment.Right, 100);
  private readonly subscriptions: vscode.Disposable[] = [];
  private readonly told = new Set<string>();

  constructor(private readonly client: LanguageClient) {
    this.item.name = 'Datasan: large file';
    this.subscriptions.push(vscode.window.tabGroups.onDidChangeTabs(() => void this.refresh()), vscode.window.onDidChangeActiveTextEditor(() => void this.refresh()));
    void this.refresh();
  }

  /** The threshold above which the editor path is skipped: VS Code's sync limit, or the user's lower setting. */
  private limit(): number {
    return Math.min(SYNC_LIMIT, vscode.workspace.getConfiguration(SECTION).get<number>('maxFileSize') ?? SYNC_LIMIT);
  }

  private async refresh(): Promise<void> {
    const uri = activeTabUri();
    const ext = uri?.path.slice(uri.path.lastIndexOf('.')).toLowerCase();
    if (!uri || uri.scheme !== 'file' || !ext || !SCANNED.has(ext)) return this.item.hide();
    const size = await vscode.workspace.fs.stat(uri).then((s) => s.size, () => 0);
    if (size <= this.limit()) return this.item.hide();
    const mb = Math.round(size / 1024 / 1024);
    this.item.text = `$(database) Datasan: ${mb} MB, not scanned live`;
    this.item.tooltip = 'This file is too large for VS Code to hand to extensions. Click to scan it from disk (streamed); findings appear in the Problems panel.';
    this.item.command = { title: 'Scan from Disk', command: 'datasan.scanFromDisk', arguments: [uri] };
    this.item.show();
    if (!this.told.has(uri.toString())) {
      this.told.add(uri.toString());
      const choice = await vscode.window.showInformationMessage(`Datasan: ${vscode.workspace.asRelativePath(uri)} (${mb} MB) is too large to scan as you type.`, 'Scan from Disk');
      if (choice) await scanFromDisk(this.client, uri);
    }
  }

  dispose(): void {
    this.item.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}

export async function scanFromDisk(client: LanguageClient, uri?: vscode.Uri): Promise<void> {
  const target = uri ?? activeTabUri();
  if (!target || target.scheme !== 'file') return void vscode.window.showInformationMessage('Datasan: open a file on disk to scan it.');
  const r = await serverCommand(client, Commands.scanFromDisk, { uri: target.toString() });
  const name = vscode.workspace.asRelativePath(target);
  if (r.error) void vscode.window.showWarningMessage(`Datasan: ${name}: ${r.error}.`);
  else if (r.cancelled) void vscode.window.showInformationMessage(`Datasan: scan of ${name} cancelled.`);
  else void vscode.window.showInformationMessage(`Datasan: ${r.findings} findings in ${name}; see the Problems panel.`);
}
