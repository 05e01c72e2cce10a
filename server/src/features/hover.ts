import type { Hover } from 'vscode-languageserver';
import { MarkupKind } from 'vscode-languageserver';
import type { Finding } from '../engine/types';
import { ruleDocUrl } from '../protocol';

/** Hover text for the finding under the cursor: kind, detector, confidence and why. Never the value. */
export function findingHover(findings: readonly Finding[], offset: number): Hover | undefined {
  const f = findings.find((x) => x.start <= offset && offset <= x.end && x.entity !== null);
  if (!f) return undefined;
  const why = f.reasons.length ? f.reasons.join('; ') : 'pattern match';
  const value = [
    `**${f.message}** — \`${f.entity}\``,
    '',
    `Detector \`${f.rule}\` · confidence ${f.confidence.toFixed(2)}`,
    '',
    `Why: ${why}.`,
    '',
    `[Rule documentation](${ruleDocUrl(f.rule)})`,
  ].join('\n');
  return { contents: { kind: MarkupKind.Markdown, value } };
}
