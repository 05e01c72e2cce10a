// Bundles the client (vscode external), the server and the CLI (fully bundled) with esbuild.
import * as esbuild from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

const production = process.argv.includes('--production');
// Target ES2022 (all of which Node 20 runs), not "node20": for node targets esbuild rewrites every regex
// literal with \p{…} into `new RegExp(…)`, which inside a function builds the regex again on every call.
const common = { bundle: true, platform: 'node', target: 'es2022', format: 'cjs', sourcemap: !production, minify: production, logLevel: 'warning', legalComments: 'none', define: { DATASAN_VERSION: JSON.stringify(version), 'import.meta.url': 'importMetaUrl' },
  // ESM dependencies bundled to CommonJS still ask for import.meta.url.
  banner: { js: "const importMetaUrl = require('url').pathToFileURL(__filename).href;" },
};

const entries = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  { entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' },
  { entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js' },
  { entryPoints: ['server/src/eval/main.ts'], outfile: 'dist/eval.js' },
  { entryPoints: ['server/src/lib.ts'], outfile: 'dist/lib.js' },
  { entryPoints: ['server/src/worker/entry.ts'], outfile: 'dist/worker.js' },
  { entryPoints: ['server/src/engine/parallel/worker.ts'], outfile: 'dist/scan-worker.js' },
].filter((e) => existsSync(e.entryPoints[0]));

await Promise.all(entries.map((e) => esbuild.build({ ...common, ...e })));
console.log(`built ${entries.map((e) => e.outfile).join(', ')}`);
