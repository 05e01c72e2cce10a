// Tells the server which lines an editor shows, so that its names pass looks at those first.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { VisibleRangesNotification, type VisibleRangesParams } from '../../server/src/protocol';
import { notify } from './messages';

export function reportVisibleRanges(client: LanguageClient, selector: vscode.DocumentSelector): vscode.Disposable {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const send = (editor: vscode.TextEditor | undefined) => {
    if (!editor || !vscode.languages.match(selector, editor.document)) return;
    clearTimeout(timer);
    // Scrolling fires many events: only where it stops matters.
    timer = setTimeout(() => {
      const params: VisibleRangesParams = { uri: editor.document.uri.toString(), ranges: editor.visibleRanges.map((r) => [r.start.line, r.end.line]) };
      void notify(client, VisibleRangesNotification, params);
    }, 150);
  };
  send(vscode.window.activeTextEditor);
  return vscode.Disposable.from(
    vscode.window.onDidChangeTextEditorVisibleRanges((e) => send(e.textEditor)),
    vscode.window.onDidChangeActiveTextEditor(send),
    { dispose: () => clearTimeout(timer) },
  );
}
