// A language status item: the active file's finding count, or why it was skipped.
import * as vscode from 'vscode';
import type { StatusParams } from '../../server/src/protocol';
import { SCANNED_LANGUAGES } from '../../server/src/engine/formats/file-types';

export class StatusItem implements vscode.Disposable {
  private readonly item: vscode.LanguageStatusItem;
  private readonly byUri = new Map<string, StatusParams>();
  private readonly listener: vscode.Disposable;

  constructor() {
    this.item = vscode.languages.createLanguageStatusItem('datasan.status', [...SCANNED_LANGUAGES]);
    this.item.name = 'Datasan';
    this.item.command = { title: 'Show output', command: 'datasan.showOutput' };
    this.listener = vscode.window.onDidChangeActiveTextEditor(() => this.render());
    this.render();
  }

  update(p: StatusParams): void {
    this.byUri.set(p.uri, p);
    this.render();
  }

  private render(): void {
    const uri = vscode.window.activeTextEditor?.document.uri.toString();
    const p = uri ? this.byUri.get(uri) : undefined;
    if (!p) {
      this.item.text = 'Datasan';
      this.item.detail = 'not scanned';
      this.item.severity = vscode.LanguageStatusSeverity.Information;
    } else if (p.skipped) {
      this.item.text = 'Datasan: skipped';
      this.item.detail = p.skipped;
      this.item.severity = vscode.LanguageStatusSeverity.Warning;
    } else {
      this.item.text = p.findings === 1 ? 'Datasan: 1 finding' : `Datasan: ${p.findings} findings`;
      this.item.detail = p.pending ?? (p.findings ? 'personal data or secrets found' : 'no personal data found');
      this.item.severity = p.findings ? vscode.LanguageStatusSeverity.Warning : vscode.LanguageStatusSeverity.Information;
    }
  }

  dispose(): void {
    this.listener.dispose();
    this.item.dispose();
  }
}
