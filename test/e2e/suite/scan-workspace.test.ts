import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, fixture, waitForDiagnostics } from './helpers';

describe('Datasan: Scan Workspace', () => {
  it('publishes diagnostics for files that were never opened', async () => {
    const csv = fixture('archive/contacts.csv');
    const notes = fixture('archive/notes.txt');
    const isOpen = (uri: vscode.Uri): boolean => vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString());
    assert.equal(isOpen(csv) || isOpen(notes), false, 'the archive files must not be open for this test');

    await vscode.commands.executeCommand('datasan.scanWorkspace');
    const csvDiags = await waitForDiagnostics(csv, (d) => d.length > 0, 'the card in the never-opened CSV');
    assert.deepEqual(csvDiags.map((d) => [codeOf(d), d.range.start.line]), [['pii/credit-card', 1]]);
    const notesDiags = await waitForDiagnostics(notes, (d) => d.length > 0, 'the email in the never-opened text file');
    assert.deepEqual(notesDiags.map((d) => [codeOf(d), d.range.start.line]), [['pii/email', 1]]);
    assert.equal(isOpen(csv) || isOpen(notes), false, 'scanning opened the files');
  });
});
