// The layers hold by construction: the engine imports no editor, protocol, CLI or eval code, and no module
// imports itself back through others.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = join(__dirname, '..');
const src = join(root, 'server', 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? sourceFiles(p) : p.endsWith('.ts') && !p.endsWith('.d.ts') ? [p] : [];
  });
}

/** `import … from 'x'`, `export … from 'x'`, `import 'x'`, `import('x')`, `require('x')`, at the start of a line or in code. */
const IMPORT = /^\s*(?:import|export)\s[^'";]*?\bfrom\s*['"]([^'"]+)['"]|^\s*import\s*['"]([^'"]+)['"]|\b(?:import|require)\(\s*['"]([^'"]+)['"]\s*\)/gm;

/** What a file imports: package names as written, project files as absolute paths. Type-only imports count too. */
function importsOf(file: string): { packages: string[]; files: string[] } {
  const packages: string[] = [];
  const files: string[] = [];
  for (const m of readFileSync(file, 'utf8').matchAll(IMPORT)) {
    const fileName = m[1] ?? m[2] ?? m[3];
    if (!fileName.startsWith('.')) {
      packages.push(fileName);
      continue;
    }
    const base = resolve(dirname(file), fileName);
    const hit = [base, `${base}.ts`, join(base, 'index.ts')].find((p) => existsSync(p) && statSync(p).isFile());
    if (hit) files.push(hit);
  }
  return { packages, files };
}

const isTest = (f: string) => /\.test\.ts$|[\\/]testing\.ts$/.test(f);
const rel = (f: string) => relative(root, f).replace(/\\/g, '/');

test('layers: the engine imports nothing of the editor, the protocol, the CLI, the server features, eval or the test generators', () => {
  const outside = ['server/src/protocol.ts', 'server/src/server.ts', 'server/src/cli/', 'server/src/features/', 'server/src/eval/', 'server/src/worker/', 'server/src/testing/', 'server/src/train/', 'client/'];
  const wrong: string[] = [];
  for (const f of sourceFiles(join(src, 'engine')).filter((x) => !isTest(x))) {
    const { packages, files } = importsOf(f);
    for (const p of packages) if (/^vscode(?:$|-languageserver|-languageclient)/.test(p)) wrong.push(`${rel(f)} imports ${p}`);
    for (const g of files) if (outside.some((o) => rel(g).startsWith(o))) wrong.push(`${rel(f)} imports ${rel(g)}`);
  }
  assert.deepEqual(wrong, []);
});

test('layers: no import cycles among the server, engine and CLI modules', () => {
  const files = sourceFiles(src).filter((x) => !isTest(x));
  const edges = new Map(files.map((f) => [f, importsOf(f).files.filter((g) => !isTest(g))]));
  const cycles: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (f: string) => {
    state.set(f, 'open');
    stack.push(f);
    for (const g of edges.get(f) ?? []) {
      if (state.get(g) === 'open') cycles.push(stack.slice(stack.indexOf(g)).concat(g).map(rel).join(' → '));
      else if (!state.has(g)) visit(g);
    }
    stack.pop();
    state.set(f, 'done');
  };
  for (const f of files) if (!state.has(f)) visit(f);
  assert.deepEqual(cycles, []);
});
