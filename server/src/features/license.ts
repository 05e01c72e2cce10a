// The license module's fixes, hovers and completions in LSP terms.
import {
  type CodeAction,
  CodeActionKind,
  type CompletionItem,
  CompletionItemKind,
  type Diagnostic,
  type Hover,
  MarkupKind,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Fix } from '../engine/types';
import type { DatasanSettings } from '../engine/settings';
import { licenseCompletions, licenseFixes, licenseHover } from '../engine/license/index';
import type { Located } from '../engine/stream';
import { filePath } from './documents';
import { SOURCE } from './diagnostics';
import { toTextEdits } from './code-actions';

function toWorkspaceEdit(doc: TextDocument, fix: Fix): WorkspaceEdit {
  const path = filePath(doc.uri);
  if (!fix.createFiles?.length || !path) return { changes: { [doc.uri]: toTextEdits(doc, fix.edits) } };
  const documentChanges: NonNullable<WorkspaceEdit['documentChanges']> = [];
  if (fix.edits.length) documentChanges.push({ textDocument: { uri: doc.uri, version: doc.version }, edits: toTextEdits(doc, fix.edits) });
  for (const f of fix.createFiles) {
    const uri = pathToFileURL(join(dirname(path), f.path)).href;
    documentChanges.push({ kind: 'create', uri, options: { ignoreIfExists: true } });
    documentChanges.push({ textDocument: { uri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: f.content }] });
  }
  return { documentChanges };
}

/** Fixes that create a file (NOTICE) are left out for an editor that cannot create files through an edit. */
export function licenseCodeActions(doc: TextDocument, findings: readonly Located[], diagnostics: readonly Diagnostic[], settings: DatasanSettings, noticeFileExists?: boolean, canCreateFiles = true): CodeAction[] {
  const out: CodeAction[] = [];
  const text = doc.getText();
  for (const d of diagnostics) {
    if (d.source !== SOURCE || typeof d.code !== 'string' || !d.code.startsWith('llama/')) continue;
    const f = findings.find((x) => x.rule === d.code && x.range.start.line === d.range.start.line && x.range.start.character === d.range.start.character);
    if (!f) continue;
    for (const fix of licenseFixes(text, f, { settings, noticeFileExists })) {
      if (fix.createFiles?.length && !canCreateFiles) continue;
      out.push({ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [d], isPreferred: fix.isPreferred, edit: toWorkspaceEdit(doc, fix) });
    }
  }
  return out;
}

export function licenseHoverAt(doc: TextDocument, offset: number, settings: DatasanSettings, noticeFileExists?: boolean): Hover | undefined {
  const value = licenseHover(doc.getText(), offset, settings, noticeFileExists);
  return value ? { contents: { kind: MarkupKind.Markdown, value } } : undefined;
}

export function licenseCompletionItems(doc: TextDocument, offset: number): CompletionItem[] {
  return licenseCompletions(doc.getText(), offset).map((c) => ({
    label: c.label,
    kind: CompletionItemKind.Value,
    // Replaces what is typed so far: without a range, an editor replaces only the word at the cursor ("Ll" in "meta-llama/Ll").
    textEdit: { range: { start: doc.positionAt(c.replace.start), end: doc.positionAt(c.replace.end) }, newText: c.label },
    detail: c.detail,
    documentation: c.documentation ? { kind: MarkupKind.Markdown, value: c.documentation } : undefined,
  }));
}
