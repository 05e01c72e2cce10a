// Wiring only: LSP connection ↔ the features. Runs under VS Code (IPC) or any editor (--stdio).
import { fileURLToPath } from 'node:url';
import {
  CodeActionKind,
  createConnection,
  DidChangeConfigurationNotification,
  DocumentDiagnosticReportKind,
  LSPErrorCodes,
  ResponseError,
  type InitializeParams,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { type DatasanSettings, DEFAULT_SETTINGS, resolveSettings } from './engine/settings';
import { createScanner } from './engine/index';
import { activeDetectors } from './engine/detectors/active';
import { NamesPass } from './features/names';
import { compileAllowPatterns, type Scanner } from './engine/scan';
import { findingValue } from './engine/redact';
import { promises as fs } from 'node:fs';
import { basename, dirname, isAbsolute, join } from 'node:path';
import { readPseudonymKey } from './engine/pseudonyms';
import {
  ClearWorkspaceScanNotification,
  VisibleRangesNotification,
  Commands,
  ScanFilesRequest,
  type ScanFilesResult,
  SECTION,
  WorkspaceSummaryRequest,
  type InitializationOptions,
  WorkspaceTrustedNotification,
} from './protocol';
import { onCommands, onNotification, onRequest } from './features/messages';
import { fileProgress } from './features/file-progress';
import { redactFile } from './features/redact-file';
import { DocumentScans } from './features/documents';
import { DiagnosticsOutlet } from './features/diagnostics-outlet';
import { FIX_ALL_KIND, piiCodeActions, redactAllEdits, redactsEveryFinding, toTextEdits } from './features/code-actions';
import { findingHover } from './features/hover';
import { AllowlistStore } from './features/allowlist-store';
import { warnOncePerSession } from './features/notify';
import { CustomRulesStore } from './features/custom-rules-store';
import { licenseCodeActions, licenseCompletionItems, licenseHoverAt } from './features/license';
import { filePath } from './features/documents';
import { isNoticeFile, noticeFileExists } from './engine/model-card';
import { boundHeapGrowth } from './engine/memory';
import { checkedDocumentEvents, watchedFileUris } from './features/incoming';

boundHeapGrowth();
const connection = createConnection(ProposedFeatures.all);
// The last line of defence: an error that escaped every handler is logged by its kind (its message may quote
// a document) and the server goes on; the editor would otherwise lose every diagnostic.
const survive = (e: unknown) => connection.console.error(`Datasan: internal error (${e instanceof Error ? e.name : typeof e}); the server goes on.`);
process.on('uncaughtException', survive);
process.on('unhandledRejection', survive);
// Content changes are also handed to the scans, so that JSONL documents rescan only edited lines.
const documents = new TextDocuments<TextDocument>({
  create: TextDocument.create,
  update: (doc, changes, version) => scans.update(doc, changes, version),
});
const log = (m: string) => connection.console.log(m);

let settings: DatasanSettings = DEFAULT_SETTINGS;
/** The settings as the editor sent them, before the workspace's custom rules file is added. */
let userSettings: DatasanSettings = DEFAULT_SETTINGS;
let scanner: Scanner | undefined;
let pullConfiguration = false;
/** Whether the editor applies edits that create files (the NOTICE fix is one). */
let canCreateFiles = false;
let workspaceRoot: string | undefined;
// Restricted Mode (VS Code): the folder's allow-list is not applied until the user trusts the folder.
let workspaceTrusted = true;
// The editor's display language (InitializeParams.locale): picks datasan.locales when it is not set.
let editorLanguage: string | undefined;
const warn = warnOncePerSession(log, (m) => void connection.window.showWarningMessage(m));
const allowlists = new AllowlistStore(warn);
/** The key of datasan.redaction.pseudonymKeyFile, read when the settings change; undefined for numbered pseudonyms. */
let pseudonymKey: Uint8Array | undefined;
const customRules = new CustomRulesStore(warn);

// Structured detectors run here; names, places and addresses run on a worker thread (NamesPass).
function currentScanner(): Scanner {
  return (scanner ??= createScanner(settings, { allowlist: allowlists.allowlist, detectors: activeDetectors(settings, { names: false }) }));
}

const names = new NamesPass();
const outlet = new DiagnosticsOutlet(connection, (uri) => !!documents.get(uri));
const scans = new DocumentScans(connection, () => settings, currentScanner, names, outlet);
connection.onShutdown(() => names.dispose());

function rescanOpen(): void {
  scanner = undefined;
  for (const doc of documents.all()) scans.schedule(doc, true);
}

connection.onInitialize((params: InitializeParams) => {
  pullConfiguration = !!params.capabilities.workspace?.configuration;
  canCreateFiles = !!params.capabilities.workspace?.workspaceEdit?.resourceOperations?.includes('create');
  const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri ?? undefined;
  if (folder?.startsWith('file:')) workspaceRoot = fileURLToPath(folder);
  editorLanguage = params.locale;
  workspaceTrusted = (params.initializationOptions as InitializationOptions | undefined)?.trusted !== false;
  userSettings = settings = resolveSettings(params.initializationOptions?.settings, editorLanguage);
  // Diagnostics are pulled by an editor that can, unless its client asks for them pushed (VS Code's does).
  if (params.capabilities.textDocument?.diagnostic && (params.initializationOptions as InitializationOptions | undefined)?.diagnosticMode !== 'push') {
    outlet.usePull(!!params.capabilities.workspace?.diagnostics?.refreshSupport);
  }
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
      hoverProvider: true,
      completionProvider: { triggerCharacters: [':', ' ', '/'] },
      executeCommandProvider: { commands: Object.values(Commands) },
      ...(outlet.pullMode ? { diagnosticProvider: { interFileDependencies: false, workspaceDiagnostics: false } } : {}),
    },
    serverInfo: { name: 'datasan' },
  };
});

connection.onInitialized(async () => {
  if (pullConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: SECTION });
  await allowlists.load(workspaceRoot, workspaceTrusted);
  await customRules.load(workspaceRoot, workspaceTrusted);
  await loadSettings();
  rescanOpen();
});

async function loadSettings(pushed?: unknown): Promise<void> {
  if (pullConfiguration) userSettings = resolveSettings(await connection.workspace.getConfiguration(SECTION), editorLanguage);
  else if (pushed !== undefined) userSettings = resolveSettings(pushed, editorLanguage);
  settings = customRules.withRules(userSettings);
  pseudonymKey = await loadPseudonymKey(settings.redaction.pseudonymKeyFile);
  for (const problem of compileAllowPatterns(settings.allowPatterns).problems) warn(`Datasan: ${problem}`);
}

async function loadPseudonymKey(file: string): Promise<Uint8Array | undefined> {
  if (!file) return undefined;
  const path = isAbsolute(file) || !workspaceRoot ? file : join(workspaceRoot, file);
  try {
    return await readPseudonymKey(path);
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    warn(`Datasan: the pseudonym key file ${file} cannot be used (${why}); pseudonyms are numbered per file until it is fixed.`);
    return undefined;
  }
}

connection.onDidChangeConfiguration(async (change) => {
  await loadSettings((change?.settings as Record<string, unknown> | undefined)?.[SECTION]);
  rescanOpen();
});

/** Reads the folder's custom rules file again and adds its rules to the editor's settings. */
async function reloadCustomRules(): Promise<void> {
  await customRules.load(workspaceRoot, workspaceTrusted);
  settings = customRules.withRules(userSettings);
}

onNotification(connection, WorkspaceTrustedNotification, async () => {
  workspaceTrusted = true;
  await allowlists.load(workspaceRoot, workspaceTrusted);
  await reloadCustomRules();
  rescanOpen();
});

connection.onDidChangeWatchedFiles(async (change) => {
  const paths = watchedFileUris(change).flatMap((uri) => filePath(uri) ?? []);
  if (paths.some((p) => allowlists.isAllowlistFile(p))) {
    await allowlists.load(workspaceRoot, workspaceTrusted);
    rescanOpen();
    return;
  }
  if (paths.some((p) => customRules.isRulesFile(p))) {
    await reloadCustomRules();
    rescanOpen();
    return;
  }
  // A NOTICE file appeared or went: the model cards beside it are checked again.
  const folders = new Set(paths.filter(isNoticeFile).map((p) => dirname(p)));
  for (const doc of documents.all()) {
    const path = filePath(doc.uri);
    if (path && folders.has(dirname(path)) && scans.wants(doc) === 'markdown') scans.schedule(doc, true);
  }
});

documents.onDidOpen((e) => scans.schedule(e.document, true));
documents.onDidChangeContent((e) => scans.schedule(e.document));
documents.onDidClose((e) => {
  scans.clear(e.document.uri);
  outlet.forget(e.document.uri);
});

connection.languages.diagnostics.on(async (params, token) => {
  const doc = documents.get(params.textDocument.uri);
  const items = doc ? await outlet.pull(doc.uri, doc.version, token) : [];
  if (!items) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
  return { kind: DocumentDiagnosticReportKind.Full, items };
});

connection.onCodeAction(async (params) => {
  const doc = documents.get(params.textDocument.uri);
  const st = doc && scans.state(doc.uri);
  if (!doc || !st || st.version !== doc.version) return [];
  // Past maxProblems, only the first findings are at hand: the fixes that redact every one get them all.
  const findings = redactsEveryFinding(params) ? ((await scans.allFindings(doc.uri)) ?? st.findings) : st.findings;
  if (st.version !== doc.version) return [];
  const actions = piiCodeActions(doc, findings, params, settings.redaction.style, pseudonymKey);
  if (st.format === 'markdown' && params.context.diagnostics.some((d) => String(d.code).startsWith('llama/'))) {
    const notice = await noticeFileExists(filePath(doc.uri));
    return [...licenseCodeActions(doc, st.findings, params.context.diagnostics, settings, notice, canCreateFiles), ...actions];
  }
  return actions;
});

connection.onCompletion((params) => {
  const doc = documents.get(params.textDocument.uri);
  if (!doc || !settings.license.enable || scans.wants(doc) !== 'markdown') return [];
  return licenseCompletionItems(doc, doc.offsetAt(params.position));
});

connection.onHover(async (params) => {
  const doc = documents.get(params.textDocument.uri);
  const st = doc && scans.state(doc.uri);
  if (!doc || !st) return undefined;
  const offset = doc.offsetAt(params.position);
  if (st.format === 'markdown' && settings.license.enable) {
    // Whether a NOTICE file lies beside the card matters only for a finding's clause: the disk is read for those alone.
    const onFinding = st.findings.some((f) => f.rule.startsWith('llama/') && f.start <= offset && offset <= f.end);
    const license = licenseHoverAt(doc, offset, settings, onFinding ? await noticeFileExists(filePath(doc.uri)) : undefined);
    if (license) return license;
  }
  const hover = findingHover(st.findings, offset);
  const f = hover && st.findings.find((x) => x.start <= offset && offset <= x.end);
  return hover && f ? { ...hover, range: { start: doc.positionAt(f.start), end: doc.positionAt(f.end) } } : hover;
});

onCommands(connection, {
  [Commands.scanFromDisk]: (arg) => scanFromDiskWithProgress(arg.uri),
  [Commands.redactToFile]: (arg) => redactFile(connection, settings, allowlists.allowlist, arg.uri, arg.output, pseudonymKey),
  [Commands.report]: (arg) => redactFile(connection, settings, allowlists.allowlist, arg.uri),
  [Commands.redactFile]: async (arg) => {
    const doc = documents.get(arg.uri);
    const st = doc && scans.state(doc.uri);
    if (!doc || !st) return undefined;
    // The same edit as the "Redact all PII" quick fix (QA answer offsets realigned with it).
    const findings = (await scans.allFindings(doc.uri)) ?? st.findings;
    const edits = redactAllEdits(doc, findings, settings.redaction.style, pseudonymKey);
    if (edits.length) await connection.workspace.applyEdit({ label: 'Redact all PII in this file', edit: { changes: { [doc.uri]: toTextEdits(doc, edits) } } });
    const redactions = new Set(findings.map((f) => `${f.start}:${f.end}`));
    return { redacted: edits.filter((e) => redactions.has(`${e.start}:${e.end}`)).length };
  },
  [Commands.ignoreValue]: async (arg) => {
    const doc = documents.get(arg.uri);
    const st = doc && scans.state(doc.uri);
    if (!doc || !st || arg.version !== doc.version) return;
    const f = st.findings.find((x) => x.start === arg.start && x.end === arg.end);
    if (!f?.entity) return;
    const added = await allowlists.add(findingValue(doc.getText(), f), f.entity);
    if (added === 'no-folder') void connection.window.showWarningMessage('Datasan: open a folder to keep an allow-list (.datasan/allowlist.json).');
    if (added === 'added') rescanOpen();
  },
});

onRequest(connection, ScanFilesRequest, async (p, token) => {
  const result: ScanFilesResult = { files: 0, findings: 0, errors: [] };
  for (const uri of p.uris) {
    if (token.isCancellationRequested) break;
    if (documents.get(uri)) continue; // open documents are scanned live
    const r = await scans.scanFromDisk(uri);
    if (r.error) result.errors.push({ uri, message: r.error });
    else {
      result.files++;
      result.findings += r.findings;
    }
  }
  return result;
});

async function scanFromDiskWithProgress(uri: string): Promise<{ findings?: number; error?: string; cancelled?: boolean }> {
  const path = filePath(uri);
  const size = path ? await fs.stat(path).then((s) => s.size, () => 0) : 0;
  const progress = await fileProgress(connection, `Datasan: scanning ${basename(path ?? uri)} from disk`, size);
  try {
    return await scans.scanFromDisk(uri, { onProgress: progress.onProgress, isCancelled: () => progress.signal.aborted });
  } finally {
    progress.done();
  }
}

onRequest(connection, WorkspaceSummaryRequest, () => ({ files: scans.summary() }));

onNotification(connection, ClearWorkspaceScanNotification, () => scans.clearFromDisk((uri) => !!documents.get(uri)));
onNotification(connection, VisibleRangesNotification, (p) => {
  const ranges = Array.isArray(p?.ranges) ? p.ranges.filter((r) => Array.isArray(r) && Number.isInteger(r[0]) && Number.isInteger(r[1])).slice(0, 16) : [];
  if (typeof p?.uri === 'string') scans.setVisible(p.uri, ranges);
});

documents.listen(checkedDocumentEvents(connection, log));
connection.listen();
