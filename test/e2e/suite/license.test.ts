import * as assert from 'node:assert/strict';
import type * as vscode from 'vscode';
import { applyAction, codeActionsAt, codeOf, freshCopy, open, readDisk, waitForDiagnostics } from './helpers';

// models/parcelpal/README.md: a Llama 4 Scout fine-tune that meets every other rule, named "ParcelPal-3B"
// in its metadata, its title and twice in its body.
const NAME = 'ParcelPal-3B';

describe('Llama model card', () => {
  it('a name that does not begin with "Llama" gets a diagnostic on the name, and the rename fix renames every place it is stated', async () => {
    const uri = await freshCopy('models/parcelpal/README.md');
    const before = await readDisk(uri);
    const { document } = await open(uri);
    const [diag] = await waitForDiagnostics(uri, (d) => d.some((x) => codeOf(x) === 'llama/name-prefix'), 'llama/name-prefix');
    assert.equal(codeOf(diag), 'llama/name-prefix');
    assert.equal(document.getText(diag.range), NAME);
    assert.equal(diag.range.start.line, before.split('\n').findIndex((l) => l.includes(NAME)), 'the diagnostic is not on the metadata name');
    assert.match(diag.message, /does not begin with "Llama"/);

    const isRename = (a: vscode.CodeAction): boolean => !!a.isPreferred && /^Rename the model to “Llama[^”]*” where the card names it$/.test(a.title);
    const actions = await codeActionsAt(uri, diag.range, undefined, (list) => list.some(isRename));
    const rename = actions.find(isRename);
    assert.ok(rename, `no preferred rename fix among ${JSON.stringify(actions.map((a) => a.title))}`);
    const newName = /“([^”]+)”/.exec(rename.title)![1];
    assert.equal(newName, `Llama-${NAME}`);
    await applyAction(rename);
    assert.equal(await document.save(), true);

    const after = await readDisk(uri);
    assert.equal(before.split(NAME).length - 1, 4, 'the fixture should name the model four times');
    assert.equal(after, before.split(NAME).join(newName));
    // Only the license findings: other detectors may flag text in the card, which is not this fix's concern.
    await waitForDiagnostics(uri, (d) => !d.some((x) => codeOf(x).startsWith('llama/')), 'no license findings left');
  });
});
