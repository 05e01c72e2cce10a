import { type Diagnostic, DiagnosticSeverity } from 'vscode-languageserver';
import type { Severity } from '../engine/types';
import type { Located } from '../engine/stream';
import { ruleDocUrl } from '../protocol';
import { pushAll } from '../engine/arrays';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export const SOURCE = 'datasan';

export function toDiagnostic(f: Located): Diagnostic {
  return {
    range: f.range,
    severity: SEVERITY[f.severity],
    source: SOURCE,
    code: f.rule,
    codeDescription: { href: ruleDocUrl(f.rule) },
    message: f.message,
    data: { entity: f.entity, confidence: f.confidence },
  };
}

/** Diagnostics capped at `max`, with a closing note that says how many were left out. */
export function toDiagnostics(findings: readonly Located[], notices: readonly Located[], max: number, total = findings.length): Diagnostic[] {
  const shown = findings.slice(0, max).map(toDiagnostic);
  const room = Math.max(0, max - shown.length);
  pushAll(shown, notices.slice(0, room).map(toDiagnostic));
  const hidden = total - Math.min(findings.length, max);
  if (hidden > 0) {
    const last = findings[max - 1] ?? findings[0];
    shown.push({
      range: last.range,
      severity: DiagnosticSeverity.Information,
      source: SOURCE,
      code: 'datasan/max-problems',
      message: `${hidden} more findings are not shown (datasan.maxProblems is ${max}). Run "datasan scan" for the full list.`,
    });
  }
  return shown;
}
