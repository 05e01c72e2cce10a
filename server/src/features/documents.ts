// Scans open documents as they change, and files read from disk, and publishes their diagnostics.
import type { Connection } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { DatasanSettings } from '../engine/settings';
import type { Finding } from '../engine/types';
import type { Scanner } from '../engine/scan';
import { type Format, formatOf } from '../engine/formats/units';
import { formatBytes } from '../engine/io';
import { StatusNotification, type StatusParams } from '../protocol';
import { toDiagnostics } from './diagnostics';

export function uriPath(uri: string): string {
  try {
    return decodeURIComponent(new URL(uri).pathname);
  } catch {
    return uri;
  }
}

export interface DocumentState {
  version: number;
  format: Format;
  findings: Finding[];
  notices: Finding[];
  /** Set for files scanned from disk rather than open in the editor. */
  fromDisk?: boolean;
}

export class DocumentScans {
  private readonly states = new Map<string, DocumentState>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** Bumped per scheduled scan; an older scan that sees a newer ticket stops. */
  private readonly tickets = new Map<string, number>();

  constructor(
    private readonly connection: Connection,
    private readonly settings: () => DatasanSettings,
    private readonly scanner: () => Scanner,
  ) {}

  state(uri: string): DocumentState | undefined {
    return this.states.get(uri);
  }

  /** Whether the document's language (or a .csv/.tsv/.jsonl extension) is one the user wants scanned. */
  wants(doc: { languageId: string; uri: string }): Format | undefined {
    const s = this.settings();
    if (!s.enable) return undefined;
    const format = formatOf(doc.languageId, uriPath(doc.uri));
    const byExtension = doc.languageId === 'plaintext' && format !== 'text' && s.languages.includes(format);
    return s.languages.includes(doc.languageId) || byExtension ? format : undefined;
  }

  schedule(doc: TextDocument, immediate = false): void {
    clearTimeout(this.timers.get(doc.uri));
    const ticket = (this.tickets.get(doc.uri) ?? 0) + 1;
    this.tickets.set(doc.uri, ticket);
    const delay = immediate ? 0 : this.settings().debounceMs;
    this.timers.set(
      doc.uri,
      setTimeout(() => {
        this.timers.delete(doc.uri);
        void this.scan(doc, ticket);
      }, delay),
    );
  }

  private async scan(doc: TextDocument, ticket: number): Promise<void> {
    const format = this.wants(doc);
    if (!format) return this.clear(doc.uri);
    const s = this.settings();
    const text = doc.getText();
    if (text.length > s.maxFileSize) {
      this.states.delete(doc.uri);
      void this.connection.sendDiagnostics({ uri: doc.uri, diagnostics: [] });
      return this.status({ uri: doc.uri, findings: 0, skipped: `larger than ${formatBytes(s.maxFileSize)}: use "Datasan: Scan from Disk"` });
    }
    const result = await this.scanner().scanAsync(text, format, () => this.tickets.get(doc.uri) !== ticket);
    if (!result) return;
    this.publish(doc, { version: doc.version, format, ...result });
  }

  /** Publishes diagnostics and status for a scanned document (open or read from disk). */
  publish(doc: TextDocument, state: DocumentState): void {
    this.states.set(doc.uri, state);
    const s = this.settings();
    const diagnostics = toDiagnostics(doc, state.findings, state.notices, s.maxProblems);
    this.status({ uri: doc.uri, findings: state.findings.length });
    void this.connection.sendDiagnostics({ uri: doc.uri, version: state.fromDisk ? undefined : doc.version, diagnostics });
  }

  /** Scans text read from disk; returns the number of findings. */
  scanFromDisk(uri: string, languageId: string, text: string): number {
    const format = formatOf(languageId, uriPath(uri));
    const doc = TextDocument.create(uri, languageId, 0, text);
    const result = this.scanner().scan(text, format);
    this.publish(doc, { version: 0, format, ...result, fromDisk: true });
    return result.findings.length;
  }

  clear(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    this.tickets.delete(uri);
    this.states.delete(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  /** Forgets the diagnostics of files that were scanned from disk and are not open. */
  clearFromDisk(isOpen: (uri: string) => boolean): void {
    for (const [uri, st] of this.states) if (st.fromDisk && !isOpen(uri)) this.clear(uri);
  }

  private status(p: StatusParams): void {
    void this.connection.sendNotification(StatusNotification, p);
  }
}
