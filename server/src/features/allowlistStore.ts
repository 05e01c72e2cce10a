// The workspace's allow-list file (.datasan/allowlist.json), read and written atomically.
import { promises as fs } from 'node:fs';
import { dirname, join } from 'node:path';
import { Allowlist, ALLOWLIST_PATH, allowlistErrorMessage, type TeamKey, loadTeamKey } from '../engine/allowlist';
import { writeFileAtomic } from '../engine/io';

export class AllowlistStore {
  private current: Allowlist = Allowlist.empty();
  private loadedFrom: string | undefined;
  /** The file exists but could not be used: "Ignore this value" must not write over it. */
  private unusable = false;

  /** `warn` reaches the user (see warnOncePerSession). */
  constructor(private readonly warn: (message: string) => void) {}

  get allowlist(): Allowlist {
    return this.current;
  }

  /** Loads the allow-list of the first workspace folder; a missing file is an empty list. */
  async load(root: string | undefined): Promise<void> {
    this.loadedFrom = root ? join(root, ALLOWLIST_PATH) : undefined;
    let key: TeamKey | undefined;
    try {
      key = loadTeamKey();
    } catch (e) {
      this.warn(`Datasan: ${allowlistErrorMessage(e)}`);
    }
    this.current = Allowlist.empty(key);
    this.unusable = false;
    if (!this.loadedFrom) return;
    let text: string;
    try {
      text = await fs.readFile(this.loadedFrom, 'utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return;
      this.unusable = true;
      this.warn(`Datasan: ignoring ${ALLOWLIST_PATH}: cannot read it (${code ?? 'error'})`);
      return;
    }
    try {
      this.current = Allowlist.parse(text, key);
    } catch (e) {
      // Only the kind of error and where: the file's content may be a value someone pasted in.
      this.unusable = true;
      this.warn(`Datasan: ignoring ${ALLOWLIST_PATH}: ${allowlistErrorMessage(e)}`);
      return;
    }
    for (const w of this.current.warnings()) this.warn(`Datasan: ${w}`);
  }

  async add(value: string, entity: string): Promise<boolean> {
    if (!this.loadedFrom) return false;
    if (this.unusable) {
      this.warn(`Datasan: ${ALLOWLIST_PATH} was not changed: it could not be read; fix or delete it first.`);
      return true;
    }
    this.current = this.current.with(value, entity);
    await fs.mkdir(dirname(this.loadedFrom), { recursive: true });
    await writeFileAtomic(this.loadedFrom, this.current.toJSON());
    return true;
  }

  isAllowlistFile(path: string): boolean {
    return path === this.loadedFrom;
  }
}
