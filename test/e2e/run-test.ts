// Runs the extension-host suite in VS Code desktop with @vscode/test-electron, on a machine that can download
// VS Code: `npm run test:e2e:electron` (builds the extension and this file to out/e2e/run-test.js, then runs it).
// (Here VS Code cannot be downloaded; `npm run test:e2e` runs the same suite inside code-server.)
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';

async function main(): Promise<number> {
  // Compiled to out/e2e/run-test.js: the repository is two levels up.
  const extensionDevelopmentPath = path.resolve(__dirname, '..', '..');
  const extensionTestsPath = path.resolve(__dirname, 'suite', 'index.js');

  let vscodeExecutablePath: string;
  try {
    vscodeExecutablePath = await downloadAndUnzipVSCode({ timeout: 60_000 });
  } catch (err) {
    console.error(
      `Could not download VS Code: ${err instanceof Error ? err.message : String(err)}\n` +
        'This runner needs a machine that can reach update.code.visualstudio.com (it caches VS Code in .vscode-test/).\n' +
        'Without that, run `npm run test:e2e`: the same suite inside code-server.',
    );
    return 1;
  }

  // The tests edit files: give them a copy of the fixture workspace.
  const workspace = mkdtempSync(path.join(tmpdir(), 'datasan-e2e-'));
  cpSync(path.join(extensionDevelopmentPath, 'test', 'e2e', 'fixtures', 'workspace'), workspace, { recursive: true });
  try {
    await runTests({
      vscodeExecutablePath,
      extensionDevelopmentPath,
      extensionTestsPath,
      // A desktop window on a fresh profile may ask in a modal dialog whether to trust the folder, and nothing here
      // would answer it. The suite does not depend on trust: in code-server it runs in Restricted Mode.
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
    });
    return 0;
  } catch (err) {
    console.error('Extension-host tests failed:', err);
    return 1;
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
