// `datasan scan --format sarif`: SARIF 2.1.0 for GitHub code scanning and other viewers.
// No detected value is written: messages name the kind, and fingerprints hash the rule, the path and
// the finding's line with every finding on it replaced by its entity name.
import { createHash } from 'node:crypto';
import { isAbsolute, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Detector, Severity } from '../engine/types';
import type { FoundIn, Located } from '../engine/stream';
import { ruleById, ruleDocUrl } from '../engine/rules';
import { JsonArrayWriter, type Output, type ReportWriter } from './output';

declare const DATASAN_VERSION: string | undefined;
const VERSION = typeof DATASAN_VERSION === 'string' ? DATASAN_VERSION : '0.0.0-dev';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/** GitHub code scanning rejects a run with more results than this. */
export const MAX_RESULTS = 25_000;
export const FINGERPRINT_KEY = 'datasanFinding/v1';

type Level = 'error' | 'warning' | 'note';

export function sarifLevel(s: Severity): Level {
  return s === 'error' ? 'error' : s === 'warning' ? 'warning' : 'note';
}

interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  helpUri: string;
  help: { text: string; markdown: string };
  defaultConfiguration: { level: Level };
  properties: { tags: string[] };
}

/** "pii/us-ssn" → "PiiUsSsn": SARIF's rule name is an identifier. */
function ruleName(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('');
}

/**
 * A rule's SARIF entry: from the scan's own detector when there is one (custom rules have no other record),
 * else from the rule registry (license rules, notices).
 */
function ruleOf(id: string, d: Detector | undefined, fallback: { label: string; severity: Severity }): SarifRule {
  const known = d ? undefined : ruleById(id);
  const label = d?.label ?? fallback.label;
  const description = d?.description ?? known?.description ?? label;
  const helpUri = known?.docUrl ?? ruleDocUrl(id);
  return {
    id,
    name: ruleName(id),
    shortDescription: { text: label },
    fullDescription: { text: description },
    helpUri,
    help: { text: `${description} See ${helpUri}`, markdown: `${description}\n\n[Rule documentation](${helpUri})` },
    defaultConfiguration: { level: sarifLevel(d?.defaultSeverity ?? known?.defaultSeverity ?? fallback.severity) },
    properties: { tags: ['privacy', ...(id.startsWith('secret/') ? ['security'] : []), ...(d?.tags ?? [])] },
  };
}

/** A path as a SARIF URI: relative to %SRCROOT% (the working folder) when it lies inside it. */
type ArtifactLocation = { uri: string; uriBaseId?: string };

export function artifactLocation(path: string): ArtifactLocation {
  if (isAbsolute(path) || path.startsWith('..')) return { uri: pathToFileURL(resolve(path)).href };
  return { uri: path.split(sep).join('/').split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

/**
 * Fingerprints for findings found together (a unit holds every finding on its lines): stable when lines
 * move, different for two findings of the same rule on one line, and computed from the line's text with
 * every finding on it replaced by its entity.
 */
function fingerprints(found: FoundIn, path: string): string[] {
  if (found.findings.some((f) => f.cell)) return cellFingerprints(found, path);
  const byLine = new Map<number, Located[]>();
  for (const f of found.findings) {
    const line = f.range.start.line;
    const onLine = byLine.get(line);
    if (onLine) onLine.push(f);
    else byLine.set(line, [f]);
  }
  const context = new Map<number, string>();
  for (const [line, onLine] of byLine) {
    const lineStart = onLine[0].start - onLine[0].range.start.character - found.start;
    let lineEnd = found.text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = found.text.length;
    else if (lineEnd > lineStart && found.text.charCodeAt(lineEnd - 1) === 13) lineEnd--;
    const text = found.text.slice(lineStart, lineEnd);
    const spans = onLine
      .map((f) => ({ start: f.range.start.character, end: f.range.end.line === line ? f.range.end.character : text.length, entity: f.entity ?? f.rule }))
      .sort((a, b) => a.start - b.start);
    let masked = '';
    let at = 0;
    for (const s of spans) {
      if (s.start < at) continue;
      masked += text.slice(at, s.start) + `[${s.entity}]`;
      at = s.end;
    }
    context.set(line, (masked + text.slice(at)).trim());
  }
  const seen = new Map<string, number>();
  return found.findings.map((f) => {
    const line = f.range.start.line;
    const key = `${f.rule}\u0000${line}`;
    const ordinal = seen.get(key) ?? 0;
    seen.set(key, ordinal + 1);
    return createHash('sha256').update(`${f.rule}\u0000${path}\u0000${context.get(line)}\u0000${ordinal}`).digest('hex').slice(0, 32);
  });
}

/** Parquet findings: the same, with the value (its column path and its text, findings masked) for the line. */
function cellFingerprints(found: FoundIn, path: string): string[] {
  const seen = new Map<string, number>();
  return found.findings.map((f) => {
    const cell = f.cell!;
    const own = found.findings.filter((g) => g.cell?.start === cell.start).sort((a, b) => a.start - b.start);
    let masked = '';
    let at = cell.start;
    for (const g of own) {
      if (g.start < at) continue;
      masked += found.text.slice(at, g.start) + `[${g.entity ?? g.rule}]`;
      at = g.end;
    }
    masked += found.text.slice(at, cell.end);
    const key = `${f.rule}\u0000${cell.column}\u0000${masked}`;
    const ordinal = seen.get(key) ?? 0;
    seen.set(key, ordinal + 1);
    return createHash('sha256').update(`${f.rule}\u0000${path}\u0000${cell.column}\u0000${masked}\u0000${ordinal}`).digest('hex').slice(0, 32);
  });
}

const RANK: Record<Level, number> = { error: 0, warning: 1, note: 2 };
/** Where the results go in the log laid out by JSON.stringify: they are written one by one there. */
const RESULTS_MARK = '\u0000results\u0000';

/**
 * `scan --format sarif`: the SARIF log of a scan, written when the scan ends. Results are kept as found,
 * at most `maxResults` of them (code scanning's limit): past it, the most severe, in file order within a level.
 */
export class SarifWriter implements ReportWriter {
  private readonly rules: SarifRule[] = [];
  private readonly ruleIndex = new Map<string, number>();
  private readonly byId: Map<string, Detector>;
  private readonly artifacts: { location: ArtifactLocation }[] = [];
  private path = '';
  private location: ArtifactLocation = { uri: '' };
  /** The current file's index in `artifacts`, once it has a result. */
  private artifactIndex?: number;
  /** Results kept, per level (error, warning, note), each with its place in file order. */
  private readonly kept: { seq: number; result: object }[][] = [[], [], []];
  private keptCount = 0;
  private seq = 0;
  private left = 0;
  /** Tool execution notifications: files (or parts) not scanned, results left out. */
  readonly notifications: { level: Level; message: { text: string }; locations?: { physicalLocation: { artifactLocation: ArtifactLocation } }[] }[] = [];
  /** Whether the run did all it was asked; false puts `executionSuccessful: false` in the log. */
  executionSuccessful = true;

  constructor(
    private readonly out: Output,
    detectors: readonly Detector[],
    private readonly maxResults = MAX_RESULTS,
  ) {
    // A detector standing for several rules (the fused national one) names them as its `parts`.
    const ruleDetectors = detectors.flatMap((d) => (d as { parts?: readonly Detector[] }).parts ?? [d]);
    this.byId = new Map(ruleDetectors.map((d) => [d.id, d]));
    for (const d of ruleDetectors) this.ensureRule(d.id, d.label, d.defaultSeverity);
  }

  private ensureRule(id: string, label: string, severity: Severity): number {
    let i = this.ruleIndex.get(id);
    if (i === undefined) {
      i = this.rules.push(ruleOf(id, this.byId.get(id), { label, severity })) - 1;
      this.ruleIndex.set(id, i);
    }
    return i;
  }

  startFile(path: string): void {
    this.path = path;
    this.location = artifactLocation(path);
    this.artifactIndex = undefined;
  }

  /** Whether a result of this rank has room: below the limit, or a less severe one to give way. */
  private admit(rank: number): boolean {
    if (this.keptCount < this.maxResults) {
      this.keptCount++;
      return true;
    }
    this.left++;
    for (let worse = RANK.note; worse > rank; worse--) {
      if (this.kept[worse].length) {
        this.kept[worse].pop();
        return true;
      }
    }
    return false;
  }

  found(found: FoundIn): void {
    if (!found.findings.length) return;
    if (this.artifactIndex === undefined) this.artifactIndex = this.artifacts.push({ location: this.location }) - 1;
    const index = this.artifactIndex;
    const prints = fingerprints(found, this.path);
    found.findings.forEach((f, k) => {
      const level = sarifLevel(f.severity);
      const seq = this.seq++;
      if (!this.admit(RANK[level])) return;
      const result = {
        ruleId: f.rule,
        ruleIndex: this.ensureRule(f.rule, f.message, f.severity),
        level,
        message: { text: `${f.message}${f.entity ? ` (${f.entity})` : ''} found, confidence ${f.confidence.toFixed(2)}. Redact it or add it to the allow-list.` },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { ...this.location, index },
              // A Parquet file has no lines: its findings are placed by row and column path (logicalLocations).
              ...(f.cell ? {} : { region: { startLine: f.range.start.line + 1, startColumn: f.range.start.character + 1, endLine: f.range.end.line + 1, endColumn: f.range.end.character + 1 } }),
            },
            ...(f.cell ? { logicalLocations: [{ name: f.cell.column, fullyQualifiedName: `rows[${f.cell.row}]${f.cell.column.startsWith('[') ? '' : '.'}${f.cell.column}`, kind: 'element' }] } : {}),
          },
        ],
        partialFingerprints: { [FINGERPRINT_KEY]: prints[k] },
        properties: { confidence: f.confidence, ...(f.entity ? { entity: f.entity } : {}), ...(f.cell ? { row: f.cell.row, column: f.cell.column, startCharacter: f.range.start.character, endCharacter: f.range.end.character } : {}) },
      };
      this.kept[RANK[level]].push({ seq, result });
    });
  }

  endFile(errors: readonly string[]): void {
    // A file that could not be scanned (or only in part) means the run did not do its job.
    if (errors.length) this.executionSuccessful = false;
    for (const e of errors) this.notify('error', `${this.path}: ${e}`, this.location);
  }

  notify(level: Level, text: string, location?: ArtifactLocation): void {
    this.notifications.push({ level, message: { text }, ...(location ? { locations: [{ physicalLocation: { artifactLocation: location } }] } : {}) });
  }

  end(): void {
    // Within the limit, results stay in file order; past it, the most severe come first.
    const results = this.left ? this.kept.flat() : this.kept.flat().sort((a, b) => a.seq - b.seq);
    if (this.left) this.notify('warning', `${this.left} more findings are not included: code scanning accepts at most ${this.maxResults} results per run. Run "datasan scan --format json" for all of them.`);
    const log = {
      $schema: SARIF_SCHEMA,
      version: '2.1.0' as const,
      runs: [
        {
          tool: { driver: { name: 'Datasan', semanticVersion: VERSION, informationUri: 'https://github.com/datasan-dev/datasan', rules: this.rules } },
          columnKind: 'utf16CodeUnits',
          artifacts: this.artifacts,
          results: RESULTS_MARK,
          invocations: [{ executionSuccessful: this.executionSuccessful, ...(this.notifications.length ? { toolExecutionNotifications: this.notifications } : {}) }],
        },
      ],
    };
    const [head, tail] = JSON.stringify(log, null, 2).split(JSON.stringify(RESULTS_MARK));
    this.out.write(head);
    const list = new JsonArrayWriter(this.out, 3);
    for (const r of results) list.push(r.result);
    list.close();
    this.out.write(tail + '\n');
  }
}
