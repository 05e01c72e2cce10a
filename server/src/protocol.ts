// Messages between the client and the server, typed once for both sides (no runtime imports).

export const SECTION = 'datasan';

/** Server → client: a document's finding count, or why it was not scanned. */
export const StatusNotification = 'datasan/status';
export interface StatusParams {
  uri: string;
  findings: number;
  /** Present when the file was not scanned, e.g. "larger than 50 MB". */
  skipped?: string;
  /** Present while a part of the scan (names) is still running. */
  pending?: string;
}

/** Client → server: scan these files from disk and publish their diagnostics. */
export const ScanFilesRequest = 'datasan/scanFiles';
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
export const VisibleRangesNotification = 'datasan/visibleRanges';
export interface VisibleRangesParams {
  uri: string;
  /** Zero-based [first, last] lines, inclusive. */
  ranges: [number, number][];
}

/** Client → server: forget diagnostics of files scanned from disk (before a new workspace scan). */
export const ClearWorkspaceScanNotification = 'datasan/clearWorkspaceScan';

/**
 * Restricted Mode. The client says in initializationOptions whether the folder is trusted (`trusted: false`
 * keeps the folder's allow-list from hiding findings), and notifies when the user grants trust.
 */
export interface InitializationOptions {
  trusted?: boolean;
}
export const WorkspaceTrustedNotification = 'datasan/workspaceTrusted';

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

/** Client → server: findings per file and entity, for the workspace report. */
export const WorkspaceSummaryRequest = 'datasan/workspaceSummary';
export interface WorkspaceSummary {
  files: { uri: string; findings: number; entities: Record<string, number> }[];
}

/** Rule documentation, linked from every diagnostic. */
export const DOCS_BASE = 'https://github.com/datasan-dev/datasan/blob/main/docs/rules/';
export function ruleDocUrl(rule: string): string {
  return DOCS_BASE + ruleDocFile(rule);
}

/** The rule's page under docs/rules/: one per rule, national identifiers share one table, custom rules one page. */
export function ruleDocFile(rule: string): string {
  if (rule.startsWith('custom/')) return 'custom.md';
  return rule.startsWith('pii/national/') ? 'national.md' : `${rule.replace(/\//g, '-')}.md`;
}
