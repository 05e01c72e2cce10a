// Runs the extension-host suite in VS Code desktop with @vscode/test-electron, on a machine that can download
// VS Code:  node scripts/e2e/build-suite.mjs && node out/e2e/runTest.js
// (Here VS Code cannot be downloaded; `npm run test:e2e` runs the same suite inside code-server.)
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';

async function main(): Promise<void> {
  // Compiled to out/e2e/runTest.js: the repository is two levels up.
  const extensionDevelopmentPath = path.resolve(__dirname, '..', '..');
  const extensionTestsPath = path.resolve(__dirname, 'suite', 'index.js');
  // The tests edit files: give them a copy of the fixture workspace.
  const workspace = mkdtempSync(path.join(tmpdir(), 'datasan-e2e-'));
  cpSync(path.join(extensionDevelopmentPath, 'test', 'e2e', 'fixtures', 'workspace'), workspace, { recursive: true });
  await runTests({
    extensionDevelopmentPath,
    extensionTestsPath,
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
  });
}

main().catch((err) => {
  console.error('Extension-host tests failed:', err);
  process.exit(1);
});
