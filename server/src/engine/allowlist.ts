// "Ignore this value": the allow-list stores salted SHA-256 fingerprints, never the values.
import { createHash, randomBytes } from 'node:crypto';

export const ALLOWLIST_PATH = '.datasan/allowlist.json';

export interface AllowlistEntry {
  fingerprint: string;
  /** The kind of value ignored ("EMAIL_ADDRESS"), to keep the file reviewable without values. */
  entity: string;
  added: string;
}

export interface AllowlistFile {
  version: 1;
  /** Random per workspace, so a fingerprint cannot be checked against a public list of values. */
  salt: string;
  entries: AllowlistEntry[];
}

export class Allowlist {
  private readonly set: Set<string>;

  constructor(readonly file: AllowlistFile) {
    this.set = new Set(file.entries.map((e) => e.fingerprint));
  }

  static empty(): Allowlist {
    return new Allowlist({ version: 1, salt: randomBytes(16).toString('hex'), entries: [] });
  }

  /** Parses the file's JSON; a malformed file gives an error message rather than a crash. */
  static parse(json: string): Allowlist {
    const data = JSON.parse(json) as Partial<AllowlistFile>;
    if (typeof data.salt !== 'string' || !Array.isArray(data.entries)) throw new Error('not a Datasan allow-list (needs "salt" and "entries")');
    const entries = data.entries.filter((e): e is AllowlistEntry => !!e && typeof e.fingerprint === 'string');
    return new Allowlist({ version: 1, salt: data.salt, entries });
  }

  get size(): number {
    return this.set.size;
  }

  fingerprint(value: string): string {
    return createHash('sha256').update(this.file.salt).update('\u0000').update(value.normalize('NFC')).digest('hex');
  }

  has(value: string): boolean {
    return this.set.size > 0 && this.set.has(this.fingerprint(value));
  }

  /** A new allow-list with `value` added (unchanged if present). */
  with(value: string, entity: string, now = new Date()): Allowlist {
    const fingerprint = this.fingerprint(value);
    if (this.set.has(fingerprint)) return this;
    return new Allowlist({ ...this.file, entries: [...this.file.entries, { fingerprint, entity, added: now.toISOString() }] });
  }

  toJSON(): string {
    return JSON.stringify(this.file, null, 2) + '\n';
  }
}
