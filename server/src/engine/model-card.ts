// License findings for a Markdown file, with the one fact that needs the disk: is there a NOTICE file beside it.
import { promises as fs } from 'node:fs';
import { basename, dirname } from 'node:path';
import type { Finding } from './types';
import type { DatasanSettings } from './settings';
import { checkModelCard } from './license/index';

const NOTICE_NAMES = ['NOTICE', 'NOTICE.txt', 'NOTICE.md'];

/** Whether `path` names a NOTICE file (its appearance or removal changes the cards beside it). */
export function isNoticeFile(path: string): boolean {
  return NOTICE_NAMES.includes(basename(path));
}

/** Whether the folder of `path` has a NOTICE file; undefined when there is no path (an unsaved file). */
export async function noticeFileExists(path: string | undefined): Promise<boolean | undefined> {
  if (!path) return undefined;
  try {
    const names = await fs.readdir(dirname(path));
    return names.some((n) => NOTICE_NAMES.includes(n));
  } catch {
    return undefined;
  }
}

export async function modelCardFindings(text: string, path: string | undefined, settings: DatasanSettings): Promise<Finding[]> {
  if (!settings.license.enable || !/llama/i.test(text)) return [];
  return checkModelCard(text, { settings, noticeFileExists: await noticeFileExists(path) });
}

/** Merges two lists of findings sorted by offset. */
export function mergeFindings<T extends { start: number }>(a: T[], b: T[]): T[] {
  return b.length ? [...a, ...b].sort((x, y) => x.start - y.start) : a;
}

