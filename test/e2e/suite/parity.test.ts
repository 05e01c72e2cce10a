import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { codeActionsAt, codeOf, fixture, open, waitForDiagnostics } from './helpers';

// The suite runs from out/e2e/suite in the repository: the shared fixtures and the CLI are found from there.
const ROOT = path.join(__dirname, '..', '..', '..');
const BIN = path.join(ROOT, 'bin', 'datasan');

type Range = { start: { line: number; character: number }; end: { line: number; character: number } };
const key = (rule: string, r: Range) => `${rule} ${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;

/** `datasan scan --format json` on a file: its findings and notices as rule-and-range keys. */
function cliKeys(file: vscode.Uri): string[] {
  const r = spawnSync(process.execPath, [BIN, 'scan', '--format', 'json', file.fsPath], { encoding: 'utf8', env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' } });
  assert.ok(r.status === 0 || r.status === 1, `datasan scan exited with ${r.status}: ${r.stderr}`);
  const [report] = (JSON.parse(r.stdout) as { files: { findings: { rule: string; range: Range }[]; notices?: { rule: string; range: Range }[] }[] }).files;
  return [...report.findings, ...(report.notices ?? [])].map((f) => key(f.rule, f.range)).sort();
}

const shownKeys = (diags: vscode.Diagnostic[]) => diags.map((d) => key(codeOf(d), d.range)).sort();

/** A fixture of test/fixtures copied into the workspace, so that the CLI and the editor read the same folder. */
async function sharedFixture(relativePath: string): Promise<vscode.Uri> {
  const target = fixture(`.e2e-parity/${relativePath}`);
  await vscode.workspace.fs.copy(vscode.Uri.file(path.join(ROOT, 'test', 'fixtures', relativePath)), target, { overwrite: true });
  return target;
}

describe('parity with the CLI', () => {
  // Each file has a person's name, which only the names pass (published last) finds: seeing the CLI's whole
  // list means the editor's last diagnostics are it.
  for (const file of ['cards/llama4-finetune-apache.md', 'datasets/support-chat.jsonl']) {
    it(`${file}: once every pass is done, the editor shows what datasan scan reports`, async () => {
      const uri = await sharedFixture(file);
      const expected = cliKeys(uri);
      assert.ok(expected.some((k) => k.startsWith('pii/person ')), 'the fixture should have a name for the names pass');
      await open(uri);
      const diags = await waitForDiagnostics(uri, (d) => JSON.stringify(shownKeys(d)) === JSON.stringify(expected), `the CLI's ${expected.length} findings`, 45_000);
      if (!file.startsWith('cards/')) return;
      // The license findings on the title that the names pass used to drop keep their quick fixes (VS Code hands
      // back the actions without their diagnostics: each rule's fixes are known by their titles).
      const fixes: [string, RegExp][] = [
        ['llama/license-link', /license_link|Link the Llama 4 Community License/],
        ['llama/notice', /NOTICE|attribution notice/],
      ];
      for (const [rule, title] of fixes) {
        const d = diags.find((x) => codeOf(x) === rule);
        assert.ok(d, rule);
        const actions = await codeActionsAt(uri, d.range, undefined, (list) => list.some((a) => title.test(a.title)));
        assert.ok(actions.some((a) => a.edit && title.test(a.title)), `no quick fix for ${rule}: ${JSON.stringify(actions.map((a) => a.title))}`);
      }
    });
  }
});
