// The layers of docs/architecture.md, checked from the sources: the engine imports no editor, protocol, CLI,
// server-feature, worker, eval, training or test-generator module, and no server module imports itself back.
// The build runs it (a break fails `npm run build`), and test/layers.test.ts shows it failing.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const ROOT = join(dirname(new URL(import.meta.url).pathname), '..');

/** `import … from 'x'`, `export … from 'x'`, `import 'x'`, `import('x')`, `require('x')`. */
const IMPORT = /^\s*(?:import|export)\s[^'";]*?\bfrom\s*['"]([^'"]+)['"]|^\s*import\s*['"]([^'"]+)['"]|\b(?:import|require)\(\s*['"]([^'"]+)['"]\s*\)/gm;

/** Where the engine may not reach (relative to the repository). */
export const OUTSIDE_ENGINE = ['server/src/protocol.ts', 'server/src/server.ts', 'server/src/lib.ts', 'server/src/cli/', 'server/src/features/', 'server/src/eval/', 'server/src/worker/', 'server/src/testing/', 'server/src/train/', 'client/'];

function sourceFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? sourceFiles(p) : p.endsWith('.ts') && !p.endsWith('.d.ts') ? [p] : [];
  });
}

/** What a file's text imports: package names as written, project files as absolute paths (type-only imports too). */
export function importsOf(file, text = readFileSync(file, 'utf8')) {
  const packages = [];
  const files = [];
  for (const m of text.matchAll(IMPORT)) {
    const name = m[1] ?? m[2] ?? m[3];
    if (!name.startsWith('.')) {
      packages.push(name);
      continue;
    }
    const base = resolve(dirname(file), name);
    const hit = [base, `${base}.ts`, join(base, 'index.ts')].find((p) => existsSync(p) && statSync(p).isFile());
    if (hit) files.push(hit);
  }
  return { packages, files };
}

const isTest = (f) => /\.test\.ts$/.test(f);
const rel = (root, f) => relative(root, f).replace(/\\/g, '/');

/** Imports of the engine's modules (tests aside) that leave its layer, as "file imports target". */
export function engineLeaks(root = ROOT, read = (f) => readFileSync(f, 'utf8')) {
  const wrong = [];
  for (const f of sourceFiles(join(root, 'server', 'src', 'engine')).filter((x) => !isTest(x))) {
    const { packages, files } = importsOf(f, read(f));
    for (const p of packages) if (/^vscode(?:$|-languageserver|-languageclient)/.test(p)) wrong.push(`${rel(root, f)} imports ${p}`);
    for (const g of files) if (OUTSIDE_ENGINE.some((o) => rel(root, g).startsWith(o))) wrong.push(`${rel(root, f)} imports ${rel(root, g)}`);
  }
  return wrong;
}

/** Import cycles among the server's modules (tests aside), each as "a → b → a". */
export function importCycles(root = ROOT, read = (f) => readFileSync(f, 'utf8')) {
  const files = sourceFiles(join(root, 'server', 'src')).filter((x) => !isTest(x));
  const edges = new Map(files.map((f) => [f, importsOf(f, read(f)).files.filter((g) => !isTest(g))]));
  const cycles = [];
  const state = new Map();
  const stack = [];
  const visit = (f) => {
    state.set(f, 'open');
    stack.push(f);
    for (const g of edges.get(f) ?? []) {
      if (state.get(g) === 'open') cycles.push(stack.slice(stack.indexOf(g)).concat(g).map((x) => rel(root, x)).join(' → '));
      else if (!state.has(g)) visit(g);
    }
    stack.pop();
    state.set(f, 'done');
  };
  for (const f of files) if (!state.has(f)) visit(f);
  return cycles;
}

/** Throws with every break of the layers, for the build. */
export function checkLayers(root = ROOT) {
  const problems = [...engineLeaks(root), ...importCycles(root).map((c) => `import cycle: ${c}`)];
  if (problems.length) throw new Error(`the layers of docs/architecture.md are broken:\n  ${problems.join('\n  ')}`);
}
