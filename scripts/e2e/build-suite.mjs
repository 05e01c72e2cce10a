#!/usr/bin/env node
// Compiles the extension-host suite (test/e2e/suite/*.ts) and test/e2e/run-test.ts to CommonJS in out/e2e/,
// file by file as tsc would (not bundled): mocha and @vscode/test-electron load from node_modules, `vscode`
// from the extension host.
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { ROOT } from './paths.mjs';

export const SUITE_OUT = join(ROOT, 'out', 'e2e');

export async function buildSuite() {
  const suiteDir = join(ROOT, 'test', 'e2e', 'suite');
  const entryPoints = [
    ...readdirSync(suiteDir).filter((f) => f.endsWith('.ts')).map((f) => join(suiteDir, f)),
    join(ROOT, 'test', 'e2e', 'run-test.ts'),
  ];
  rmSync(SUITE_OUT, { recursive: true, force: true });
  await build({
    entryPoints,
    outbase: join(ROOT, 'test', 'e2e'),
    outdir: SUITE_OUT,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    sourcemap: 'inline',
    logLevel: 'warning',
  });
  return join(SUITE_OUT, 'suite', 'index.js');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(`built ${await buildSuite()}`);
}
