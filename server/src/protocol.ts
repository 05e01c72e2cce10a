// Messages between the client and the server, typed once for both sides. Its one run-time import,
// engine/rule-docs.ts, imports nothing, so the client bundle stays small.
import type { WorkspaceSummary } from './engine/report/workspace';
import type { RedactionReport } from './engine/report/model';

export const SECTION = 'datasan';

/**
 * A request or notification: its method, with the types of its params and result, so that both sides are
 * checked against one declaration (client/src/messages.ts and server/src/features/messages.ts send and
 * handle them).
 */
export interface Message<P, R = void> {
  readonly method: string;
  /** Never set: it only carries the types. */
  readonly types?: { params: P; result: R };
}

function message<P, R = void>(method: string): Message<P, R> {
  return { method };
}

/** Server → client: a document's finding count, or why it was not scanned. */
export const StatusNotification = message<StatusParams>('datasan/status');
export interface StatusParams {
  uri: string;
  findings: number;
  /** Present when the file was not scanned, e.g. "larger than 50 MB". */
  skipped?: string;
  /** Present while a part of the scan (names) is still running. */
  pending?: string;
}

/** Client → server: scan these files from disk and publish their diagnostics. */
export const ScanFilesRequest = message<ScanFilesParams, ScanFilesResult>('datasan/scanFiles');
export interface ScanFilesParams {
  uris: string[];
}
export interface ScanFilesResult {
  files: number;
  findings: number;
  /** Files that could not be scanned, with a reason naming no value. */
  errors: { uri: string; message: string }[];
}

/** Client → server: the lines of a document shown in an editor; the names pass looks at them first. */
export const VisibleRangesNotification = message<VisibleRangesParams>('datasan/visibleRanges');
export interface VisibleRangesParams {
  uri: string;
  /** Zero-based [first, last] lines, inclusive. */
  ranges: [number, number][];
}

/** Client → server: forget diagnostics of files scanned from disk (before a new workspace scan). */
export const ClearWorkspaceScanNotification = message<void>('datasan/clearWorkspaceScan');

/**
 * Restricted Mode. The client says in initializationOptions whether the folder is trusted (`trusted: false`
 * keeps the folder's allow-list from hiding findings), and notifies when the user grants trust.
 */
export interface InitializationOptions {
  trusted?: boolean;
  /** "push": diagnostics are published even when the editor could pull them (VS Code's client asks so). */
  diagnosticMode?: 'push' | 'pull';
}
export const WorkspaceTrustedNotification = message<void>('datasan/workspaceTrusted');

/** Commands the server executes (workspace/executeCommand). */
export const Commands = {
  redactFile: 'datasan.server.redactFile',
  ignoreValue: 'datasan.server.ignoreValue',
  /** Streams a file from disk (any size) with progress and cancel; findings go to the Problems panel. */
  scanFromDisk: 'datasan.server.scanFromDisk',
  /** Streams a file to a redacted copy (args: { uri, output }); returns counts and the report. */
  redactToFile: 'datasan.server.redactToFile',
  /** The redaction report of a file as saved on disk (a dry run; args: { uri }). */
  report: 'datasan.server.report',
} as const;

export type CommandId = (typeof Commands)[keyof typeof Commands];

/** A file the command works on. */
export interface UriArgs {
  uri: string;
}

/** The outcome of a command that streams a file from disk; `error` names no value. */
export interface FileJobResult {
  error?: string;
  cancelled?: boolean;
}

export interface RedactToFileResult extends FileJobResult {
  redactions?: number;
  records?: number;
  report?: RedactionReport;
}

/** What each server command takes (its one argument) and gives back, for both sides. */
export interface CommandTypes {
  [Commands.redactFile]: { args: UriArgs; result: { redacted: number } | undefined };
  // biome-ignore lint/suspicious/noConfusingVoidType: the command answers nothing; its handler returns nothing.
  [Commands.ignoreValue]: { args: UriArgs & { version: number; start: number; end: number }; result: void };
  [Commands.scanFromDisk]: { args: UriArgs; result: FileJobResult & { findings?: number } };
  [Commands.redactToFile]: { args: UriArgs & { output: string }; result: RedactToFileResult };
  [Commands.report]: { args: UriArgs; result: RedactToFileResult };
}

/** Client → server: findings per file and entity, for the workspace report. */
export const WorkspaceSummaryRequest = message<void, WorkspaceSummary>('datasan/workspaceSummary');
export type { WorkspaceSummary };

export { DOCS_BASE, ruleDocFile, ruleDocUrl } from './engine/rule-docs';
