import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, FAKE, codeOf, fixture, open, waitForDiagnostics } from './helpers';

describe('Diagnostics in a JSONL file', () => {
  it('the packaged extension is present and activates by itself once a .jsonl file is open', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is not loaded`);
    const uri = fixture('support-chats.jsonl');
    await open(uri);
    await waitForDiagnostics(uri, (d) => d.length > 0, 'the first findings');
    assert.equal(ext.isActive, true);
  });

  it('puts one diagnostic exactly on each fake email, phone, card and token, and nowhere else', async () => {
    const uri = fixture('support-chats.jsonl');
    const { document } = await open(uri);
    const diags = await waitForDiagnostics(uri, (d) => d.length >= 4, 'four findings');
    assert.deepEqual(diags.map((d) => document.getText(d.range)).sort(), Object.values(FAKE).sort());

    const byValue = new Map(diags.map((d) => [document.getText(d.range), d]));
    assert.equal(byValue.get(FAKE.email)?.message, 'Email address');
    assert.equal(codeOf(byValue.get(FAKE.email)!), 'pii/email');
    assert.equal(byValue.get(FAKE.phone)?.message, 'Phone number');
    assert.equal(codeOf(byValue.get(FAKE.phone)!), 'pii/phone');
    assert.equal(byValue.get(FAKE.card)?.message, 'Credit card number');
    assert.equal(codeOf(byValue.get(FAKE.card)!), 'pii/credit-card');
    assert.match(codeOf(byValue.get(FAKE.token)!), /^secret\//);
    for (const d of diags) {
      for (const value of Object.values(FAKE)) assert.ok(!d.message.includes(value), `a diagnostic message contains a detected value`);
    }
  });
});
