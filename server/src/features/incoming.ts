// Checks on what a client sends before the document store sees it. A notification has no response, so a
// malformed one is dropped with a log line that says what was wrong with it; the line names fields and
// methods, never a document's text. (A didOpen without text once crashed the server: the document store
// kept an undefined text and the scan after it threw.)
import type { Connection } from 'vscode-languageserver';

type Check = (params: unknown) => string | undefined;

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isCount = (x: unknown) => Number.isInteger(x) && (x as number) >= 0;
const isPosition = (p: unknown) => isObject(p) && isCount(p.line) && isCount(p.character);
const isRange = (r: unknown) => isObject(r) && isPosition(r.start) && isPosition(r.end);

/** The problem with a params object's textDocument (a uri at least; `more` checks the rest), if any. */
function textDocumentProblem(params: unknown, more?: (td: Record<string, unknown>) => string | undefined): string | undefined {
  if (!isObject(params)) return 'no parameters object';
  const td = params.textDocument;
  if (!isObject(td)) return 'no textDocument';
  if (typeof td.uri !== 'string' || td.uri === '') return 'textDocument.uri is not a string';
  return more?.(td);
}

export const checkDidOpen: Check = (params) =>
  textDocumentProblem(params, (td) => {
    if (typeof td.text !== 'string') return 'textDocument.text is not a string';
    if (typeof td.languageId !== 'string') return 'textDocument.languageId is not a string';
    if (!Number.isInteger(td.version)) return 'textDocument.version is not an integer';
    return undefined;
  });

export const checkDidChange: Check = (params) =>
  textDocumentProblem(params, (td) => {
    if (!Number.isInteger(td.version)) return 'textDocument.version is not an integer';
    const changes = (params as Record<string, unknown>).contentChanges;
    if (!Array.isArray(changes)) return 'contentChanges is not a list';
    for (let i = 0; i < changes.length; i++) {
      const c: unknown = changes[i];
      if (!isObject(c) || typeof c.text !== 'string') return `contentChanges[${i}].text is not a string`;
      if ('range' in c && c.range !== undefined && !isRange(c.range)) return `contentChanges[${i}].range is not a range of non-negative integer positions`;
    }
    return undefined;
  });

export const checkTextDocument: Check = (params) => textDocumentProblem(params);

const CHECKS: Record<string, [method: string, check: Check]> = {
  onDidOpenTextDocument: ['textDocument/didOpen', checkDidOpen],
  onDidChangeTextDocument: ['textDocument/didChange', checkDidChange],
  onDidCloseTextDocument: ['textDocument/didClose', checkTextDocument],
  onWillSaveTextDocument: ['textDocument/willSave', checkTextDocument],
  onWillSaveTextDocumentWaitUntil: ['textDocument/willSaveWaitUntil', checkTextDocument],
  onDidSaveTextDocument: ['textDocument/didSave', checkTextDocument],
};

/**
 * The connection as the document store should listen to it: its text document handlers run only for
 * well-formed notifications; others are logged and dropped (a will-save-wait-until request gets no edits).
 */
export function checkedDocumentEvents(connection: Connection, log: (message: string) => void): Connection {
  return new Proxy(connection, {
    get(target, prop, receiver) {
      const entry = typeof prop === 'string' ? CHECKS[prop] : undefined;
      if (!entry) return Reflect.get(target, prop, receiver);
      const [method, check] = entry;
      const register = Reflect.get(target, prop, receiver) as (handler: (params: unknown) => unknown) => unknown;
      return (handler: (params: unknown) => unknown) =>
        register.call(target, (params: unknown) => {
          const problem = check(params);
          if (problem === undefined) return handler(params);
          log(`Datasan: ignored a malformed ${method} notification (${problem}).`);
          return method === 'textDocument/willSaveWaitUntil' ? [] : undefined;
        });
    },
  });
}

/** The file changes of a workspace/didChangeWatchedFiles notification that name a uri; [] for anything else. */
export function watchedFileUris(params: unknown): string[] {
  const changes = isObject(params) ? params.changes : undefined;
  if (!Array.isArray(changes)) return [];
  return changes.flatMap((c: unknown) => (isObject(c) && typeof c.uri === 'string' ? [c.uri] : []));
}
