import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { fixture, open, waitForDiagnostics } from './helpers';

// review/minconf.jsonl: a phone number (confidence 1.0) and an address at a reserved documentation domain
// (example.com, scored 0.4: hidden at the default minConfidence 0.5).
describe('Settings apply without reload', () => {
  after(() => vscode.workspace.getConfiguration('datasan').update('minConfidence', undefined, vscode.ConfigurationTarget.Global));

  it('lowering and restoring datasan.minConfidence shows and hides a low-confidence finding', async () => {
    const uri = fixture('review/minconf.jsonl');
    await open(uri);
    const initial = await waitForDiagnostics(uri, (d) => d.length >= 1, 'the phone finding');
    assert.deepEqual(initial.map((d) => d.message), ['Phone number']);

    const config = vscode.workspace.getConfiguration('datasan');
    await config.update('minConfidence', 0.3, vscode.ConfigurationTarget.Global);
    const lowered = await waitForDiagnostics(uri, (d) => d.length === 2, 'the low-confidence email to appear');
    assert.deepEqual(lowered.map((d) => d.message).sort(), ['Email address', 'Phone number']);

    await config.update('minConfidence', undefined, vscode.ConfigurationTarget.Global);
    const restored = await waitForDiagnostics(uri, (d) => d.length === 1, 'the low-confidence email to go');
    assert.deepEqual(restored.map((d) => d.message), ['Phone number']);
  });
});
