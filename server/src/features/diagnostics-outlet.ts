// Where a document's diagnostics go: pushed (textDocument/publishDiagnostics), or, for an editor that pulls
// them (textDocument/diagnostic), kept until it asks. An editor that pulls is never also pushed diagnostics
// for its open documents: it would show them twice.
import type { CancellationToken, Connection, Diagnostic } from 'vscode-languageserver';

export interface Delivery {
  uri: string;
  /** The document version scanned; none when the document is not scanned (its diagnostics are cleared). */
  version?: number;
  diagnostics: Diagnostic[];
  /** False while a later pass (names) is still to come for this version. */
  settled: boolean;
}

/** How long refresh requests wait for others to join them (a names pass ends for many documents at once). */
const REFRESH_DELAY_MS = 50;

export class DiagnosticsOutlet {
  /** Set at initialization when the editor pulls diagnostics. */
  private pulling = false;
  private canRefresh = false;
  private readonly latest = new Map<string, Delivery>();
  private readonly waiters = new Map<string, (() => void)[]>();
  /** Documents whose diagnostics the editor pulled: a later delivery asks it to pull again. */
  private readonly answered = new Set<string>();
  /** Documents with pushed diagnostics (read from disk before they were opened): cleared when pulled. */
  private readonly pushed = new Set<string>();
  private refreshTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly connection: Connection,
    private readonly isOpen: (uri: string) => boolean,
  ) {}

  /** Pull mode, when the editor asks for it; `refresh`: it re-pulls on workspace/diagnostic/refresh. */
  usePull(refresh: boolean): void {
    this.pulling = true;
    this.canRefresh = refresh;
  }

  get pullMode(): boolean {
    return this.pulling;
  }

  deliver(d: Delivery): void {
    const open = this.isOpen(d.uri);
    if (this.pulling && open) {
      if (this.pushed.delete(d.uri)) void this.connection.sendDiagnostics({ uri: d.uri, diagnostics: [] });
      if (this.answered.has(d.uri) && this.canRefresh) this.scheduleRefresh();
    } else {
      if (d.diagnostics.length) this.pushed.add(d.uri);
      else this.pushed.delete(d.uri);
      void this.connection.sendDiagnostics({ uri: d.uri, version: d.version, diagnostics: d.diagnostics });
    }
    if (!open) return;
    this.latest.set(d.uri, d);
    const ws = this.waiters.get(d.uri) ?? [];
    this.waiters.delete(d.uri);
    for (const w of ws) w();
  }

  /**
   * The diagnostics of an open document at `version` or later, once scanned: at once for an editor that
   * re-pulls on refresh (a later pass then refreshes), else once every pass is done. Undefined if cancelled.
   */
  async pull(uri: string, version: number, token: CancellationToken): Promise<Diagnostic[] | undefined> {
    for (;;) {
      if (!this.isOpen(uri)) return [];
      const d = this.latest.get(uri);
      if (d && (d.version === undefined || d.version >= version) && (d.settled || this.canRefresh)) {
        this.answered.add(uri);
        return d.diagnostics;
      }
      if (token.isCancellationRequested) return undefined;
      await new Promise<void>((resolve) => {
        const cancel = token.onCancellationRequested(() => resolve());
        const list = this.waiters.get(uri) ?? [];
        list.push(() => {
          cancel.dispose();
          resolve();
        });
        this.waiters.set(uri, list);
      });
    }
  }

  /** Forgets a closed document; a pull still waiting for it is answered with nothing. */
  forget(uri: string): void {
    this.latest.delete(uri);
    this.answered.delete(uri);
    const ws = this.waiters.get(uri) ?? [];
    this.waiters.delete(uri);
    for (const w of ws) w();
  }

  private scheduleRefresh(): void {
    this.refreshTimer ??= setTimeout(() => {
      this.refreshTimer = undefined;
      this.connection.languages.diagnostics.refresh().catch(() => undefined);
    }, REFRESH_DELAY_MS);
  }
}
