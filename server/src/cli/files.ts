// Which files a command line names: files, folders (recursively) and globs.
import { promises as fs } from 'node:fs';
import { join, resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { ioMessage } from '../engine/io';
import { pushAll } from '../engine/arrays';

export interface Target {
  path: string;
  /** Named on the command line (or by a glob), rather than found in a folder. */
  explicit: boolean;
  error?: string;
}

const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', '.datasan', '__pycache__', '.venv', '.cache']);
// Files in folders with these extensions are binary or model weights: passed over silently.
const BINARY_EXT = /\.(png|jpe?g|gif|webp|ico|pdf|zip|gz|tgz|bz2|xz|zst|7z|tar|parquet|arrow|feather|safetensors|bin|pt|pth|ckpt|onnx|gguf|h5|npy|npz|pkl|so|dll|exe|woff2?|ttf|mp[34]|wav|flac|vsix)$/i;

async function walk(dir: string, out: Target[]): Promise<void> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      if (!SKIP_DIRS.has(e.name)) await walk(p, out);
    } else if (e.isFile() && !BINARY_EXT.test(e.name)) out.push({ path: p, explicit: false });
  }
}

export async function collectFiles(args: string[]): Promise<Target[]> {
  const out: Target[] = [];
  for (const a of args) {
    const p = resolve(a);
    try {
      const st = await fs.stat(p);
      if (st.isDirectory()) await walk(p, out);
      else out.push({ path: p, explicit: true });
    } catch (e) {
      if (isDynamicPattern(a)) {
        const matches = await glob(a, { absolute: true, onlyFiles: true, ignore: ['**/node_modules/**', '**/.git/**'] });
        pushAll(out, matches.sort().map((m) => ({ path: m, explicit: true })));
      } else out.push({ path: p, explicit: true, error: ioMessage(e) });
    }
  }
  const seen = new Set<string>();
  return out.filter((t) => !seen.has(t.path) && seen.add(t.path));
}
