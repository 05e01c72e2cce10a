// The layers hold by construction (scripts/layers.mjs, which the build runs): the engine imports no editor,
// protocol, CLI or eval code, and no module imports itself back through others.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
// @ts-expect-error: a plain ES module of the build, without declarations
import { engineLeaks, importCycles } from '../scripts/layers.mjs';

const root = join(__dirname, '..');
const onDisk = (f: string) => readFileSync(f, 'utf8');

test('layers: the engine imports nothing of the editor, the protocol, the CLI, the server features, eval, training or the test generators', () => {
  assert.deepEqual(engineLeaks(root), []);
  // The check can fail: an engine module that imported the protocol would be named.
  const io = join(root, 'server', 'src', 'engine', 'io.ts');
  const leaky = (f: string) => (f === io ? `import type { SECTION } from '../protocol';\n${onDisk(f)}` : onDisk(f));
  assert.deepEqual(engineLeaks(root, leaky), ['server/src/engine/io.ts imports server/src/protocol.ts']);
});

test('layers: no import cycles among the server, engine and CLI modules', () => {
  assert.deepEqual(importCycles(root), []);
  const table = join(root, 'server', 'src', 'engine', 'detectors', 'national', 'table.ts');
  const cyclic = (f: string) => (f === table ? `import { nationalDetector } from './kind';\n${onDisk(f)}` : onDisk(f));
  assert.ok(importCycles(root, cyclic).some((c: string) => c.includes('national/kind.ts') && c.includes('national/table.ts')));
});
