// Users' own rules (`datasan.customRules`, `.datasan/rules.json`): each one becomes a detector like the
// built-in ones, so it shares their gates, context words, redaction styles, report counts and SARIF rules.
import type { Candidate, Detector, Severity } from '../types';
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser/lib/esm/main.js';
import { checkRegex } from '../regex-safety';

/** A rule as the user writes it. */
export interface CustomRuleSpec {
  /** Stable id, lower-case letters, digits and dashes: the rule code is `custom/<id>`. */
  id: string;
  /** Entity kind, upper-case ("EMPLOYEE_ID"): names the placeholder `[EMPLOYEE_ID]` and the report row. */
  entity: string;
  /** A JavaScript regular expression; the whole match is the finding. */
  pattern: string;
  /** Any of `i`, `m`, `s`, `u`, `v`. */
  flags?: string;
  /** Words that, found shortly before the match or as its key, raise the confidence by 0.35. */
  contextWords?: string[];
  /** The confidence of a match without a context word (default 0.9). */
  confidence?: number;
  severity?: Severity;
  /** Only values under these JSON keys / CSV columns (case-insensitive). */
  keys?: string[];
  /** Human label in messages ("Employee id"); defaults to one made from the entity. */
  label?: string;
  description?: string;
}

export interface CompiledCustomRules {
  detectors: Detector[];
  /** One line per rule that was left out, naming the rule and why (never a scanned value). */
  problems: string[];
}

export const CUSTOM_RULES_PATH = '.datasan/rules.json';
export const CUSTOM_RULE_PREFIX = 'custom/';
const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const ENTITY = /^[A-Z][A-Z0-9_]{0,63}$/;
const FLAGS = /^[imsuv]*$/;
const SEVERITIES: readonly string[] = ['error', 'warning', 'information', 'hint'];
/**
 * A pattern runs on pieces of at most this many characters (overlapping by MAX_MATCH). checkRegex lets through
 * patterns whose time can grow with the square of the text they run on (one unbounded part tried at every
 * position), so the pieces are kept short: a value's cost grows in proportion to its length.
 */
export const MAX_PIECE = 4096;
/** Longer matches are dropped; pieces overlap by this much so that no shorter match is cut in two. */
export const MAX_MATCH = 256;
/** At most this many matches of one rule in one text. */
const MAX_MATCHES = 10_000;

const compiled = new WeakMap<readonly unknown[], CompiledCustomRules>();

/** "EMPLOYEE_ID" → "Employee id". */
function labelOf(entity: string): string {
  const words = entity.toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function strings(x: unknown): string[] | undefined {
  return Array.isArray(x) && x.every((v) => typeof v === 'string' && v.trim() !== '') ? (x as string[]) : undefined;
}

/** Checks one rule as written; returns the problem, or the spec with its defaults. */
export function checkCustomRule(input: unknown): CustomRuleSpec | string {
  if (!input || typeof input !== 'object' || Array.isArray(input)) return 'is not an object';
  const r = input as Record<string, unknown>;
  if (typeof r.id !== 'string' || !ID.test(r.id)) return '"id" must be lower-case letters, digits and dashes (e.g. "employee-id")';
  if (typeof r.entity !== 'string' || !ENTITY.test(r.entity)) return '"entity" must be upper-case letters, digits and underscores (e.g. "EMPLOYEE_ID")';
  if (typeof r.pattern !== 'string' || r.pattern === '') return '"pattern" must be a non-empty string';
  const flags = r.flags ?? '';
  if (typeof flags !== 'string' || !FLAGS.test(flags) || new Set(flags).size !== flags.length) return '"flags" may hold only i, m, s, u and v, each once';
  if (flags.includes('u') && flags.includes('v')) return '"flags" cannot hold both u and v';
  try {
    new RegExp(r.pattern, flags);
  } catch (e) {
    return `"pattern" is not a valid regular expression (${(e as Error).message.replace(/^Invalid regular expression: /, '')})`;
  }
  const verdict = checkRegex(r.pattern, flags);
  if (!verdict.safe) return `"pattern" could take too long to match: ${verdict.reason}`;
  if (new RegExp(r.pattern, flags).test('')) return '"pattern" matches the empty string';
  const spec: CustomRuleSpec = { id: r.id, entity: r.entity, pattern: r.pattern, flags };
  if (r.contextWords !== undefined) {
    const words = strings(r.contextWords);
    if (!words) return '"contextWords" must be a list of words';
    spec.contextWords = words;
  }
  if (r.confidence !== undefined) {
    if (typeof r.confidence !== 'number' || !(r.confidence >= 0 && r.confidence <= 1)) return '"confidence" must be a number from 0 to 1';
    spec.confidence = r.confidence;
  }
  if (r.severity !== undefined) {
    if (typeof r.severity !== 'string' || !SEVERITIES.includes(r.severity)) return `"severity" must be one of ${SEVERITIES.join(', ')}`;
    spec.severity = r.severity as Severity;
  }
  if (r.keys !== undefined) {
    const keys = strings(r.keys);
    if (!keys) return '"keys" must be a list of JSON keys or CSV columns';
    spec.keys = keys;
  }
  for (const field of ['label', 'description'] as const) {
    if (r[field] === undefined) continue;
    if (typeof r[field] !== 'string') return `"${field}" must be a string`;
    spec[field] = r[field] as string;
  }
  return spec;
}

/** The detector of a checked rule. */
export function customDetector(spec: CustomRuleSpec): Detector {
  const re = new RegExp(spec.pattern, `${spec.flags ?? ''}g`);
  const keys = spec.keys && new Set(spec.keys.map((k) => k.toLowerCase()));
  const score = spec.confidence ?? 0.9;
  const reasons = [`matched custom rule "${spec.id}"`];
  return {
    id: CUSTOM_RULE_PREFIX + spec.id,
    entity: spec.entity,
    label: spec.label ?? labelOf(spec.entity),
    description: spec.description ?? `Custom rule "${spec.id}" (${spec.entity}).`,
    tags: ['custom'],
    defaultSeverity: spec.severity ?? 'warning',
    contextWords: spec.contextWords,
    detect(text, ctx) {
      if (keys && !(ctx.key !== undefined && keys.has(ctx.key))) return [];
      const out: Candidate[] = [];
      // Pieces of MAX_PIECE overlapping by MAX_MATCH: a match that starts in the overlap is found again by the
      // next piece, so each piece keeps only the matches that start before its successor does.
      for (let from = 0; from < text.length && out.length < MAX_MATCHES; from += MAX_PIECE - MAX_MATCH) {
        const to = Math.min(text.length, from + MAX_PIECE);
        const ownUntil = to === text.length ? to : to - MAX_MATCH;
        const piece = from === 0 && to === text.length ? text : text.slice(from, to);
        re.lastIndex = 0;
        for (let m = re.exec(piece); m && out.length < MAX_MATCHES; m = re.exec(piece)) {
          if (m[0] === '') {
            re.lastIndex++;
            continue;
          }
          const start = from + m.index;
          if (start >= ownUntil) break;
          if (m[0].length <= MAX_MATCH && (out.length === 0 || start >= out[out.length - 1].end)) out.push({ start, end: start + m[0].length, score, reasons });
        }
        if (to === text.length) break;
      }
      return out;
    },
  };
}

/**
 * The detectors of a list of rules as written (settings and rules files), checked once per list: a rule
 * with a problem is left out and named in `problems`; the others work. Ids must be unique.
 */
export function compileCustomRules(specs: readonly unknown[], source = 'datasan.customRules'): CompiledCustomRules {
  let c = compiled.get(specs);
  if (c) return c;
  c = { detectors: [], problems: [] };
  const seen = new Set<string>();
  specs.forEach((input, i) => {
    const checked = checkCustomRule(input);
    const id = input && typeof input === 'object' && typeof (input as { id?: unknown }).id === 'string' ? ` "${(input as { id: string }).id}"` : '';
    const where = `${source}: custom rule ${i + 1}${id}`;
    if (typeof checked === 'string') c!.problems.push(`${where} ${checked}; it is ignored.`);
    else if (seen.has(checked.id)) c!.problems.push(`${where} has the same id as an earlier rule; it is ignored.`);
    else {
      seen.add(checked.id);
      c!.detectors.push(customDetector(checked));
    }
  });
  compiled.set(specs, c);
  return c;
}

/**
 * The rules of a `.datasan/rules.json` file's text: `{ "rules": [...] }` or a bare list.
 * Throws an Error whose message says what is wrong (never the file's content).
 */
export function parseRulesFile(json: string): unknown[] {
  const text = json.replace(/^\uFEFF/, '');
  const errors: ParseError[] = [];
  const data: unknown = parse(text, errors, { allowTrailingComma: false, disallowComments: true });
  if (errors.length) {
    // Where and what, from the parser's error code: JSON.parse's message would quote the file.
    const { offset, error } = errors[0];
    const before = text.slice(0, offset).split('\n');
    throw new Error(`is not valid JSON (line ${before.length}, column ${before[before.length - 1].length + 1}: ${printParseErrorCode(error)})`);
  }
  const rules = Array.isArray(data) ? data : data && typeof data === 'object' ? (data as { rules?: unknown }).rules : undefined;
  if (!Array.isArray(rules)) throw new Error('must hold { "rules": [ … ] } or a list of rules');
  return rules;
}
