// Quick fixes, the real fix first: redact this value; all of its kind; ignore it; all PII in the file.
// The file-wide fix comes last because it names no diagnostic: VS Code lists the actions that fix a diagnostic
// before those that do not, so this order is the order every editor shows (the README lists it, docs.test.ts checks).
import { type CodeAction, CodeActionKind, type CodeActionParams, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, OffsetEdit } from '../engine/types';
import type { RedactionStyle } from '../engine/settings';
import { redactionEdits } from '../engine/redact';
import type { Format } from '../engine/formats/units';
import { documentFormat } from './languages';
import { inSentence, plural } from '../engine/labels';
import { Commands, type CommandTypes } from '../protocol';
import { SOURCE } from './diagnostics';
import { uriPath } from './documents';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.datasan`;

export function toTextEdits(doc: TextDocument, edits: readonly OffsetEdit[]): TextEdit[] {
  return edits.map((e) => ({ range: { start: doc.positionAt(e.start), end: doc.positionAt(e.end) }, newText: e.newText }));
}

function findingFor(doc: TextDocument, findings: readonly Finding[], d: Diagnostic): Finding | undefined {
  const start = doc.offsetAt(d.range.start);
  const end = doc.offsetAt(d.range.end);
  return findings.find((f) => f.start === start && f.end === end && f.rule === d.code);
}

function editAction(doc: TextDocument, title: string, kind: string, edits: OffsetEdit[], diagnostics?: Diagnostic[], isPreferred?: boolean): CodeAction {
  return { title, kind, diagnostics, isPreferred, edit: { changes: { [doc.uri]: toTextEdits(doc, edits) } } };
}

/** The document's format as the scanner sees it; QA answer offsets are kept aligned in JSON and JSONL. */
function formatOfDoc(doc: TextDocument): Format {
  return documentFormat(doc.languageId, uriPath(doc.uri));
}

/** All PII findings of a document redacted, as one edit. */
export function redactAllEdits(doc: TextDocument, findings: readonly Finding[], style: RedactionStyle, pseudonymKey?: Uint8Array): OffsetEdit[] {
  const pii = findings.filter((f) => f.entity !== null);
  return redactionEdits(doc.getText(), pii, pii, style, formatOfDoc(doc), pseudonymKey);
}

/** Whether a code action request can give a fix that redacts every finding (fix-all, or a finding's quick fixes). */
export function redactsEveryFinding(params: CodeActionParams): boolean {
  const only = params.context.only;
  if (only?.some((k) => FIX_ALL_KIND.startsWith(k) && k.startsWith(CodeActionKind.SourceFixAll))) return true;
  return params.context.diagnostics.some((d) => d.source === SOURCE);
}

/** `pseudonymKey`: with style "pseudonym", keyed tags (datasan.redaction.pseudonymKeyFile) instead of numbers. */
export function piiCodeActions(doc: TextDocument, findings: readonly Finding[], params: CodeActionParams, style: RedactionStyle, pseudonymKey?: Uint8Array): CodeAction[] {
  const only = params.context.only;
  const pii = findings.filter((f) => f.entity !== null);
  if (only && only.some((k) => FIX_ALL_KIND.startsWith(k) && k.startsWith(CodeActionKind.SourceFixAll))) {
    return pii.length ? [editAction(doc, 'Redact all PII in this file', FIX_ALL_KIND, redactAllEdits(doc, pii, style, pseudonymKey))] : [];
  }
  if (only && !only.some((k) => CodeActionKind.QuickFix.startsWith(k))) return [];

  const text = doc.getText();
  const format = formatOfDoc(doc);
  const actions: CodeAction[] = [];
  const offered = new Set<string>();
  for (const d of params.context.diagnostics) {
    if (d.source !== SOURCE) continue;
    const f = findingFor(doc, pii, d);
    if (!f) continue;
    const label = inSentence(f.message);
    actions.push(editAction(doc, `Redact this ${label}`, CodeActionKind.QuickFix, redactionEdits(text, pii, [f], style, format, pseudonymKey), [d], true));
    const sameRule = pii.filter((g) => g.rule === f.rule);
    if (sameRule.length > 1 && !offered.has(f.rule)) {
      offered.add(f.rule);
      actions.push(editAction(doc, `Redact all ${plural(label)} in this file`, CodeActionKind.QuickFix, redactionEdits(text, pii, sameRule, style, format, pseudonymKey), [d]));
    }
  }
  const valueFixes = actions.length;
  for (const d of params.context.diagnostics) {
    const f = d.source === SOURCE ? findingFor(doc, pii, d) : undefined;
    if (!f) continue;
    actions.push({
      title: 'Ignore this value',
      kind: CodeActionKind.QuickFix,
      diagnostics: [d],
      command: { title: 'Ignore this value', command: Commands.ignoreValue, arguments: [{ uri: doc.uri, version: doc.version, start: f.start, end: f.end } satisfies CommandTypes[typeof Commands.ignoreValue]['args']] },
    });
  }
  if (valueFixes && pii.length > 1) actions.push(editAction(doc, 'Redact all PII in this file', CodeActionKind.QuickFix, redactionEdits(text, pii, pii, style, format, pseudonymKey)));
  return actions;
}
