import { type Diagnostic, DiagnosticSeverity } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Severity } from '../engine/types';
import { ruleDocUrl } from '../protocol';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export const SOURCE = 'datasan';

export function toDiagnostic(doc: TextDocument, f: Finding): Diagnostic {
  return {
    range: { start: doc.positionAt(f.start), end: doc.positionAt(f.end) },
    severity: SEVERITY[f.severity],
    source: SOURCE,
    code: f.rule,
    codeDescription: { href: ruleDocUrl(f.rule) },
    message: f.message,
    data: { entity: f.entity, confidence: f.confidence },
  };
}

/** Diagnostics capped at `max`, with a closing note that says how many were left out. */
export function toDiagnostics(doc: TextDocument, findings: readonly Finding[], notices: readonly Finding[], max: number): Diagnostic[] {
  const shown = findings.slice(0, max).map((f) => toDiagnostic(doc, f));
  const room = Math.max(0, max - shown.length);
  shown.push(...notices.slice(0, room).map((f) => toDiagnostic(doc, f)));
  const hidden = findings.length - Math.min(findings.length, max);
  if (hidden > 0) {
    const last = findings[max - 1] ?? findings[0];
    shown.push({
      range: { start: doc.positionAt(last.start), end: doc.positionAt(last.end) },
      severity: DiagnosticSeverity.Information,
      source: SOURCE,
      code: 'datasan/max-problems',
      message: `${hidden} more findings are not shown (datasan.maxProblems is ${max}). Run "datasan scan" for the full list.`,
    });
  }
  return shown;
}
