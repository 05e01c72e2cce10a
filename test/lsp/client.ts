// A minimal LSP client over stdio for tests and benchmarks: spawns the built server (dist/server.js).
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMessageConnection, type MessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';

export interface Diagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  severity?: number;
  code?: string;
  source?: string;
  message: string;
  codeDescription?: { href: string };
}

export interface TextEdit {
  range: Diagnostic['range'];
  newText: string;
}

export class LspClient {
  readonly connection: MessageConnection;
  private readonly child: ChildProcess;
  private readonly waiters = new Map<string, ((d: Diagnostic[]) => void)[]>();
  readonly latest = new Map<string, Diagnostic[]>();
  readonly statuses: { uri: string; findings: number; skipped?: string; pending?: string }[] = [];
  settings: Record<string, unknown> = {};
  readonly appliedEdits: unknown[] = [];
  readonly progress: { kind: string; percentage?: number; title?: string }[] = [];
  /** What the server wrote to its log (window/logMessage) and showed the user (window/showMessage). */
  readonly logs: string[] = [];
  /** The server's user-level configuration folder (XDG_CONFIG_HOME), a temporary one. */
  readonly configHome = mkdtempSync(join(tmpdir(), 'datasan-config-'));
  readonly shown: string[] = [];
  /** workspace/diagnostic/refresh requests received. */
  refreshes = 0;
  private readonly refreshWaiters: (() => void)[] = [];
  /** Set when the server process ends. */
  exited: { code: number | null; signal: string | null } | undefined;

  constructor(root = join(__dirname, '..', '..')) {
    // The allow-list key of a test is its own, never the user's (a server makes one on "Ignore this value").
    const env = { ...process.env, XDG_CONFIG_HOME: this.configHome, DATASAN_ALLOWLIST_KEY: '' };
    this.child = spawn(process.execPath, [join(root, 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'], env });
    this.connection = createMessageConnection(new StreamMessageReader(this.child.stdout!), new StreamMessageWriter(this.child.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: Diagnostic[] }) => {
      this.latest.set(p.uri, p.diagnostics);
      const ws = this.waiters.get(p.uri) ?? [];
      this.waiters.delete(p.uri);
      for (const w of ws) w(p.diagnostics);
    });
    this.connection.onNotification('datasan/status', (p: { uri: string; findings: number; skipped?: string; pending?: string }) => {
      this.statuses.push(p);
    });
    this.connection.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) => p.items.map(() => this.settings));
    this.connection.onRequest('workspace/applyEdit', (p: unknown) => {
      this.appliedEdits.push(p);
      return { applied: true };
    });
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('workspace/diagnostic/refresh', () => {
      this.refreshes++;
      for (const w of this.refreshWaiters.splice(0)) w();
      return null;
    });
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.connection.onNotification('$/progress', (p: { value: { kind: string; percentage?: number } }) => {
      this.progress.push(p.value);
    });
    this.connection.onNotification('window/logMessage', (p: { message: string }) => {
      this.logs.push(p.message);
    });
    this.connection.onNotification('window/showMessage', (p: { message: string }) => {
      this.shown.push(p.message);
    });
    this.connection.onRequest('window/showMessageRequest', (p: { message: string }) => {
      this.shown.push(p.message);
      return null;
    });
    this.child.on('exit', (code, signal) => (this.exited = { code, signal }));
    this.connection.listen();
  }

  /** Process id of the server, e.g. to read its memory use from /proc. */
  get pid(): number | undefined {
    return this.child.pid;
  }

  /**
   * Initializes as VS Code does; `workspaceEdit` overrides what the client says its edits can do, `more`
   * adds capabilities (pulled diagnostics) and initialization options.
   */
  async initialize(
    rootUri: string | null = null,
    settings: Record<string, unknown> = {},
    workspaceEdit: object = { documentChanges: true, resourceOperations: ['create', 'rename', 'delete'] },
    more: { textDocument?: object; workspace?: object; initializationOptions?: object } = {},
  ): Promise<unknown> {
    this.settings = settings;
    const r = await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: rootUri ? [{ uri: rootUri, name: 'ws' }] : null,
      capabilities: {
        window: { workDoneProgress: true },
        workspace: { configuration: true, applyEdit: true, workspaceEdit, didChangeConfiguration: { dynamicRegistration: true }, ...more.workspace },
        ...(more.textDocument ? { textDocument: more.textDocument } : {}),
      },
      initializationOptions: more.initializationOptions,
    });
    await this.connection.sendNotification('initialized', {});
    return r;
  }

  /** Resolves with the next diagnostics published for `uri`. */
  nextDiagnostics(uri: string, timeoutMs = 20000): Promise<Diagnostic[]> {
    return new Promise((resolve, reject) => {
      const t = setTimeout(() => reject(new Error(`no diagnostics for ${uri} within ${timeoutMs} ms`)), timeoutMs);
      const list = this.waiters.get(uri) ?? [];
      list.push((d) => {
        clearTimeout(t);
        resolve(d);
      });
      this.waiters.set(uri, list);
    });
  }

  /**
   * Resolves with the next diagnostics for `uri` that leave nothing pending (the names pass included):
   * the server sends a document's status just before its diagnostics.
   */
  async nextSettled(uri: string, timeoutMs = 60000): Promise<Diagnostic[]> {
    for (;;) {
      const d = await this.nextDiagnostics(uri, timeoutMs);
      if (!this.statuses.findLast((st) => st.uri === uri)?.pending) return d;
    }
  }

  async open(uri: string, languageId: string, text: string, version = 1, timeoutMs?: number): Promise<Diagnostic[]> {
    const next = this.nextDiagnostics(uri, timeoutMs);
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
    return next;
  }

  async change(uri: string, version: number, changes: ({ text: string } | TextEdit)[]): Promise<Diagnostic[]> {
    const next = this.nextDiagnostics(uri);
    await this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: changes.map((c) => ('range' in c ? { range: c.range, text: c.newText } : c)),
    });
    return next;
  }

  /** Pulls a document's diagnostics (textDocument/diagnostic). */
  async pull(uri: string): Promise<Diagnostic[]> {
    const r = (await this.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as { kind: string; items: Diagnostic[] };
    return r.items;
  }

  /** Resolves at the next workspace/diagnostic/refresh request. */
  nextRefresh(timeoutMs = 60000): Promise<void> {
    return new Promise((resolve, reject) => {
      const t = setTimeout(() => reject(new Error(`no diagnostics refresh within ${timeoutMs} ms`)), timeoutMs);
      this.refreshWaiters.push(() => {
        clearTimeout(t);
        resolve();
      });
    });
  }

  codeActions(uri: string, range: Diagnostic['range'], diagnostics: Diagnostic[], only?: string[]) {
    return this.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics, only } }) as Promise<
      { title: string; kind?: string; isPreferred?: boolean; edit?: { changes: Record<string, TextEdit[]> }; command?: { command: string; arguments: unknown[] } }[]
    >;
  }

  async close(): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      await this.connection.sendNotification('exit');
    } catch {
      /* the server may already be gone */
    }
    this.connection.dispose();
    this.child.kill();
  }
}

/** Applies LSP text edits to a text (edits must not overlap). */
export function applyTextEdits(text: string, edits: TextEdit[]): string {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
  const off = (p: { line: number; character: number }) => lineStarts[p.line] + p.character;
  const sorted = [...edits].sort((a, b) => off(b.range.start) - off(a.range.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, off(e.range.start)) + e.newText + out.slice(off(e.range.end));
  return out;
}
