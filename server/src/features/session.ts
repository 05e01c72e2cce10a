// One editor session: the settings as the editor gives them, the folder's allow-list and custom rules, the
// documents' scans, and the answers to the editor's requests. server.ts connects it to the LSP connection.
import { fileURLToPath } from 'node:url';
import { promises as fs } from 'node:fs';
import { basename, dirname, isAbsolute, join } from 'node:path';
import {
  type CancellationToken,
  type CodeAction,
  type CodeActionParams,
  CodeActionKind,
  type CompletionParams,
  type Connection,
  type DidChangeConfigurationParams,
  type DidChangeWatchedFilesParams,
  type Hover,
  type HoverParams,
  type InitializeParams,
  type InitializeResult,
  type TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { type DatasanSettings, DEFAULT_SETTINGS, resolveSettings } from '../engine/settings';
import { createScanner } from '../engine/index';
import { activeDetectors } from '../engine/detectors/active';
import { compileAllowPatterns, type Scanner } from '../engine/scan';
import { findingValue, redactable } from '../engine/redact';
import { readPseudonymKey } from '../engine/pseudonyms';
import { isNoticeFile, noticeFileExists } from '../engine/model-card';
import { Commands, type InitializationOptions, SECTION, type ScanFilesParams, type ScanFilesResult, type VisibleRangesParams, type WorkspaceSummary } from '../protocol';
import type { CommandHandlers } from './messages';
import { fileProgress } from './file-progress';
import { redactFile } from './redact-file';
import { DocumentScans, filePath } from './documents';
import { DiagnosticsOutlet } from './diagnostics-outlet';
import { FIX_ALL_KIND, piiCodeActions, redactAllEdits, redactsEveryFinding, toTextEdits } from './code-actions';
import { findingHover } from './hover';
import { AllowlistStore } from './allowlist-store';
import { warnOncePerSession } from './notify';
import { CustomRulesStore } from './custom-rules-store';
import { licenseCodeActions, licenseCompletionItems, licenseHoverAt } from './license';
import { NamesPass } from './names';
import { watchedFileUris } from './incoming';

export class Session {
  settings: DatasanSettings = DEFAULT_SETTINGS;
  /** The settings as the editor sent them, before the workspace's custom rules file is added. */
  private userSettings: DatasanSettings = DEFAULT_SETTINGS;
  private scanner: Scanner | undefined;
  pullConfiguration = false;
  /** Whether the editor applies edits that create files (the NOTICE fix is one). */
  private canCreateFiles = false;
  private workspaceRoot: string | undefined;
  // Restricted Mode (VS Code): the folder's allow-list is not applied until the user trusts the folder.
  private workspaceTrusted = true;
  // The editor's display language (InitializeParams.locale): picks datasan.locales when it is not set.
  private editorLanguage: string | undefined;
  private readonly warn: (message: string) => void;
  private readonly allowlists: AllowlistStore;
  /** The key of datasan.redaction.pseudonymKeyFile, read when the settings change; undefined for numbered pseudonyms. */
  private pseudonymKey: Uint8Array | undefined;
  private readonly customRules: CustomRulesStore;
  readonly names = new NamesPass();
  readonly outlet: DiagnosticsOutlet;
  readonly scans: DocumentScans;

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    log: (message: string) => void,
  ) {
    this.warn = warnOncePerSession(log, (m) => void connection.window.showWarningMessage(m));
    this.allowlists = new AllowlistStore(this.warn);
    this.customRules = new CustomRulesStore(this.warn);
    this.outlet = new DiagnosticsOutlet(connection, (uri) => !!documents.get(uri));
    this.scans = new DocumentScans(connection, () => this.settings, () => this.currentScanner(), this.names, this.outlet);
  }

  // Structured detectors run here; names, places and addresses run on a worker thread (NamesPass).
  private currentScanner(): Scanner {
    return (this.scanner ??= createScanner(this.settings, { allowlist: this.allowlists.allowlist, detectors: activeDetectors(this.settings, { names: false }) }));
  }

  rescanOpen(): void {
    this.scanner = undefined;
    for (const doc of this.documents.all()) this.scans.schedule(doc, true);
  }

  initialize(params: InitializeParams): InitializeResult {
    this.pullConfiguration = !!params.capabilities.workspace?.configuration;
    this.canCreateFiles = !!params.capabilities.workspace?.workspaceEdit?.resourceOperations?.includes('create');
    const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri ?? undefined;
    if (folder?.startsWith('file:')) this.workspaceRoot = fileURLToPath(folder);
    this.editorLanguage = params.locale;
    const options = params.initializationOptions as (InitializationOptions & { settings?: unknown }) | undefined;
    this.workspaceTrusted = options?.trusted !== false;
    this.userSettings = this.settings = resolveSettings(options?.settings, this.editorLanguage);
    // Diagnostics are pulled by an editor that can, unless its client asks for them pushed (VS Code's does).
    if (params.capabilities.textDocument?.diagnostic && options?.diagnosticMode !== 'push') {
      this.outlet.usePull(!!params.capabilities.workspace?.diagnostics?.refreshSupport);
    }
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        hoverProvider: true,
        completionProvider: { triggerCharacters: [':', ' ', '/'] },
        executeCommandProvider: { commands: Object.values(Commands) },
        ...(this.outlet.pullMode ? { diagnosticProvider: { interFileDependencies: false, workspaceDiagnostics: false } } : {}),
      },
      serverInfo: { name: 'datasan' },
    };
  }

  async initialized(): Promise<void> {
    await this.allowlists.load(this.workspaceRoot, this.workspaceTrusted);
    await this.customRules.load(this.workspaceRoot, this.workspaceTrusted);
    await this.loadSettings();
    this.rescanOpen();
  }

  private async loadSettings(pushed?: unknown): Promise<void> {
    if (this.pullConfiguration) this.userSettings = resolveSettings(await this.connection.workspace.getConfiguration(SECTION), this.editorLanguage);
    else if (pushed !== undefined) this.userSettings = resolveSettings(pushed, this.editorLanguage);
    this.settings = this.customRules.withRules(this.userSettings);
    this.pseudonymKey = await this.loadPseudonymKey(this.settings.redaction.pseudonymKeyFile);
    for (const problem of compileAllowPatterns(this.settings.allowPatterns).problems) this.warn(`Datasan: ${problem}`);
  }

  private async loadPseudonymKey(file: string): Promise<Uint8Array | undefined> {
    if (!file) return undefined;
    const path = isAbsolute(file) || !this.workspaceRoot ? file : join(this.workspaceRoot, file);
    try {
      return await readPseudonymKey(path);
    } catch (e) {
      const why = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
      this.warn(`Datasan: the pseudonym key file ${file} cannot be used (${why}); pseudonyms are numbered per file until it is fixed.`);
      return undefined;
    }
  }

  async configurationChanged(change: DidChangeConfigurationParams): Promise<void> {
    await this.loadSettings((change?.settings as Record<string, unknown> | undefined)?.[SECTION]);
    this.rescanOpen();
  }

  /** Reads the folder's custom rules file again and adds its rules to the editor's settings. */
  private async reloadCustomRules(): Promise<void> {
    await this.customRules.load(this.workspaceRoot, this.workspaceTrusted);
    this.settings = this.customRules.withRules(this.userSettings);
  }

  async trusted(): Promise<void> {
    this.workspaceTrusted = true;
    await this.allowlists.load(this.workspaceRoot, this.workspaceTrusted);
    await this.reloadCustomRules();
    this.rescanOpen();
  }

  async watchedFilesChanged(change: DidChangeWatchedFilesParams): Promise<void> {
    const paths = watchedFileUris(change).flatMap((uri) => filePath(uri) ?? []);
    if (paths.some((p) => this.allowlists.isAllowlistFile(p))) {
      await this.allowlists.load(this.workspaceRoot, this.workspaceTrusted);
      this.rescanOpen();
      return;
    }
    if (paths.some((p) => this.customRules.isRulesFile(p))) {
      await this.reloadCustomRules();
      this.rescanOpen();
      return;
    }
    // A NOTICE file appeared or went: the model cards beside it are checked again.
    const folders = new Set(paths.filter(isNoticeFile).map((p) => dirname(p)));
    for (const doc of this.documents.all()) {
      const path = filePath(doc.uri);
      if (path && folders.has(dirname(path)) && this.scans.wants(doc) === 'markdown') this.scans.schedule(doc, true);
    }
  }

  /** The license fixes of a model card first (they are what its diagnostics ask for), then the PII fixes. */
  async codeActions(params: CodeActionParams): Promise<CodeAction[]> {
    const doc = this.documents.get(params.textDocument.uri);
    const st = doc && this.scans.state(doc.uri);
    if (!doc || !st || st.version !== doc.version) return [];
    // Past maxProblems, only the first findings are at hand: the fixes that redact every one get them all.
    const findings = redactsEveryFinding(params) ? ((await this.scans.allFindings(doc.uri)) ?? st.findings) : st.findings;
    if (st.version !== doc.version) return [];
    const actions = piiCodeActions(doc, findings, params, this.settings.redaction.style, this.pseudonymKey);
    if (st.format === 'markdown' && params.context.diagnostics.some((d) => String(d.code).startsWith('llama/'))) {
      const notice = await noticeFileExists(filePath(doc.uri));
      return [...licenseCodeActions(doc, st.findings, params.context.diagnostics, this.settings, notice, this.canCreateFiles), ...actions];
    }
    return actions;
  }

  completion(params: CompletionParams) {
    const doc = this.documents.get(params.textDocument.uri);
    if (!doc || !this.settings.license.enable || this.scans.wants(doc) !== 'markdown') return [];
    return licenseCompletionItems(doc, doc.offsetAt(params.position));
  }

  /** A model card's license hover wins over a finding's. */
  async hover(params: HoverParams): Promise<Hover | undefined> {
    const doc = this.documents.get(params.textDocument.uri);
    const st = doc && this.scans.state(doc.uri);
    if (!doc || !st) return undefined;
    const offset = doc.offsetAt(params.position);
    if (st.format === 'markdown' && this.settings.license.enable) {
      // Whether a NOTICE file lies beside the card matters only for a finding's clause: the disk is read for those alone.
      const onFinding = st.findings.some((f) => f.rule.startsWith('llama/') && f.start <= offset && offset <= f.end);
      const license = licenseHoverAt(doc, offset, this.settings, onFinding ? await noticeFileExists(filePath(doc.uri)) : undefined);
      if (license) return license;
    }
    const hover = findingHover(st.findings, offset);
    const f = hover && st.findings.find((x) => x.start <= offset && offset <= x.end);
    return hover && f ? { ...hover, range: { start: doc.positionAt(f.start), end: doc.positionAt(f.end) } } : hover;
  }

  readonly commands: CommandHandlers = {
    [Commands.scanFromDisk]: (arg) => this.scanFromDiskWithProgress(arg.uri),
    [Commands.redactToFile]: (arg) => redactFile(this.connection, this.settings, this.allowlists.allowlist, arg.uri, arg.output, this.pseudonymKey),
    [Commands.report]: (arg) => redactFile(this.connection, this.settings, this.allowlists.allowlist, arg.uri),
    [Commands.redactFile]: async (arg) => {
      const doc = this.documents.get(arg.uri);
      const st = doc && this.scans.state(doc.uri);
      if (!doc || !st) return undefined;
      // The same edit as the "Redact all PII" quick fix (QA answer offsets realigned with it).
      const findings = (await this.scans.allFindings(doc.uri)) ?? st.findings;
      const edits = redactAllEdits(doc, findings, this.settings.redaction.style, this.pseudonymKey);
      if (edits.length) await this.connection.workspace.applyEdit({ label: 'Redact all PII in this file', edit: { changes: { [doc.uri]: toTextEdits(doc, edits) } } });
      // The edits of QA answer offsets redact nothing: the count is the findings redacted.
      return { redacted: redactable(findings).length };
    },
    [Commands.ignoreValue]: async (arg) => {
      const doc = this.documents.get(arg.uri);
      const st = doc && this.scans.state(doc.uri);
      if (!doc || !st || arg.version !== doc.version) return;
      const f = st.findings.find((x) => x.start === arg.start && x.end === arg.end);
      if (!f?.entity) return;
      const added = await this.allowlists.add(findingValue(doc.getText(), f), f.entity);
      if (added === 'no-folder') void this.connection.window.showWarningMessage('Datasan: open a folder to keep an allow-list (.datasan/allowlist.json).');
      if (added === 'added') this.rescanOpen();
    },
  };

  async scanFiles(p: ScanFilesParams, token: CancellationToken): Promise<ScanFilesResult> {
    const result: ScanFilesResult = { files: 0, findings: 0, errors: [] };
    for (const uri of p.uris) {
      if (token.isCancellationRequested) break;
      if (this.documents.get(uri)) continue; // open documents are scanned live
      const r = await this.scans.scanFromDisk(uri);
      if (r.error) result.errors.push({ uri, message: r.error });
      else {
        result.files++;
        result.findings += r.findings;
      }
    }
    return result;
  }

  private async scanFromDiskWithProgress(uri: string): Promise<{ findings?: number; error?: string; cancelled?: boolean }> {
    const path = filePath(uri);
    const size = path ? await fs.stat(path).then((s) => s.size, () => 0) : 0;
    const progress = await fileProgress(this.connection, `Datasan: scanning ${basename(path ?? uri)} from disk`, size);
    try {
      return await this.scans.scanFromDisk(uri, { onProgress: progress.onProgress, isCancelled: () => progress.signal.aborted });
    } finally {
      progress.done();
    }
  }

  summary(): WorkspaceSummary {
    return { files: this.scans.summary() };
  }

  clearWorkspaceScan(): void {
    this.scans.clearFromDisk((uri) => !!this.documents.get(uri));
  }

  visibleRanges(p: VisibleRangesParams): void {
    const ranges = Array.isArray(p?.ranges) ? p.ranges.filter((r) => Array.isArray(r) && Number.isInteger(r[0]) && Number.isInteger(r[1])).slice(0, 16) : [];
    if (typeof p?.uri === 'string') this.scans.setVisible(p.uri, ranges);
  }
}
