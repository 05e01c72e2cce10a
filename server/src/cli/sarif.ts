// `datasan scan --format sarif`: SARIF 2.1.0 for GitHub code scanning and other viewers.
// No detected value is written: messages name the kind, and fingerprints hash the rule, the path and
// the finding's line with every finding on it replaced by its entity name.
import { createHash } from 'node:crypto';
import { isAbsolute, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Detector, Severity } from '../engine/types';
import { readLines } from '../engine/stream';
import { ruleDocUrl } from '../protocol';
import type { FileReport } from './scan';

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

function ruleOf(id: string, d: Detector | undefined, fallback: { label: string; severity: Severity }): SarifRule {
  const label = d?.label ?? fallback.label;
  const description = d?.description ?? label;
  const helpUri = ruleDocUrl(id);
  return {
    id,
    name: ruleName(id),
    shortDescription: { text: label },
    fullDescription: { text: description },
    helpUri,
    help: { text: `${description} See ${helpUri}`, markdown: `${description}\n\n[Rule documentation](${helpUri})` },
    defaultConfiguration: { level: sarifLevel(d?.defaultSeverity ?? fallback.severity) },
    properties: { tags: ['privacy', ...(id.startsWith('secret/') ? ['security'] : []), ...(d?.tags ?? [])] },
  };
}

/** A path as a SARIF URI: relative to %SRCROOT% (the working folder) when it lies inside it. */
export function artifactLocation(path: string): { uri: string; uriBaseId?: string } {
  if (isAbsolute(path) || path.startsWith('..')) return { uri: pathToFileURL(resolve(path)).href };
  return { uri: path.split(sep).join('/').split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

/**
 * Fingerprints for the findings of one file: stable when lines move, different for two findings of the
 * same rule on one line, and computed from text in which every finding was replaced by its entity.
 */
async function fingerprints(absolute: string, path: string, findings: FileReport['findings']): Promise<string[]> {
  const byLine = new Map<number, number[]>();
  findings.forEach((f, i) => byLine.set(f.range.start.line, [...(byLine.get(f.range.start.line) ?? []), i]));
  const out: string[] = new Array(findings.length);
  const context = new Map<number, string>();
  try {
    for await (const l of readLines(absolute)) {
      const idx = byLine.get(l.line);
      if (!idx) continue;
      const spans = idx
        .map((i) => findings[i])
        .map((f) => ({ start: f.range.start.character, end: f.range.end.line === l.line ? f.range.end.character : l.text.length, entity: f.entity ?? f.rule }))
        .sort((a, b) => a.start - b.start);
      let masked = '';
      let at = 0;
      for (const s of spans) {
        if (s.start < at) continue;
        masked += l.text.slice(at, s.start) + `[${s.entity}]`;
        at = s.end;
      }
      context.set(l.line, (masked + l.text.slice(at)).trim());
    }
  } catch {
    // The file changed or vanished since the scan: fall back to the rule and line number alone.
  }
  const seen = new Map<string, number>();
  findings.forEach((f, i) => {
    const line = f.range.start.line;
    const key = `${f.rule}\u0000${line}`;
    const ordinal = seen.get(key) ?? 0;
    seen.set(key, ordinal + 1);
    const ctx = context.get(line) ?? `line ${line}`;
    out[i] = createHash('sha256').update(`${f.rule}\u0000${path}\u0000${ctx}\u0000${ordinal}`).digest('hex').slice(0, 32);
  });
  return out;
}

/** The SARIF log of a scan; `cwd` resolves the reports' relative paths to read lines for fingerprints. */
export async function toSarif(reports: readonly FileReport[], detectors: readonly Detector[], cwd = process.cwd(), maxResults = MAX_RESULTS) {
  // A detector standing for several rules (the fused national one) names them as its `parts`.
  const ruleDetectors = detectors.flatMap((d) => (d as { parts?: readonly Detector[] }).parts ?? [d]);
  const byId = new Map(ruleDetectors.map((d) => [d.id, d]));
  const rules: SarifRule[] = [];
  const ruleIndex = new Map<string, number>();
  const ensureRule = (id: string, label: string, severity: Severity) => {
    let i = ruleIndex.get(id);
    if (i === undefined) {
      i = rules.length;
      rules.push(ruleOf(id, byId.get(id), { label, severity }));
      ruleIndex.set(id, i);
    }
    return i;
  };
  for (const d of ruleDetectors) ensureRule(d.id, d.label, d.defaultSeverity);

  const artifacts: { location: { uri: string; uriBaseId?: string } }[] = [];
  let results: ({ level: Level } & Record<string, unknown>)[] = [];
  const notifications: unknown[] = [];
  for (const r of reports) {
    const location = artifactLocation(r.path);
    for (const e of r.errors) {
      notifications.push({ level: 'error', message: { text: `${r.path}: ${e}` }, locations: [{ physicalLocation: { artifactLocation: location } }] });
    }
    if (!r.findings.length) continue;
    const index = artifacts.length;
    artifacts.push({ location });
    const prints = await fingerprints(resolve(cwd, r.path), r.path, r.findings);
    r.findings.forEach((f, k) => {
      results.push({
        ruleId: f.rule,
        ruleIndex: ensureRule(f.rule, f.message, f.severity),
        level: sarifLevel(f.severity),
        message: { text: `${f.message}${f.entity ? ` (${f.entity})` : ''} found, confidence ${f.confidence.toFixed(2)}. Redact it or add it to the allow-list.` },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { ...location, index },
              region: { startLine: f.range.start.line + 1, startColumn: f.range.start.character + 1, endLine: f.range.end.line + 1, endColumn: f.range.end.character + 1 },
            },
          },
        ],
        partialFingerprints: { [FINGERPRINT_KEY]: prints[k] },
        properties: { confidence: f.confidence, ...(f.entity ? { entity: f.entity } : {}) },
      });
    });
  }
  if (results.length > maxResults) {
    // Keep the most severe, in file order within a level (the sort is stable).
    const rank = { error: 0, warning: 1, note: 2 };
    const left = results.length - maxResults;
    results = [...results].sort((a, b) => rank[a.level] - rank[b.level]).slice(0, maxResults);
    notifications.push({ level: 'warning', message: { text: `${left} more findings are not included: code scanning accepts at most ${maxResults} results per run. Run "datasan scan --format json" for all of them.` } });
  }
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0' as const,
    runs: [
      {
        tool: { driver: { name: 'Datasan', semanticVersion: VERSION, informationUri: 'https://github.com/datasan-dev/datasan', rules } },
        columnKind: 'utf16CodeUnits',
        artifacts,
        results,
        // A file that could not be scanned (or only in part) means the run did not do its job.
        invocations: [{ executionSuccessful: !reports.some((r) => r.errors.length), ...(notifications.length ? { toolExecutionNotifications: notifications } : {}) }],
      },
    ],
  };
}
