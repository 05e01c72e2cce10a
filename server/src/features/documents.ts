// Scans open documents as they change, and files read from disk, and publishes their diagnostics.
import type { Connection, TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { fileURLToPath } from 'node:url';
import { type Range, TextDocument } from 'vscode-languageserver-textdocument';
import type { DatasanSettings } from '../engine/settings';
import type { Scanner } from '../engine/scan';
import { type Format, formatOf } from '../engine/formats/units';
import { formatBytes } from '../engine/io';
import { LineDocument, wellFormed } from '../engine/lines';
import { type Located, type ScanFileOptions, scanFile, withRange } from '../engine/stream';
import type { Finding } from '../engine/types';
import { mergeFindings, modelCardFindings } from '../engine/model-card';
import { StatusNotification, type StatusParams } from '../protocol';
import { sendNotification } from './messages';
import { toDiagnostics } from './diagnostics';
import { languageOf } from './languages';
import { DiagnosticsOutlet } from './diagnostics-outlet';
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

/**
 * A range ordered and clamped as TextDocument.offsetAt reads it (a reversed range, a line past the end, a
 * character past a line's end as clients counting UTF-8 bytes send), so that it names the same text.
 */
export function clampedRange(doc: TextDocument, range: Range): Range {
  const [start, end] = wellFormed(range.start, range.end);
  return { start: doc.positionAt(doc.offsetAt(start)), end: doc.positionAt(doc.offsetAt(end)) };
}

/**
 * Applies content changes one at a time, each range clamped first: TextDocument's own line table goes
 * wrong on an out-of-range line (its content does not), and the JSONL line model follows each change.
 * Returns the line model after the changes (a new one after a full-text change), or undefined if it failed.
 */
export function applyChanges(doc: TextDocument, changes: readonly TextDocumentContentChangeEvent[], version: number, lines?: LineDocument): LineDocument | undefined {
  for (const c of changes) {
    // Told apart as TextDocument.update tells them: a change with a range is incremental.
    if ('range' in c && c.range !== undefined) {
      const range = clampedRange(doc, c.range);
      try {
        lines?.edit(range.start, range.end, c.text);
      } catch {
        lines = undefined;
      }
      TextDocument.update(doc, [{ range, text: c.text }], version);
    } else {
      TextDocument.update(doc, [c], version);
      if (lines) lines = new LineDocument(c.text);
    }
  }
  return lines;
}

export interface DocumentState {
  version: number;
  format: Format;
  findings: Located[];
  notices: Located[];
  /** Set for files scanned from disk rather than open in the editor. */
  fromDisk?: boolean;
  /** Findings in the file when only the first ones were kept (large files scanned from disk, JSONL past maxProblems). */
  total?: number;
  /** Every finding of the document as it is now, when `findings` holds only the first (JSONL). */
  every?: () => Promise<Located[] | undefined>;
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
    private readonly outlet: DiagnosticsOutlet = new DiagnosticsOutlet(connection, () => false),
  ) {}

  state(uri: string): DocumentState | undefined {
    return this.states.get(uri);
  }

  /** The document's format when its language (normalised, see languageOf) is one the user wants scanned. */
  wants(doc: { languageId: string; uri: string }): Format | undefined {
    const s = this.settings();
    if (!s.enable) return undefined;
    const path = uriPath(doc.uri);
    const languageId = languageOf(doc.languageId, path);
    return s.languages.includes(languageId) || s.languages.includes(doc.languageId) ? formatOf(languageId, path) : undefined;
  }

  /** Applies an editor's content changes to the document and to its line model (TextDocuments' update). */
  update(doc: TextDocument, changes: readonly TextDocumentContentChangeEvent[], version: number): TextDocument {
    const lines = applyChanges(doc, changes, version, this.lineDocs.get(doc.uri));
    // None, or out of step: the next scan builds it from the text.
    if (lines) this.lineDocs.set(doc.uri, lines);
    else this.lineDocs.delete(doc.uri);
    return doc;
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
    if (!format) return this.clear(doc.uri, doc.version);
    const s = this.settings();
    const cancelled = () => this.tickets.get(doc.uri) !== ticket;
    if (doc.getText().length > s.maxFileSize) {
      this.states.delete(doc.uri);
      this.lineDocs.delete(doc.uri);
      this.outlet.deliver({ uri: doc.uri, version: doc.version, diagnostics: [], settled: true });
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
    const scanner = this.scanner();
    // Only the diagnostics shown are located; past them the lines' findings are counted (an edit stays cheap).
    const maxFindings = this.settings().maxProblems;
    const r = await lines.scan(scanner, cancelled, { namesKey, maxFindings });
    if (!r || cancelled()) return;
    const every = async () => (await lines.scan(scanner, () => false, { namesKey }))?.findings;
    const state: DocumentState = { version: doc.version, format: 'jsonl', findings: r.findings, notices: r.notices, total: r.total, every };
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
      const all = await lines.scan(this.scanner(), cancelled, { namesKey: key, maxFindings: this.settings().maxProblems });
      if (!all || cancelled()) return;
      const pending = all.namesMissing > 0 ? NAMES_PENDING : undefined;
      this.publish(doc.uri, { ...state, findings: all.findings, notices: all.notices, total: all.total }, version, pending);
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
    this.outlet.deliver({ uri, version, diagnostics, settled: !pending });
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

  /** Forgets a document (closed, or not one to scan at `version`) and clears its diagnostics. */
  clear(uri: string, version?: number): void {
    this.visible.delete(uri);
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    this.tickets.delete(uri);
    this.states.delete(uri);
    this.lineDocs.delete(uri);
    this.outlet.deliver({ uri, version, diagnostics: [], settled: true });
  }

  /** Every finding of a document, for the fixes that redact them all, also past maxProblems. */
  async allFindings(uri: string): Promise<Located[] | undefined> {
    const st = this.states.get(uri);
    if (st?.every && st.total !== undefined && st.total > st.findings.length) return st.every();
    return st?.findings;
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
    void sendNotification(this.connection, StatusNotification, p);
  }
}
