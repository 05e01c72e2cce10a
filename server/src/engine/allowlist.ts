// "Ignore this value": the allow-list stores fingerprints of values, never the values. Who has the repository
// has the file, so a fingerprint must not let them test guesses: a 9-digit SSN is only 10^9 guesses, a phone
// number of a known area code 10^7. With a public salt, whatever a scan pays per value a guesser pays per
// guess, so only a secret helps: a fingerprint is an HMAC under a team key kept outside the repository
// (DATASAN_ALLOWLIST_KEY, or a user-level key file made on first use). Where no key can be had it is scrypt,
// memory-hard and costly per guess, and as costly per distinct value a scan checks (bench/allowlist.ts).
import { createHash, createHmac, randomBytes, scryptSync } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse as parseJsonc, printParseErrorCode, type ParseError } from 'jsonc-parser/lib/esm/main.js';

export const ALLOWLIST_PATH = '.datasan/allowlist.json';
export const ALLOWLIST_KEY_ENV = 'DATASAN_ALLOWLIST_KEY';

export interface ScryptParams {
  N: number;
  r: number;
  p: number;
}

/** 16 MiB of memory and ~37 ms per guess on a 2-core development VM (`npm run bench -- allowlist`). */
export const DEFAULT_SCRYPT: ScryptParams = { N: 1 << 14, r: 8, p: 1 };
/** A file's parameters are the repository's: bounded, so that a hostile file cannot make a scan hang or run out of memory. */
const SCRYPT_MAX_MEMORY = 64 * 1024 * 1024;

/**
 * scrypt: the default. hmac-sha256: made with a team key (`keyId` names it). sha256: version 1 files (plain
 * salted SHA-256, recoverable for short values): still read, never written for a new entry.
 */
export type FingerprintScheme = 'scrypt' | 'hmac-sha256' | 'sha256';

export interface AllowlistEntry {
  fingerprint: string;
  /** The kind of value ignored ("EMAIL_ADDRESS"), to keep the file reviewable without values. */
  entity: string;
  added: string;
  scheme: FingerprintScheme;
  keyId?: string;
}

export interface AllowlistFile {
  version: 2;
  /** Random per workspace, so a fingerprint cannot be checked against a list made for another workspace. */
  salt: string;
  scrypt: ScryptParams;
  entries: AllowlistEntry[];
}

/** A secret shared by a team outside the repository; `id` (stored with entries) tells which key made them. */
export interface TeamKey {
  secret: Uint8Array;
  id: string;
}

/**
 * The allow-list file (or the key, its `subject` then) cannot be used; `at` is where (" line 3, column 5").
 * The message names the problem, never the file's content.
 */
export class AllowlistError extends Error {
  constructor(
    message: string,
    readonly at = '',
    readonly subject = ALLOWLIST_PATH,
  ) {
    super(message);
  }
}

/** A line safe to show for anything reading the allow-list threw: ".datasan/allowlist.json line 3, column 5: …". */
export function allowlistErrorMessage(e: unknown): string {
  if (e instanceof AllowlistError) return `${e.subject}${e.at}: ${e.message}`;
  return `${ALLOWLIST_PATH}: it could not be read (${e instanceof Error ? e.name : 'error'})`;
}

const NOT_AN_ALLOWLIST = 'not a Datasan allow-list (it needs an object with "salt" and "entries")';

/** Distinct values whose scrypt fingerprint, or whose answer, is kept in memory (values stay in memory only). */
const CACHE_LIMIT = 50_000;

export class Allowlist {
  private readonly legacy = new Set<string>();
  private readonly keyed = new Set<string>();
  /** scrypt fingerprints per entity kind: only findings of these kinds pay for a scrypt. */
  private readonly slow = new Map<string, Set<string>>();
  private readonly otherKey: number;
  private readonly answers = new Map<string, boolean>();

  /** `cache` is shared by the allow-lists made from this one with `with`. */
  constructor(
    readonly file: AllowlistFile,
    readonly key?: TeamKey,
    private readonly cache = new Map<string, string>(),
  ) {
    let otherKey = 0;
    for (const e of file.entries) {
      if (e.scheme === 'scrypt') {
        let set = this.slow.get(e.entity);
        if (!set) this.slow.set(e.entity, (set = new Set()));
        set.add(e.fingerprint);
      } else if (e.scheme === 'sha256') this.legacy.add(e.fingerprint);
      else if (e.keyId === key?.id) this.keyed.add(e.fingerprint);
      else otherKey++;
    }
    this.otherKey = otherKey;
  }

  static empty(key?: TeamKey): Allowlist {
    return new Allowlist({ version: 2, salt: randomBytes(16).toString('hex'), scrypt: { ...DEFAULT_SCRYPT }, entries: [] }, key);
  }

  /** Reads the file's JSON (version 1 or 2); a malformed file throws an AllowlistError that quotes none of it. */
  static parse(file: string, key?: TeamKey): Allowlist {
    const json = file.replace(/^\uFEFF/, '');
    let data: unknown;
    try {
      data = JSON.parse(json);
    } catch {
      throw jsonError(json);
    }
    const d = (data ?? {}) as Partial<Omit<AllowlistFile, 'version'>> & { version?: unknown };
    if (typeof d !== 'object' || Array.isArray(d) || typeof d.salt !== 'string' || !d.salt || !Array.isArray(d.entries)) throw new AllowlistError(NOT_AN_ALLOWLIST);
    const legacy = d.version === 1 || d.version === undefined;
    if (!legacy && d.version !== 2) throw new AllowlistError(`version ${typeof d.version === 'number' ? d.version : '?'} is not known to this Datasan; update it`);
    const scrypt = legacy ? { ...DEFAULT_SCRYPT } : checkScrypt(d.scrypt);
    const entries: AllowlistEntry[] = [];
    for (const e of d.entries as Partial<AllowlistEntry>[]) {
      if (!e || typeof e.fingerprint !== 'string' || typeof e.entity !== 'string') continue;
      const scheme = legacy ? 'sha256' : e.scheme;
      if (scheme !== 'scrypt' && scheme !== 'hmac-sha256' && scheme !== 'sha256') continue;
      if (scheme === 'hmac-sha256' && typeof e.keyId !== 'string') continue;
      entries.push({ fingerprint: e.fingerprint, entity: e.entity, added: typeof e.added === 'string' ? e.added : '', scheme, ...(scheme === 'hmac-sha256' ? { keyId: e.keyId } : {}) });
    }
    return new Allowlist({ version: 2, salt: d.salt, scrypt, entries }, key);
  }

  get size(): number {
    return this.file.entries.length;
  }

  /** What the user should know about entries that are weak or do not apply here (no values, no fingerprints). */
  warnings(): string[] {
    const out: string[] = [];
    const legacy = this.file.entries.filter((e) => e.scheme === 'sha256').length;
    if (legacy)
      out.push(
        `${plural(legacy, 'entry', 'entries')} of ${ALLOWLIST_PATH} ${legacy === 1 ? 'has' : 'have'} an old SHA-256 fingerprint, from which a short value (a phone or ID number) can be recovered in minutes. ${legacy === 1 ? 'It still applies' : 'They still apply'}; to replace ${legacy === 1 ? 'it' : 'them'}, delete the entries marked "scheme": "sha256" and use "Ignore this value" again.`,
      );
    if (this.otherKey)
      out.push(
        `${plural(this.otherKey, 'entry', 'entries')} of ${ALLOWLIST_PATH} ${this.otherKey === 1 ? 'was' : 'were'} made with a team key ${this.key ? 'other than the one' : 'that is not'} set here (${ALLOWLIST_KEY_ENV} or ${teamKeyFilePath()}) and ${this.otherKey === 1 ? 'does' : 'do'} not apply.`,
      );
    return out;
  }

  /**
   * Whether `value` is ignored. `entity` narrows the scrypt entries tried to that kind (one scrypt per distinct
   * value of a kind the list holds, cached); without it every scrypt entry is tried.
   */
  has(value: string, entity?: string): boolean {
    if (!this.file.entries.length) return false;
    // A file repeats its values: each distinct one is fingerprinted once per allow-list.
    const question = `${entity ?? ''}\u0000${value}`;
    let answer = this.answers.get(question);
    if (answer === undefined) {
      answer = this.lookUp(value, entity);
      if (this.answers.size >= CACHE_LIMIT) this.answers.clear();
      this.answers.set(question, answer);
    }
    return answer;
  }

  private lookUp(value: string, entity: string | undefined): boolean {
    if (this.legacy.size && this.legacy.has(this.fingerprint(value, 'sha256'))) return true;
    if (this.keyed.size && this.keyed.has(this.fingerprint(value, 'hmac-sha256'))) return true;
    const slow = entity === undefined ? [...this.slow.values()] : [this.slow.get(entity)];
    if (!slow.some((s) => s?.size)) return false;
    const fp = this.fingerprint(value, 'scrypt');
    return slow.some((s) => s?.has(fp));
  }

  /** The same entries, matched with `key`. */
  withKey(key: TeamKey): Allowlist {
    return new Allowlist(this.file, key, this.cache);
  }

  /** A new allow-list with `value` added (unchanged if it is already ignored); with a team key, an HMAC entry. */
  with(value: string, entity: string, now = new Date()): Allowlist {
    if (this.has(value, entity)) return this;
    const scheme = this.key ? 'hmac-sha256' : 'scrypt';
    const entry: AllowlistEntry = { fingerprint: this.fingerprint(value, scheme), entity, added: now.toISOString(), scheme, ...(this.key ? { keyId: this.key.id } : {}) };
    return new Allowlist({ ...this.file, entries: [...this.file.entries, entry] }, this.key, this.cache);
  }

  fingerprint(value: string, scheme: FingerprintScheme): string {
    const v = value.normalize('NFC');
    if (scheme === 'sha256') return createHash('sha256').update(this.file.salt).update('\u0000').update(v).digest('hex');
    if (scheme === 'hmac-sha256') {
      if (!this.key) throw new AllowlistError('no allow-list key is set');
      return createHmac('sha256', this.key.secret).update(this.file.salt).update('\u0000').update(v).digest('hex');
    }
    let fp = this.cache.get(v);
    if (fp === undefined) {
      const { N, r, p } = this.file.scrypt;
      fp = scryptSync(v, this.file.salt, 32, { N, r, p, maxmem: 2 * SCRYPT_MAX_MEMORY }).toString('hex');
      if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
      this.cache.set(v, fp);
    }
    return fp;
  }

  toJSON(): string {
    return JSON.stringify(this.file, null, 2) + '\n';
  }
}

function checkScrypt(s: unknown): ScryptParams {
  const { N, r, p } = (s ?? {}) as Partial<ScryptParams>;
  const int = (x: unknown, lo: number, hi: number): x is number => Number.isInteger(x) && (x as number) >= lo && (x as number) <= hi;
  if (!int(N, 1024, 1 << 20) || (N & (N - 1)) !== 0 || !int(r, 1, 32) || !int(p, 1, 4) || 128 * N * r > SCRYPT_MAX_MEMORY)
    throw new AllowlistError('"scrypt" parameters missing or out of range (N a power of two from 1024, r 1–32, p 1–4, at most 64 MiB)');
  return { N, r, p };
}

/** The first syntax error: where, and its kind ("comma expected"). */
function jsonError(json: string): AllowlistError {
  const errors: ParseError[] = [];
  parseJsonc(json, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const e = errors[0];
  if (!e) return new AllowlistError('not valid JSON');
  const before = json.slice(0, e.offset).split('\n');
  const what = printParseErrorCode(e.error).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return new AllowlistError(`not valid JSON (${what})`, ` line ${before.length}, column ${before[before.length - 1].length + 1}`);
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The user-level key file: outside any repository, readable by its owner. */
export function teamKeyFilePath(env: NodeJS.ProcessEnv = process.env, home = homedir()): string {
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), 'datasan', 'allowlist.key');
}

/**
 * A new random key in the user-level key file (owner-only), for the first "Ignore this value" where no key is
 * set; if another process made one meanwhile, that one. Throws when the file cannot be written.
 */
export function createTeamKey(env: NodeJS.ProcessEnv = process.env, home = homedir()): TeamKey {
  const path = teamKeyFilePath(env, home);
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  try {
    writeFileSync(path, randomBytes(32).toString('hex') + '\n', { flag: 'wx', mode: 0o600 });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  }
  return loadTeamKey({ ...env, [ALLOWLIST_KEY_ENV]: '' }, home)!;
}

/** The team key from DATASAN_ALLOWLIST_KEY, else from the user-level key file, else none. */
export function loadTeamKey(env: NodeJS.ProcessEnv = process.env, home = homedir()): TeamKey | undefined {
  let text = env[ALLOWLIST_KEY_ENV];
  let source = ALLOWLIST_KEY_ENV;
  if (!text) {
    source = teamKeyFilePath(env, home);
    try {
      text = readFileSync(source, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw new AllowlistError(`the allow-list key cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`, '', source);
    }
  }
  const secret = Buffer.from(text.trim(), 'utf8');
  if (secret.length < 16) throw new AllowlistError('the allow-list key is too short: use at least 32 random characters (e.g. `openssl rand -hex 32`)', '', source);
  return { secret, id: createHmac('sha256', secret).update('datasan allow-list key id').digest('hex').slice(0, 12) };
}
