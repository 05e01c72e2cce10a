// Scans open documents as they change, and files read from disk, and publishes their diagnostics.
import type { Connection, TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { fileURLToPath } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { DatasanSettings } from '../engine/settings';
import type { Scanner } from '../engine/scan';
import { type Format, formatOf } from '../engine/formats/units';
import { formatBytes } from '../engine/io';
import { LineDocument } from '../engine/lines';
import { type Located, type ScanFileOptions, scanFile, withRange } from '../engine/stream';
import type { Finding } from '../engine/types';
import { mergeFindings, modelCardFindings } from '../engine/modelCard';
import { StatusNotification, type StatusParams } from '../protocol';
import { toDiagnostics } from './diagnostics';
import type { NamesPass } from './names';
import { strongestFindings } from '../engine/scan';

const NAMES_PENDING = 'looking for names, places and addresses…';

export function uriPath(uri: string): string {
  try {
    return decodeURIComponent(new URL(uri).pathname);
  } catch {
    return uri;
  }
}

/** The file system path of a file: URI, or undefined. */
export function filePath(uri: string): string | undefined {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
}

export interface DocumentState {
  version: number;
  format: Format;
  findings: Located[];
  notices: Located[];
  /** Set for files scanned from disk rather than open in the editor. */
  fromDisk?: boolean;
  /** Findings in the file when only the first ones were kept (large files scanned from disk). */
  total?: number;
}

function locateAll(doc: TextDocument, fs: readonly Finding[]): Located[] {
  return fs.map((f) => withRange(f, doc.positionAt(f.start), doc.positionAt(f.end)));
}

export class DocumentScans {
  private readonly states = new Map<string, DocumentState>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** Bumped per scheduled scan; an older scan that sees a newer ticket stops. */
  private readonly tickets = new Map<string, number>();
  /** JSONL documents as lines, kept in step with every edit, so that an edit rescans only its lines. */
  private readonly lineDocs = new Map<string, LineDocument>();

  private namesFailureShown = false;
  private readonly visible = new Map<string, [number, number][]>();

  constructor(
    private readonly connection: Connection,
    private readonly settings: () => DatasanSettings,
    private readonly scanner: () => Scanner,
    private readonly names?: NamesPass,
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

  /** Called with every content change before it is applied to the TextDocument. */
  onChanges(uri: string, changes: readonly TextDocumentContentChangeEvent[]): void {
    const lines = this.lineDocs.get(uri);
    if (!lines) return;
    try {
      for (const c of changes) {
        if ('range' in c) lines.edit(c.range.start, c.range.end, c.text);
        else this.lineDocs.set(uri, new LineDocument(c.text));
      }
    } catch {
      this.lineDocs.delete(uri); // out of step: the next scan rebuilds it from the text
    }
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
    const cancelled = () => this.tickets.get(doc.uri) !== ticket;
    if (doc.getText().length > s.maxFileSize) {
      this.states.delete(doc.uri);
      this.lineDocs.delete(doc.uri);
      void this.connection.sendDiagnostics({ uri: doc.uri, diagnostics: [] });
      return this.status({ uri: doc.uri, findings: 0, skipped: `larger than ${formatBytes(s.maxFileSize)}: use "datasan scan" from a terminal` });
    }
    const text = doc.getText(); // the document object changes in place with later edits
    const withNames = !!this.names?.enabled(s);
    if (format === 'jsonl') return this.scanJsonLines(doc, text, withNames, cancelled);
    this.lineDocs.delete(doc.uri);
    let state: DocumentState | undefined;
    const r = await this.scanner().scanAsync(text, format, cancelled);
    const license = r && format === 'markdown' ? await modelCardFindings(text, filePath(doc.uri), s) : [];
    if (r) state = { version: doc.version, format, findings: locateAll(doc, mergeFindings(r.findings, license)), notices: locateAll(doc, r.notices) };
    if (!state || cancelled()) return;
    this.publish(doc.uri, state, doc.version, withNames ? NAMES_PENDING : undefined);
    if (withNames) await this.addNames(doc.uri, doc.languageId, doc.version, text, state, cancelled);
  }

  /** JSONL: only the lines an edit touched are scanned again, structured and names alike. */
  private async scanJsonLines(doc: TextDocument, text: string, withNames: boolean, cancelled: () => boolean): Promise<void> {
    let lines = this.lineDocs.get(doc.uri);
    if (!lines) this.lineDocs.set(doc.uri, (lines = new LineDocument(text)));
    // Lines keep their names hits: the first publish has them for every line the edit did not touch.
    const namesKey = withNames ? this.names!.key(this.settings()) : undefined;
    const r = await lines.scan(this.scanner(), cancelled, { namesKey });
    if (!r || cancelled()) return;
    const state: DocumentState = { version: doc.version, format: 'jsonl', findings: r.findings, notices: r.notices };
    const more = withNames && r.namesMissing > 0;
    this.publish(doc.uri, state, doc.version, more ? NAMES_PENDING : undefined);
    if (more) await this.addLineNames(doc, lines, state, cancelled);
  }

  /**
   * Runs the names pass on the JSONL lines that lack it and republishes with every line's names merged in;
   * the lines an editor shows go first and are published on their own, so that names on screen come soonest.
   */
  private async addLineNames(doc: TextDocument, lines: LineDocument, state: DocumentState, cancelled: () => boolean): Promise<void> {
    const version = doc.version;
    const key = this.names!.key(this.settings());
    const visible = this.visible.get(doc.uri);
    for (const only of visible?.length ? [visible, undefined] : [undefined]) {
      const r = await this.names!.scanLines(doc.uri, lines, this.scanner(), cancelled, only);
      if ('cancelled' in r || cancelled()) return;
      if ('error' in r) return this.namesFailed(doc.uri, state, version, r.error);
      this.namesFailureShown = false;
      if (only && r.sent === 0) continue; // the lines on screen had their names already
      const all = await lines.scan(this.scanner(), cancelled, { namesKey: key });
      if (!all || cancelled()) return;
      const pending = all.namesMissing > 0 ? NAMES_PENDING : undefined;
      this.publish(doc.uri, { ...state, findings: all.findings, notices: all.notices }, version, pending);
      if (!pending) return;
    }
  }

  /** The lines of a document an editor shows (zero-based, inclusive); the names pass starts with them. */
  setVisible(uri: string, ranges: [number, number][]): void {
    this.visible.set(uri, ranges);
  }

  /** Shows a names failure once (until names work again) and publishes the structured findings alone. */
  private namesFailed(uri: string, state: DocumentState, version: number, error: string): void {
    if (!this.namesFailureShown) {
      this.namesFailureShown = true;
      this.connection.console.warn(error);
      void this.connection.window.showWarningMessage(`Datasan: ${error}`);
    }
    this.publish(uri, state, version);
  }

  /** Runs the names pass on the worker and republishes with its findings merged in. */
  private async addNames(uri: string, languageId: string, version: number, text: string, state: DocumentState, cancelled: () => boolean): Promise<void> {
    const r = await this.names!.scan(uri, text, state.format, this.scanner(), cancelled);
    if ('cancelled' in r || cancelled()) return;
    if ('error' in r) return this.namesFailed(uri, state, version, r.error);
    this.namesFailureShown = false;
    const snapshot = TextDocument.create(uri, languageId, version, text);
    const findings = strongestFindings([...state.findings, ...locateAll(snapshot, r.findings)]);
    this.publish(uri, { ...state, findings, notices: state.notices.concat(locateAll(snapshot, r.notices)) }, version);
  }

  /** Publishes diagnostics and status for a scanned document (open or read from disk). */
  publish(uri: string, state: DocumentState, version?: number, pending?: string): void {
    this.states.set(uri, state);
    const diagnostics = toDiagnostics(state.findings, state.notices, this.settings().maxProblems, state.total);
    this.status({ uri, findings: state.total ?? state.findings.length, pending });
    void this.connection.sendDiagnostics({ uri, version, diagnostics });
  }

  /**
   * Scans a file from disk in constant memory (any size: VS Code never hands files over 50 MB to
   * extensions) and publishes its first findings; returns the count, or an error message naming no value.
   */
  async scanFromDisk(uri: string, opts: ScanFileOptions = {}): Promise<{ findings: number; error?: string; cancelled?: boolean }> {
    const path = filePath(uri);
    if (!path) return { findings: 0, error: 'not a file on disk' };
    const format = formatOf(undefined, path);
    const r = await scanFile(path, format, this.scanner(), { maxFindings: this.settings().maxProblems, ...opts });
    if (r.errors.length) return { findings: 0, error: r.errors[0] };
    if (r.cancelled) return { findings: r.total, cancelled: true };
    this.publish(uri, { version: 0, format, findings: r.findings, notices: r.notices, fromDisk: true, total: r.total });
    return { findings: r.total };
  }

  clear(uri: string): void {
    this.visible.delete(uri);
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    this.tickets.delete(uri);
    this.states.delete(uri);
    this.lineDocs.delete(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  /** Findings per file and entity, for the workspace report. */
  summary(): { uri: string; findings: number; entities: Record<string, number> }[] {
    return [...this.states].map(([uri, st]) => {
      const entities: Record<string, number> = {};
      for (const f of st.findings) if (f.entity) entities[f.entity] = (entities[f.entity] ?? 0) + 1;
      return { uri, findings: st.total ?? st.findings.length, entities };
    });
  }

  /** Forgets the diagnostics of files that were scanned from disk and are not open. */
  clearFromDisk(isOpen: (uri: string) => boolean): void {
    for (const [uri, st] of this.states) if (st.fromDisk && !isOpen(uri)) this.clear(uri);
  }

  private status(p: StatusParams): void {
    void this.connection.sendNotification(StatusNotification, p);
  }
}
