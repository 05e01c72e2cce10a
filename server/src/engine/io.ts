// Reading and writing files: every failure becomes a one-line message naming no value; every write of
// a regular file is atomic (a temporary file beside the real file, renamed over it at the end).
import { createWriteStream, promises as fs, rmSync, type Stats } from 'node:fs';
import { once } from 'node:events';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Writable } from 'node:stream';

export type ReadResult = { ok: true; text: string; bytes: number } | { ok: false; message: string };

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** The UTF-16 encoding a byte-order mark announces, as editors detect it; undefined without one. */
export function utf16Bom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes.length < 2) return undefined;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/** True when the bytes look binary (a NUL in the first 8 KB), as git decides. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}

/**
 * Decodes text as an editor does: UTF-8 (BOM removed; invalid bytes are an error with their offset), or
 * UTF-16 LE/BE when a byte-order mark says so.
 */
export function decodeText(bytes: Uint8Array): ReadResult {
  const utf16 = utf16Bom(bytes);
  if (utf16) {
    try {
      return { ok: true, text: new TextDecoder(utf16, { fatal: true, ignoreBOM: false }).decode(bytes), bytes: bytes.length };
    } catch {
      return { ok: false, message: `not valid ${utf16.toUpperCase()}, not scanned` };
    }
  }
  if (looksBinary(bytes)) return { ok: false, message: 'binary file, not scanned' };
  try {
    return { ok: true, text: decoder.decode(bytes), bytes: bytes.length };
  } catch {
    return { ok: false, message: `not valid UTF-8 (first bad byte at offset ${firstInvalidUtf8(bytes)}), not scanned` };
  }
}

function firstInvalidUtf8(b: Uint8Array): number {
  for (let i = 0; i < b.length; ) {
    const c = b[i];
    const n = c < 0x80 ? 1 : c >= 0xc2 && c < 0xe0 ? 2 : c >= 0xe0 && c < 0xf0 ? 3 : c >= 0xf0 && c < 0xf5 ? 4 : 0;
    if (n === 0) return i;
    for (let k = 1; k < n; k++) if (i + k >= b.length || (b[i + k] & 0xc0) !== 0x80) return i;
    i += n;
  }
  return -1;
}

export async function readTextFile(path: string, maxBytes = Infinity): Promise<ReadResult> {
  try {
    const st = await fs.stat(path);
    if (!st.isFile()) return { ok: false, message: 'not a regular file' };
    if (st.size > maxBytes) return { ok: false, message: `larger than ${formatBytes(maxBytes)}, not scanned here (use "datasan scan" or "Scan from disk")` };
    return decodeText(await fs.readFile(path));
  } catch (e) {
    return { ok: false, message: ioMessage(e) };
  }
}

/** What went wrong reading (or, with `op` "write", writing) a file, from a Node error, naming no value. */
export function ioMessage(e: unknown, op: 'read' | 'write' = 'read'): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
      return op === 'read' ? 'file not found (it may have been moved or deleted during the scan)' : 'its folder does not exist';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ENOSPC':
      return 'no space left on the device';
    case 'EDQUOT':
      return 'disk quota exceeded';
    case 'EROFS':
      return 'read-only file system';
    case 'EFBIG':
      return 'file too large for the file system';
    case 'ERR_STRING_TOO_LONG':
      return 'a line or document is too long to hold in memory (over 512 MB)';
    default:
      return op === 'write' ? `I/O error${code ? ` (${code})` : ''}` : code ? `cannot read (${code})` : 'cannot read';
  }
}

/** An error of the engine itself (not of the file), named by its kind only: its message may quote data. */
export function internalErrorMessage(e: unknown): string {
  const kind = e instanceof Error ? e.name || e.constructor.name : typeof e;
  return `internal error while scanning (${kind}); please report it`;
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024 * 1024) return `${(n / 1024 / 1024 / 1024).toFixed(1)} GB`;
  if (n >= 1024 * 1024) return `${Math.round(n / 1024 / 1024)} MB`;
  if (n >= 1024) return `${Math.round(n / 1024)} KB`;
  return `${n} bytes`;
}

/** An output path that is not written to: a folder, a socket, a block device, a dangling link. */
export class OutputError extends Error {}

/** An error while writing an output (as opposed to reading the input); `reason` names no value. */
export class WriteError extends Error {
  readonly reason: string;
  constructor(
    readonly path: string,
    cause: unknown,
  ) {
    const reason = ioMessage(cause, 'write');
    super(`cannot write (${reason})`);
    this.reason = reason;
  }
}

/** Where output goes: a regular file written atomically, or a stream written directly. */
export interface OutputFile {
  /** The file written: `path` with symbolic links resolved ("-" for standard output). */
  readonly target: string;
  /** Written under a temporary name and renamed (a regular file), rather than written as it comes. */
  readonly atomic: boolean;
  /** Temporary files of dead Datasan processes removed from the target's folder before writing. */
  readonly removedStale: readonly string[];
  write(s: string): Promise<void>;
  /** Bytes (a Parquet file), after what was written before. */
  writeBytes(data: Uint8Array): Promise<void>;
  /** Finishes the output (for a regular file: sync, keep the mode, rename over the target). */
  commit(): Promise<void>;
  /** Drops a temporary file; a stream written directly cannot be taken back. Safe to call more than once. */
  abort(): Promise<void>;
  /** The synchronous last resort, for a process that is about to exit. */
  abortSync(): void;
}

/** Our temporary files: `.<name>.datasan-<pid>-<8 hex>.tmp`, beside the output. */
const TEMP_FILE = /^\..+\.datasan-(\d+)-[0-9a-f]{8}\.tmp$/;

function processAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes the temporary files a killed Datasan process left in `dir` (only ours, only of dead processes). */
export async function removeStaleTemps(dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const m = TEMP_FILE.exec(name);
    if (!m || processAlive(Number(m[1]))) continue;
    try {
      const st = await fs.lstat(join(dir, name));
      if (!st.isFile()) continue;
      await fs.rm(join(dir, name));
      removed.push(name);
    } catch {
      /* gone already, or not ours to remove */
    }
  }
  return removed;
}

/**
 * Where writing to `path` goes: symbolic links are resolved to the file they point to (the link is kept);
 * a FIFO or character device (`/dev/null`, `/dev/stdout`) is written to directly; any other kind of file
 * is refused with an OutputError.
 */
async function outputTarget(path: string): Promise<{ target: string; st?: Stats; direct: boolean }> {
  let st: Stats;
  try {
    st = await fs.stat(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') {
      const link = await fs.lstat(path).catch(() => undefined);
      if (link?.isSymbolicLink()) throw new OutputError('is a symbolic link to a file that does not exist');
      return { target: path, direct: false };
    }
    if ((e as NodeJS.ErrnoException).code === 'ELOOP') throw new OutputError('is a loop of symbolic links');
    throw new WriteError(path, e);
  }
  if (st.isFile()) return { target: await fs.realpath(path), st, direct: false };
  if (st.isFIFO() || st.isCharacterDevice()) return { target: path, st, direct: true };
  throw new OutputError(st.isDirectory() ? 'is a folder' : `not a regular file (${st.isSocket() ? 'a socket' : st.isBlockDevice() ? 'a block device' : 'of an unknown kind'}); choose a file`);
}

/**
 * Opens `path` for writing: a regular file (new or existing, through symbolic links) atomically with an
 * existing file's mode kept (a new file gets `mode`); a FIFO or character device directly; "-" is
 * standard output. Temporary files left beside it by killed runs are removed first.
 */
export async function openOutput(path: string, mode?: number): Promise<OutputFile> {
  if (path === '-') return new DirectFile('-', process.stdout, false);
  const { target, st, direct } = await outputTarget(path);
  if (direct) {
    const stream = createWriteStream(target, { flags: 'w' });
    try {
      await once(stream, 'open');
    } catch (e) {
      throw new WriteError(target, e);
    }
    return new DirectFile(target, stream, true);
  }
  const removedStale = await removeStaleTemps(dirname(target));
  return AtomicFile.create(target, st ? st.mode & 0o777 : mode, st !== undefined, removedStale);
}

/** Writes `data`, waiting for the stream to drain; a failure (also an earlier one, `failure`) is a WriteError. */
async function writeTo(stream: Writable, data: string | Uint8Array, failure: unknown, target: string): Promise<void> {
  try {
    if (failure) throw failure;
    // events.once rejects when the stream emits 'error' first.
    if (!stream.write(data)) await once(stream, 'drain');
  } catch (e) {
    throw new WriteError(target, e);
  }
}

/** Output written as it comes, to a stream that cannot be renamed over (a device, a FIFO, stdout). */
class DirectFile implements OutputFile {
  readonly atomic = false;
  readonly removedStale: readonly string[] = [];
  private done = false;

  private failure: unknown;

  constructor(
    readonly target: string,
    private readonly stream: Writable,
    private readonly owned: boolean,
  ) {
    // A write fails after write() returned: kept for the next write or the commit.
    if (owned) stream.on('error', (e) => (this.failure ??= e));
  }

  async write(s: string): Promise<void> {
    await writeTo(this.stream, s, this.failure, this.target);
  }

  async writeBytes(data: Uint8Array): Promise<void> {
    await writeTo(this.stream, data, this.failure, this.target);
  }

  async commit(): Promise<void> {
    this.done = true;
    await new Promise<void>((resolve, reject) => {
      const fail = (e: unknown) => reject(new WriteError(this.target, e));
      if (this.failure) fail(this.failure);
      else if (this.owned) this.stream.end((e?: Error | null) => (e ? fail(e) : resolve()));
      else if (this.stream.writableNeedDrain) this.stream.once('drain', () => resolve());
      else resolve();
    });
  }

  async abort(): Promise<void> {
    this.abortSync();
  }

  abortSync(): void {
    if (this.done) return;
    this.done = true;
    if (this.owned) this.stream.destroy();
  }
}

/**
 * A regular file written beside its target under a temporary name and renamed over it on `commit`, so
 * that readers never see half of it; `abort` removes the temporary file.
 */
export class AtomicFile implements OutputFile {
  readonly atomic = true;
  private pending: string[] = [];
  private pendingChars = 0;
  private done = false;
  private failure: unknown;

  private constructor(
    readonly target: string,
    readonly tempPath: string,
    private readonly stream: ReturnType<typeof createWriteStream>,
    private readonly mode: number | undefined,
    readonly removedStale: readonly string[],
  ) {
    // A write fails after write() returned (a full disk): kept, so that commit never renames a short file.
    stream.on('error', (e) => (this.failure ??= e));
  }

  /** `mode` is set on commit when `keepMode` (an existing file's mode, unclipped by the umask), else at creation. */
  static async create(target: string, mode?: number, keepMode = false, removedStale: readonly string[] = []): Promise<AtomicFile> {
    const tempPath = join(dirname(target), `.${basename(target)}.datasan-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
    const stream = createWriteStream(tempPath, { flags: 'wx', mode: keepMode ? 0o600 : (mode ?? 0o666) });
    try {
      await once(stream, 'open');
    } catch (e) {
      throw new WriteError(target, e);
    }
    return new AtomicFile(target, tempPath, stream, keepMode ? mode : undefined, removedStale);
  }

  /** Buffers small writes; resolves once the stream can take more. */
  async write(s: string): Promise<void> {
    this.pending.push(s);
    this.pendingChars += s.length;
    if (this.pendingChars >= 1 << 18) await this.flush();
  }

  async writeBytes(data: Uint8Array): Promise<void> {
    await this.flush();
    await writeTo(this.stream, data, this.failure, this.target);
  }

  private async flush(): Promise<void> {
    if (!this.pending.length) return;
    const data = this.pending.join('');
    this.pending = [];
    this.pendingChars = 0;
    await writeTo(this.stream, data, this.failure, this.target);
  }

  /** Flushes, syncs and renames the temporary file over the target. */
  async commit(): Promise<void> {
    await this.flush();
    try {
      await new Promise<void>((resolve, reject) => {
        if (this.failure) reject(this.failure);
        else this.stream.end((e?: Error | null) => (e ? reject(e) : resolve()));
      });
      const fh = await fs.open(this.tempPath, 'r+');
      try {
        await fh.sync();
        if (this.mode !== undefined) await fh.chmod(this.mode);
      } finally {
        await fh.close();
      }
      await fs.rename(this.tempPath, this.target);
    } catch (e) {
      throw new WriteError(this.target, e);
    }
    this.done = true;
  }

  /** Removes the temporary file; safe to call more than once and after commit. */
  async abort(): Promise<void> {
    if (this.done) return;
    this.done = true;
    this.stream.destroy();
    await fs.rm(this.tempPath, { force: true });
  }

  /** The synchronous last resort, for a process that is about to exit. */
  abortSync(): void {
    if (this.done) return;
    this.done = true;
    this.stream.destroy();
    try {
      rmSync(this.tempPath, { force: true });
    } catch {
      /* the process is exiting; nothing more can be done */
    }
  }
}

/** Writes a whole file with the rules of openOutput (atomic, links resolved, devices written to). */
export async function writeFileAtomic(path: string, data: string, mode?: number): Promise<OutputFile> {
  const file = await openOutput(path, mode);
  try {
    await file.write(data);
    await file.commit();
  } catch (e) {
    await file.abort();
    throw e;
  }
  return file;
}
