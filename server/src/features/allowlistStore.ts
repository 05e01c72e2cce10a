// The workspace's allow-list file (.datasan/allowlist.json), read and written atomically.
import { promises as fs } from 'node:fs';
import { dirname, join } from 'node:path';
import { Allowlist, ALLOWLIST_PATH } from '../engine/allowlist';
import { writeFileAtomic } from '../engine/io';

export class AllowlistStore {
  private current: Allowlist = Allowlist.empty();
  private loadedFrom: string | undefined;

  constructor(private readonly log: (message: string) => void) {}

  get allowlist(): Allowlist {
    return this.current;
  }

  /** Loads the allow-list of the first workspace folder; a missing file is an empty list. */
  async load(root: string | undefined): Promise<void> {
    this.loadedFrom = root ? join(root, ALLOWLIST_PATH) : undefined;
    this.current = Allowlist.empty();
    if (!this.loadedFrom) return;
    try {
      this.current = Allowlist.parse(await fs.readFile(this.loadedFrom, 'utf8'));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') this.log(`Ignoring ${ALLOWLIST_PATH}: ${(e as Error).message}`);
    }
  }

  async add(value: string, entity: string): Promise<boolean> {
    if (!this.loadedFrom) return false;
    this.current = this.current.with(value, entity);
    await fs.mkdir(dirname(this.loadedFrom), { recursive: true });
    await writeFileAtomic(this.loadedFrom, this.current.toJSON());
    return true;
  }

  isAllowlistFile(path: string): boolean {
    return path === this.loadedFrom;
  }
}
