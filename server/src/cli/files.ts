// Which files a command line names: files, folders (recursively) and globs. Only regular files are read:
// symbolic links to files are followed (each real file is scanned once), links to folders are not, and
// FIFOs, sockets and devices are never opened (reading a FIFO waits for a writer that may never come).
import { type Dirent, promises as fs, type Stats } from 'node:fs';
import { join, resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { ioMessage } from '../engine/io';

export interface Target {
  path: string;
  /** Named on the command line (or by a glob), rather than found in a folder. */
  explicit: boolean;
  /** `-`: standard input, read as it comes. */
  stdin?: boolean;
  error?: string;
}

export interface Collected {
  files: Target[];
  /** Entries found in folders and not scanned, counted by why (keyed by the plural; `one` is the singular). */
  skipped: Map<string, { one: string; n: number }>;
}

const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', '.datasan', '__pycache__', '.venv', '.cache']);
// Files in folders with these extensions are binary or model weights: passed over silently.
const BINARY_EXT = /\.(png|jpe?g|gif|webp|ico|pdf|zip|gz|tgz|bz2|xz|zst|7z|tar|arrow|feather|safetensors|bin|pt|pth|ckpt|onnx|gguf|h5|npy|npz|pkl|so|dll|exe|woff2?|ttf|mp[34]|wav|flac|vsix)$/i;
const BINARY_SKIPPED = 'binary files (by extension)';

/** What kind of non-regular file `st` is: "FIFO", "socket", "device". */
function kindOf(st: Stats | Dirent): string {
  return st.isFIFO() ? 'FIFO' : st.isSocket() ? 'socket' : st.isCharacterDevice() || st.isBlockDevice() ? 'device' : 'special file';
}

class Collector {
  readonly files: Target[] = [];
  readonly skipped = new Map<string, { one: string; n: number }>();
  /** Real files already listed, by device and inode: a file reached by several links is scanned once. */
  private readonly seen = new Set<string>();

  skip(one: string, many: string): void {
    const entry = this.skipped.get(many) ?? { one, n: 0 };
    entry.n++;
    this.skipped.set(many, entry);
  }

  /** Lists a regular file unless the same real file is listed already; false when it was. */
  add(path: string, st: Stats, explicit: boolean): boolean {
    const id = `${st.dev}:${st.ino}`;
    if (this.seen.has(id)) return false;
    this.seen.add(id);
    this.files.push({ path, explicit });
    return true;
  }

  async walk(dir: string): Promise<number> {
    const before = this.files.length;
    const entries = await fs.readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const e of entries) {
      const p = join(dir, e.name);
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name)) await this.walk(p);
        continue;
      }
      if (!e.isFile() && !e.isSymbolicLink()) {
        this.skip(`${kindOf(e)} (not a regular file)`, `${kindOf(e)}s (not regular files)`);
        continue;
      }
      if (BINARY_EXT.test(e.name)) {
        this.skip('binary file (by extension)', BINARY_SKIPPED);
        continue;
      }
      let st: Stats;
      try {
        st = await fs.stat(p); // follows a symbolic link, to its end
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        if (code === 'ELOOP') this.skip('symbolic link in a loop', 'symbolic links in a loop');
        else if (code === 'ENOENT') this.skip('broken symbolic link', 'broken symbolic links');
        else this.skip(`unreadable entry (${ioMessage(err)})`, `unreadable entries (${ioMessage(err)})`);
        continue;
      }
      if (st.isDirectory()) this.skip('symbolic link to a folder (not followed)', 'symbolic links to folders (not followed)');
      else if (!st.isFile()) this.skip(`link to a ${kindOf(st)} (not a regular file)`, `links to ${kindOf(st)}s (not regular files)`);
      else if (!this.add(p, st, false)) this.skip('link to a file scanned already', 'links to files scanned already');
    }
    return this.files.length - before;
  }

  /** A path named on the command line (or matched by a glob). */
  async named(p: string): Promise<void> {
    let st: Stats;
    try {
      st = await fs.stat(p);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      const link = code === 'ENOENT' ? await fs.lstat(p).catch(() => undefined) : undefined;
      const error = link?.isSymbolicLink() ? 'symbolic link to a file that does not exist' : code === 'ENOENT' ? 'file not found' : code === 'ELOOP' ? 'symbolic links in a loop' : ioMessage(e);
      this.files.push({ path: p, explicit: true, error });
      return;
    }
    if (st.isDirectory()) {
      const binaryBefore = this.skipped.get(BINARY_SKIPPED)?.n ?? 0;
      if ((await this.walk(p)) === 0) {
        const binary = (this.skipped.get(BINARY_SKIPPED)?.n ?? 0) - binaryBefore;
        this.files.push({ path: p, explicit: true, error: `no file to scan in this folder${binary ? ` (${binary} binary file${binary === 1 ? '' : 's'} passed over)` : ''}` });
      }
    } else if (!st.isFile()) this.files.push({ path: p, explicit: true, error: `not a regular file (a ${kindOf(st)}), not scanned` });
    else this.add(p, st, true);
  }
}

export async function collectFiles(args: string[]): Promise<Collected> {
  const c = new Collector();
  for (const a of args) {
    if (a === '-') {
      c.files.push({ path: a, explicit: true, stdin: true });
      continue;
    }
    const p = resolve(a);
    const exists = await fs.lstat(p).then(
      () => true,
      () => false,
    );
    if (exists || !isDynamicPattern(a)) {
      await c.named(p);
      continue;
    }
    const matches = await glob(a, { absolute: true, onlyFiles: true, ignore: ['**/node_modules/**', '**/.git/**'] });
    if (!matches.length) c.files.push({ path: a, explicit: true, error: 'no files match this pattern' });
    for (const m of matches.sort()) await c.named(m);
  }
  return { files: c.files, skipped: c.skipped };
}

/** One line saying which entries of the folders were not scanned and why; undefined when none (binary files aside). */
export function skippedSummary(skipped: Collected['skipped']): string | undefined {
  const shown = [...skipped].filter(([many]) => many !== BINARY_SKIPPED);
  if (!shown.length) return undefined;
  const total = shown.reduce((sum, [, { n }]) => sum + n, 0);
  return `skipped ${total} entr${total === 1 ? 'y' : 'ies'} in folders: ${shown.map(([many, { one, n }]) => `${n} ${n === 1 ? one : many}`).join(', ')}`;
}
