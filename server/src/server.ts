// Wiring only: LSP connection ↔ the session (features/session.ts). Runs under VS Code (IPC) or any editor (--stdio).
import {
  createConnection,
  DidChangeConfigurationNotification,
  DocumentDiagnosticReportKind,
  LSPErrorCodes,
  ResponseError,
  ProposedFeatures,
  TextDocuments,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ClearWorkspaceScanNotification, ScanFilesRequest, SECTION, VisibleRangesNotification, WorkspaceSummaryRequest, WorkspaceTrustedNotification } from './protocol';
import { onCommands, onNotification, onRequest } from './features/messages';
import { Session } from './features/session';
import { checkedDocumentEvents } from './features/incoming';
import { boundHeapGrowth } from './engine/memory';

boundHeapGrowth();
const connection = createConnection(ProposedFeatures.all);
// The last line of defence: an error that escaped every handler is logged by its kind (its message may quote
// a document) and the server goes on; the editor would otherwise lose every diagnostic.
const survive = (e: unknown) => connection.console.error(`Datasan: internal error (${e instanceof Error ? e.name : typeof e}); the server goes on.`);
process.on('uncaughtException', survive);
process.on('unhandledRejection', survive);
const log = (m: string) => connection.console.log(m);
// Content changes are also handed to the scans, so that JSONL documents rescan only edited lines.
const documents = new TextDocuments<TextDocument>({
  create: TextDocument.create,
  update: (doc, changes, version) => session.scans.update(doc, changes, version),
});
const session = new Session(connection, documents, log);

connection.onInitialize((params) => session.initialize(params));
connection.onInitialized(async () => {
  if (session.pullConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: SECTION });
  await session.initialized();
});
connection.onShutdown(() => session.names.dispose());
connection.onDidChangeConfiguration((change) => session.configurationChanged(change));
connection.onDidChangeWatchedFiles((change) => session.watchedFilesChanged(change));
onNotification(connection, WorkspaceTrustedNotification, () => session.trusted());

documents.onDidOpen((e) => session.scans.schedule(e.document, true));
documents.onDidChangeContent((e) => session.scans.schedule(e.document));
documents.onDidClose((e) => {
  session.scans.clear(e.document.uri);
  session.outlet.forget(e.document.uri);
});

connection.languages.diagnostics.on(async (params, token) => {
  const doc = documents.get(params.textDocument.uri);
  const items = doc ? await session.outlet.pull(doc.uri, doc.version, token) : [];
  if (!items) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
  return { kind: DocumentDiagnosticReportKind.Full, items };
});
connection.onCodeAction((params) => session.codeActions(params));
connection.onCompletion((params) => session.completion(params));
connection.onHover((params) => session.hover(params));
onCommands(connection, session.commands);
onRequest(connection, ScanFilesRequest, (p, token) => session.scanFiles(p, token));
onRequest(connection, WorkspaceSummaryRequest, () => session.summary());
onNotification(connection, ClearWorkspaceScanNotification, () => session.clearWorkspaceScan());
onNotification(connection, VisibleRangesNotification, (p) => session.visibleRanges(p));

documents.listen(checkedDocumentEvents(connection, log));
connection.listen();
