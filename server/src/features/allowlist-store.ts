// The workspace's allow-list file (.datasan/allowlist.json), read and written atomically.
import { promises as fs } from 'node:fs';
import { dirname, join } from 'node:path';
import { Allowlist, AllowlistError, ALLOWLIST_KEY_ENV, ALLOWLIST_PATH, allowlistErrorMessage, createTeamKey, loadTeamKey, teamKeyFilePath, type TeamKey } from '../engine/allowlist';
import { writeFileAtomic } from '../engine/io';

export class AllowlistStore {
  private current: Allowlist = Allowlist.empty();
  private loadedFrom: string | undefined;
  /** Why the file, which exists, is not used: "Ignore this value" must not write over it then. */
  private unused: string | undefined;

  /** `warn` reaches the user (see warnOncePerSession). */
  constructor(private readonly warn: (message: string) => void) {}

  get allowlist(): Allowlist {
    return this.current;
  }

  /**
   * Loads the allow-list of the first workspace folder; a missing file is an empty list. In a folder that is
   * not trusted (Restricted Mode) the file is not applied: it could hide any value its author chose.
   */
  async load(root: string | undefined, trusted = true): Promise<void> {
    this.loadedFrom = root ? join(root, ALLOWLIST_PATH) : undefined;
    let key: TeamKey | undefined;
    try {
      key = loadTeamKey();
    } catch (e) {
      this.warn(`Datasan: ${allowlistErrorMessage(e)}`);
    }
    this.current = Allowlist.empty(key);
    this.unused = undefined;
    if (!this.loadedFrom) return;
    let text: string;
    try {
      text = await fs.readFile(this.loadedFrom, 'utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return;
      this.unused = 'it could not be read';
      this.warn(`Datasan: ignoring ${ALLOWLIST_PATH}: cannot read it (${code ?? 'error'})`);
      return;
    }
    if (!trusted) {
      this.unused = 'this folder is not trusted';
      this.warn(`Datasan: Restricted Mode: ${ALLOWLIST_PATH} is not applied (its ignored values are shown) until you trust this folder.`);
      return;
    }
    try {
      this.current = Allowlist.parse(text, key);
    } catch (e) {
      // Only the kind of error and where: the file's content may be a value someone pasted in.
      this.unused = 'it could not be read';
      this.warn(`Datasan: ignoring ${allowlistErrorMessage(e)}`);
      return;
    }
    for (const w of this.current.warnings()) this.warn(`Datasan: ${w}`);
  }

  /** Adds a value and writes the file: 'no-folder' when there is no folder to keep it in, 'refused' (said why). */
  async add(value: string, entity: string): Promise<'added' | 'no-folder' | 'refused'> {
    if (!this.loadedFrom) return 'no-folder';
    if (this.unused) {
      this.warn(`Datasan: ${ALLOWLIST_PATH} was not changed: ${this.unused}.`);
      return 'refused';
    }
    if (!this.current.key) this.current = this.withNewKey(this.current);
    this.current = this.current.with(value, entity);
    await fs.mkdir(dirname(this.loadedFrom), { recursive: true });
    await writeFileAtomic(this.loadedFrom, this.current.toJSON());
    return 'added';
  }

  /** `list` under a key made now (the user is told where it is and why to share it), or unchanged if none can be made. */
  private withNewKey(list: Allowlist): Allowlist {
    try {
      const keyed = list.withKey(createTeamKey());
      this.warn(
        `Datasan: ignored values are fingerprinted with your allow-list key ${teamKeyFilePath()}, kept outside the repository. Share it with your team and CI (as ${ALLOWLIST_KEY_ENV}) so that their scans ignore the same values.`,
      );
      return keyed;
    } catch (e) {
      const why = e instanceof AllowlistError ? allowlistErrorMessage(e) : ((e as NodeJS.ErrnoException).code ?? 'error');
      this.warn(`Datasan: no allow-list key could be made (${why}); the value is fingerprinted with scrypt instead, which makes scans slower.`);
      return list;
    }
  }

  isAllowlistFile(path: string): boolean {
    return path === this.loadedFrom;
  }
}
