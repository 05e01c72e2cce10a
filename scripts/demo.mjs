// npm run demo: scans samples/ with the CLI as CI would, and explains the exit status.
import { spawnSync } from 'node:child_process';

const r = spawnSync(process.execPath, ['bin/datasan', 'scan', 'samples/'], { stdio: 'inherit' });
if (r.status === 1) {
  console.log('\nDatasan found the fake personal data planted in samples/ (exit status 1 means "findings", which is what a CI gate checks).');
  console.log('Open the folder in VS Code with the extension installed to see the squiggles and the quick fixes.');
  process.exit(0);
}
process.exit(r.status ?? 2);
