// What scan, redact and repair share on the command line: parsing, and the options that set up a scan.
import { readFileSync } from 'node:fs';
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { compileCustomRules, CUSTOM_RULES_PATH, parseRulesFile } from '../engine/detectors/custom';
import { resolveSettings, type DatasanSettings } from '../engine/settings';
import { UsageError } from './errors';
import type { Scanner } from '../engine/scan';
import type { Allowlist } from '../engine/allowlist';
import { ScanPool, defaultJobs, idleCoresSampler } from '../engine/parallel/pool';
import { allRules } from '../engine/rules';
import { formatOf, type Format } from '../engine/formats/units';
import { DEFAULT_LOCALES, resolveLocales } from '../engine/detectors/national/index';

export { DEFAULT_LOCALES };

/** Streamed files at least this big are scanned on worker threads; smaller ones are not worth starting them. */
export const POOL_FROM_BYTES = 8 << 20;

/** Threads to scan with: at most `threads`; with `auto`, as many of them as the machine has idle cores for. */
export interface Jobs {
  threads: number;
  auto: boolean;
}

/** --jobs: "auto" (up to one thread per core, at most 4, as idle cores allow) or a whole number ≥ 1; 1 scans in the main thread. */
export function parseJobs(value: string | undefined): Jobs {
  if (value === undefined || value === 'auto') return { threads: defaultJobs(), auto: true };
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new UsageError('--jobs must be "auto" or a whole number from 1 to 64');
  return { threads: n, auto: false };
}

/** Threads that scan as `scanner` does (this one and up to threads - 1 workers), or undefined for one thread. */
export function scanPool(jobs: Jobs, scanner: Scanner, entities: ReadonlySet<string> | undefined, allowlist: Allowlist | undefined): ScanPool | undefined {
  return jobs.threads > 1 ? new ScanPool({ scanner, entities, allowlist, jobs: jobs.threads, idleCores: jobs.auto ? idleCoresSampler() : undefined }) : undefined;
}

/** The options every scanning command takes (their help texts live with each command). */
export const SCAN_OPTIONS = {
  'min-confidence': { type: 'string' },
  entities: { type: 'string' },
  locales: { type: 'string' },
  'no-names': { type: 'boolean', default: false },
  'no-allowlist': { type: 'boolean', default: false },
  rules: { type: 'string' },
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

const warned = new Set<string>();

/** Writes a warning to stderr once per process; the command goes on. */
function warnOnce(message: string): void {
  if (warned.has(message)) return;
  warned.add(message);
  process.stderr.write(`datasan: ${message}\n`);
}

/**
 * --locales: country groups, `eu`, `all`, or language tags ("pt-br" → br, through localesForLanguage).
 * Names that are none of these are left out, with a warning. Without --locales the default is fixed
 * (DEFAULT_LOCALES): a CI scan must not depend on the machine's language.
 */
export function parseLocales(list: string): string[] {
  const names = list.split(',').map((l) => l.trim().toLowerCase()).filter(Boolean);
  const unknown = [...new Set(resolveLocales(names).unknown)];
  if (unknown.length) {
    warnOnce(`unknown locale${unknown.length > 1 ? 's' : ''} ${unknown.map((u) => `"${u}"`).join(', ')} ignored (use a country group such as us, uk, de, br, or eu, all, or a language such as pt-br)`);
  }
  return names.filter((n) => !unknown.includes(n));
}

let entityOfRule: Map<string, string> | undefined;

/**
 * --entities: entity kinds in any case ("in_aadhaar" → IN_AADHAAR) or rule ids as written
 * ("pii/national/br-cpf" → BR_CPF, "custom/employee-id" → the custom rule's entity), as the entity names
 * the scan filters by.
 */
export function parseEntities(list: string, customRules: readonly unknown[] = []): Set<string> {
  const out = new Set<string>();
  for (const raw of list.split(',').map((s) => s.trim()).filter(Boolean)) {
    // Built only for a rule id: the names detectors are made for it (cheap; their lexicons load on first use).
    if (raw.includes('/')) entityOfRule ??= new Map(allRules().flatMap((r) => (r.entity ? [[r.id, r.entity] as const] : [])));
    const entity = entityOfRule?.get(raw) ?? (raw.includes('/') ? customEntity(raw, customRules) : undefined);
    if (entity) out.add(entity);
    else if (raw.includes('/')) warnOnce(`unknown rule id "${raw}" ignored in --entities`);
    else out.add(raw.toUpperCase());
  }
  return out;
}

function customEntity(ruleId: string, customRules: readonly unknown[]): string | undefined {
  return compileCustomRules(customRules).detectors.find((d) => d.id === ruleId)?.entity;
}

/**
 * The custom rules of `--rules FILE`, or of .datasan/rules.json in the current folder when there is one.
 * A file that cannot be read is a usage error; a rule with a problem is named on stderr and left out.
 */
export function loadCustomRules(path: string | undefined): unknown[] {
  const file = path ?? CUSTOM_RULES_PATH;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    if (path === undefined && (e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new UsageError(`--rules ${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  let rules: unknown[];
  try {
    rules = parseRulesFile(text);
  } catch (e) {
    throw new UsageError(`${file} ${(e as Error).message}`);
  }
  for (const problem of compileCustomRules(rules, file).problems) warnOnce(problem);
  return rules;
}

/** --min-confidence, --entities, --locales, --no-names and --rules applied over the editor's defaults. */
export function scanSettings(minConfidence: string | undefined, entities: string | undefined, locales?: string, noNames?: boolean, rules?: string): { settings: DatasanSettings; entities?: Set<string> } {
  const settings = resolveSettings({});
  settings.customRules = loadCustomRules(rules);
  if (locales !== undefined) settings.locales = parseLocales(locales);
  if (noNames) settings.names.enable = false;
  if (minConfidence !== undefined) {
    const v = Number(minConfidence);
    if (!(v >= 0 && v <= 1) || minConfidence.trim() === '') throw new UsageError('--min-confidence must be a number from 0 to 1');
    settings.minConfidence = v;
  }
  const set = entities ? parseEntities(entities, settings.customRules) : undefined;
  return { settings, entities: set };
}

const FORMATS: Format[] = ['jsonl', 'csv', 'tsv', 'markdown', 'text', 'json', 'parquet'];

/** `-` names standard input, for reading and writing. */
export const STDIN = '-';
/** How standard input is named in messages, scan output and reports. */
export const STDIN_NAME = '<stdin>';

/** The format of --input-format, else the file's extension's; standard input is JSONL unless told. */
export function inputFormat(path: string, given: string | undefined): Format {
  if (given === undefined) return path === STDIN ? 'jsonl' : formatOf(undefined, path);
  if (!FORMATS.includes(given as Format)) throw new UsageError(`--input-format must be one of ${FORMATS.join(', ')}, not "${given}"`);
  // A Parquet file is read from its end (the footer) and by row group: it cannot come through a pipe.
  if (given === 'parquet' && path === STDIN) throw new UsageError('Parquet cannot be read from standard input: name the file');
  return given as Format;
}
