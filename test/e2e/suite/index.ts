// Entry point of the extension-host suite, in the form @vscode/test-electron runs (extensionTestsPath):
// a mocha runner over the compiled *.test.js files beside it. The same module runs inside code-server.
import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000 });
  const grep = process.env.DATASAN_E2E_GREP;
  if (grep) mocha.grep(grep);
  for (const file of readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort()) {
    mocha.addFile(path.join(__dirname, file));
  }
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => (failures ? reject(new Error(`${failures} extension-host tests failed.`)) : resolve()));
    runner.on('end', () => console.log(`DATASAN_E2E_RESULT ${JSON.stringify({ passes: runner.stats?.passes ?? 0, failures: runner.stats?.failures ?? 0 })}`));
  });
}
