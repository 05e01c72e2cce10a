// What scan, redact and repair share on the command line: parsing, and the options that set up a scan.
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { resolveSettings, type DatasanSettings } from '../engine/settings';
import { UsageError } from './errors';
import type { Scanner } from '../engine/scan';
import type { Allowlist } from '../engine/allowlist';
import { ScanPool, defaultJobs } from '../engine/parallel/pool';

/** Streamed files at least this big are scanned on worker threads; smaller ones are not worth starting them. */
export const POOL_FROM_BYTES = 8 << 20;

/** --jobs: "auto" (one thread per core, at most 4) or a whole number ≥ 1; 1 scans in the main thread. */
export function parseJobs(value: string | undefined): number {
  if (value === undefined || value === 'auto') return defaultJobs();
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new UsageError('--jobs must be "auto" or a whole number from 1 to 64');
  return n;
}

/** `jobs` threads that scan as `scanner` does (this one and jobs - 1 workers), or undefined for one thread. */
export function scanPool(jobs: number, scanner: Scanner, entities: ReadonlySet<string> | undefined, allowlist: Allowlist | undefined): ScanPool | undefined {
  return jobs > 1 ? new ScanPool({ scanner, entities, allowlist, jobs }) : undefined;
}

/** The options every scanning command takes (their help texts live with each command). */
export const SCAN_OPTIONS = {
  'min-confidence': { type: 'string' },
  entities: { type: 'string' },
  locales: { type: 'string' },
  'no-names': { type: 'boolean', default: false },
  'no-allowlist': { type: 'boolean', default: false },
  jobs: { type: 'string', default: 'auto' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

type Options = NonNullable<ParseArgsConfig['options']>;

/** parseArgs with positionals; a mistake becomes a one-line UsageError (exit status 2). */
export function parseCommand<O extends Options>(argv: string[], options: O): ReturnType<typeof parseArgs<{ args: string[]; allowPositionals: true; options: O }>> {
  try {
    return parseArgs({ args: argv, allowPositionals: true, options });
  } catch (e) {
    throw new UsageError((e as Error).message.split('\n')[0]);
  }
}

/** --min-confidence, --entities, --locales and --no-names applied over the editor's defaults. */
export function scanSettings(minConfidence: string | undefined, entities: string | undefined, locales?: string, noNames?: boolean): { settings: DatasanSettings; entities?: Set<string> } {
  const settings = resolveSettings({});
  if (locales !== undefined) settings.locales = locales.split(',').map((l) => l.trim().toLowerCase()).filter(Boolean);
  if (noNames) settings.names.enable = false;
  if (minConfidence !== undefined) {
    const v = Number(minConfidence);
    if (!(v >= 0 && v <= 1) || minConfidence.trim() === '') throw new UsageError('--min-confidence must be a number from 0 to 1');
    settings.minConfidence = v;
  }
  const set = entities ? new Set(entities.split(',').map((s) => s.trim().toUpperCase()).filter(Boolean)) : undefined;
  return { settings, entities: set };
}
