// What the CLI tests share: running bin/datasan, and a scratch folder of files.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const BIN = join(__dirname, '..', '..', 'bin', 'datasan');

/** Runs bin/datasan to the end; `env` is added to this process's environment, `input` is its stdin. */
export function run(args: string[], cwd: string, o: { env?: Record<string, string>; input?: string } = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', input: o.input, maxBuffer: 64 << 20, env: { ...process.env, ...o.env } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** A new temporary folder holding `files` (paths may have folders). */
export function workspace(files: Record<string, string | Buffer>, prefix = 'datasan-cli-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}
