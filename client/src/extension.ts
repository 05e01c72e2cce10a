// Wiring only: start the language server, add the status item and the commands.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, type LanguageClientOptions, type ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { Commands, type InitializationOptions, StatusNotification, WorkspaceTrustedNotification } from '../../server/src/protocol';
import { notify, onNotification, serverCommand } from './messages';
import { SCANNED_LANGUAGES } from '../../server/src/engine/formats/file-types';
import { StatusItem } from './status';
import { scanWorkspace } from './scan-workspace';
import { LargeFiles, scanFromDisk } from './large-files';
import { reportVisibleRanges } from './visible-ranges';
import { redactToNewFile, showFileReport, showWorkspaceReport } from './report-view';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('Datasan', { log: true });
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file' },
      { scheme: 'untitled' },
    ].flatMap((s) => SCANNED_LANGUAGES.map((language) => ({ ...s, language }))),
    // The allow-list, and NOTICE files (a model card's llama/notice finding depends on one beside it).
    synchronize: { fileEvents: [vscode.workspace.createFileSystemWatcher('**/.datasan/allowlist.json'), vscode.workspace.createFileSystemWatcher('**/.datasan/rules.json'), vscode.workspace.createFileSystemWatcher('**/NOTICE{,.txt,.md}')] },
    outputChannel: output,
    // Pushed diagnostics (as the server sends files scanned from disk and the names pass when it ends); trust for Restricted Mode.
    initializationOptions: { trusted: vscode.workspace.isTrusted, diagnosticMode: 'push' } satisfies InitializationOptions,
    // The output channel never pops up on its own except for fatal errors.
    revealOutputChannelOn: 4 /* RevealOutputChannelOn.Never */,
  };
  client = new LanguageClient('datasan', 'Datasan', serverOptions, clientOptions);

  const status = new StatusItem();
  context.subscriptions.push(
    status,
    output,
    onNotification(client, StatusNotification, (p) => status.update(p)),
    vscode.workspace.onDidGrantWorkspaceTrust(() => void (client && notify(client, WorkspaceTrustedNotification))),
    vscode.commands.registerCommand('datasan.scanWorkspace', () => scanWorkspace(client!, output)),
    vscode.commands.registerCommand('datasan.redactFile', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) return void vscode.window.showInformationMessage('Datasan: open a file to redact.');
      await serverCommand(client!, Commands.redactFile, { uri: editor.document.uri.toString() });
    }),
    vscode.commands.registerCommand('datasan.showOutput', () => output.show(true)),
    vscode.commands.registerCommand('datasan.scanFromDisk', (uri?: vscode.Uri) => scanFromDisk(client!, uri)),
    vscode.commands.registerCommand('datasan.redactToNewFile', (uri?: vscode.Uri) => redactToNewFile(client!, uri)),
    vscode.commands.registerCommand('datasan.showReport', (uri?: vscode.Uri) => showFileReport(client!, uri)),
    vscode.commands.registerCommand('datasan.showWorkspaceReport', () => showWorkspaceReport(client!)),
  );
  await client.start();
  context.subscriptions.push(new LargeFiles(client), reportVisibleRanges(client, clientOptions.documentSelector as vscode.DocumentSelector));
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
