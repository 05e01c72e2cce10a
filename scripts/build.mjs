// Bundles the client (vscode external), the server and the CLI (fully bundled) with esbuild.
import * as esbuild from 'esbuild';
import { existsSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { resolve } from 'node:path';
import vm from 'node:vm';
import { checkLayers } from './layers.mjs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

// The engine's layer is a fact, not a comment: a forbidden import fails the build.
checkLayers();

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
writeCodeCache('dist/cli.js');
console.log(`built ${entries.map((e) => e.outfile).join(', ')}, dist/cli.js.cache`);

/**
 * V8's compiled code of the CLI bundle, which bin/datasan hands to V8 instead of compiling the 3 MB bundle
 * on every run (a tenth of a second). Its first line names the bundle it was made from (size and mtime):
 * bin/datasan uses it only for that file, and V8 itself rejects it for another Node version or flags.
 */
function writeCodeCache(bundle) {
  const data = new vm.Script(Module.wrap(readFileSync(bundle, 'utf8')), { filename: resolve(bundle) }).createCachedData();
  const st = statSync(bundle);
  const tmp = `${bundle}.cache.tmp`;
  writeFileSync(tmp, Buffer.concat([Buffer.from(`${st.size} ${st.mtimeMs}\n`, 'latin1'), data]));
  renameSync(tmp, `${bundle}.cache`);
}
