// Reading files for a scan: every failure becomes a one-line message naming no value.
import { promises as fs } from 'node:fs';

export type ReadResult = { ok: true; text: string; bytes: number } | { ok: false; message: string };

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** True when the bytes look binary (a NUL in the first 8 KB), as git decides. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}

/** Decodes UTF-8 as an editor does: BOM removed; invalid bytes are an error with their offset. */
export function decodeText(bytes: Uint8Array): ReadResult {
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

export function ioMessage(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
      return 'file not found (it may have been moved or deleted during the scan)';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    default:
      return code ? `cannot read (${code})` : 'cannot read';
  }
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024 * 1024) return `${(n / 1024 / 1024 / 1024).toFixed(1)} GB`;
  if (n >= 1024 * 1024) return `${Math.round(n / 1024 / 1024)} MB`;
  if (n >= 1024) return `${Math.round(n / 1024)} KB`;
  return `${n} bytes`;
}

/** Writes a file atomically: a temporary file beside it, then a rename. */
export async function writeFileAtomic(path: string, data: string): Promise<void> {
  const tmp = `${path}.datasan-${process.pid}-${Date.now()}.tmp`;
  try {
    await fs.writeFile(tmp, data);
    await fs.rename(tmp, path);
  } catch (e) {
    await fs.rm(tmp, { force: true });
    throw e;
  }
}
