// What scan, redact and repair share on the command line: parsing, and the options that set up a scan.
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { resolveSettings, type DatasanSettings } from '../engine/settings';
import { UsageError } from './errors';

/** The options every scanning command takes (their help texts live with each command). */
export const SCAN_OPTIONS = {
  'min-confidence': { type: 'string' },
  entities: { type: 'string' },
  locales: { type: 'string' },
  'no-names': { type: 'boolean', default: false },
  'no-allowlist': { type: 'boolean', default: false },
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
