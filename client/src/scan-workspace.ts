// "Datasan: Scan Workspace": every matching file on disk, not only open ones, with progress and cancel.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ClearWorkspaceScanNotification, ScanFilesRequest, type ScanFilesResult, SECTION } from '../../server/src/protocol';
import { notify, request } from './messages';
import { extensionsOfLanguage, SCANNED_LANGUAGES } from '../../server/src/engine/formats/file-types';

const BATCH = 25;

export async function scanWorkspace(client: LanguageClient, output: vscode.LogOutputChannel): Promise<void> {
  const languages = vscode.workspace.getConfiguration(SECTION).get<string[]>('languages') ?? SCANNED_LANGUAGES;
  const exts = [...new Set(languages.flatMap(extensionsOfLanguage))];
  if (exts.length === 0) return void vscode.window.showInformationMessage('Datasan: no languages are enabled (datasan.languages).');
  await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Datasan: scanning workspace', cancellable: true },
    async (progress, token) => {
      const files = await vscode.workspace.findFiles(`**/*.{${exts.join(',')}}`, '**/{node_modules,.git,.datasan}/**', undefined, token);
      await notify(client, ClearWorkspaceScanNotification);
      const total: ScanFilesResult = { files: 0, findings: 0, errors: [] };
      for (let i = 0; i < files.length && !token.isCancellationRequested; i += BATCH) {
        const uris = files.slice(i, i + BATCH).map((u) => u.toString());
        const r = await request(client, ScanFilesRequest, { uris }, token);
        total.files += r.files;
        total.findings += r.findings;
        total.errors.push(...r.errors);
        progress.report({ increment: (uris.length / files.length) * 100, message: `${Math.min(i + BATCH, files.length)} of ${files.length} files` });
      }
      for (const e of total.errors) output.warn(`${vscode.workspace.asRelativePath(vscode.Uri.parse(e.uri))}: ${e.message}`);
      const cancelled = token.isCancellationRequested ? ' (cancelled)' : '';
      output.info(`Workspace scan${cancelled}: ${total.findings} findings in ${total.files} files, ${total.errors.length} not scanned.`);
      void vscode.window.showInformationMessage(
        `Datasan: ${total.findings} findings in ${total.files} files${cancelled}.` + (total.errors.length ? ` ${total.errors.length} files could not be scanned (see output).` : ''),
      );
    },
  );
}
