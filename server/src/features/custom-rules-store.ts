// The workspace's custom rules file (.datasan/rules.json), added to the rules of the `datasan.customRules` setting.
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import type { DatasanSettings } from '../engine/settings';
import { compileCustomRules, CUSTOM_RULES_PATH, parseRulesFile } from '../engine/detectors/custom';

export class CustomRulesStore {
  private fileRules: unknown[] = [];
  private loadedFrom: string | undefined;
  /** `warn` tells the user of a rule left out (naming the rule and why, never a scanned value), once a session. */
  constructor(private readonly warn: (message: string) => void) {}

  /**
   * Loads the rules file of the first workspace folder; a missing file holds no rules. An untrusted folder's
   * file is not read (Restricted Mode): its patterns would run on the user's data before they chose to trust it.
   */
  async load(root: string | undefined, trusted = true): Promise<void> {
    this.loadedFrom = root ? join(root, CUSTOM_RULES_PATH) : undefined;
    this.fileRules = [];
    if (!this.loadedFrom || !trusted) return;
    try {
      this.fileRules = parseRulesFile(await fs.readFile(this.loadedFrom, 'utf8'));
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT') this.warn(`Datasan: ${CUSTOM_RULES_PATH} ${code ? `cannot be read (${code})` : (e as Error).message}; its rules are not used.`);
    }
  }

  /** The settings with the file's rules before the setting's; each problem is reported. */
  withRules(settings: DatasanSettings): DatasanSettings {
    const fromFile = compileCustomRules(this.fileRules, CUSTOM_RULES_PATH).problems;
    const fromSettings = compileCustomRules(settings.customRules).problems;
    for (const p of [...fromFile, ...fromSettings]) this.warn(`Datasan: ${p}`);
    return this.fileRules.length ? { ...settings, customRules: [...this.fileRules, ...settings.customRules] } : settings;
  }

  isRulesFile(path: string): boolean {
    return path === this.loadedFrom;
  }
}
