// The client's side of the messages typed in protocol.ts: what is sent and what comes back are checked
// against one declaration shared with the server.
import type * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { CommandId, CommandTypes, Message } from '../../server/src/protocol';

export function request<P, R>(client: LanguageClient, m: Message<P, R>, params: P, token?: vscode.CancellationToken): Promise<R> {
  return client.sendRequest<R>(m.method, params, token);
}

export function notify<P>(client: LanguageClient, m: Message<P>, ...params: P extends void ? [] : [P]): Promise<void> {
  return client.sendNotification(m.method, ...(params as [unknown]));
}

export function onNotification<P>(client: LanguageClient, m: Message<P>, handler: (params: P) => void): vscode.Disposable {
  return client.onNotification(m.method, handler);
}

/** Runs a server command (workspace/executeCommand) with its one argument. */
export function serverCommand<C extends CommandId>(client: LanguageClient, command: C, args: CommandTypes[C]['args']): Promise<CommandTypes[C]['result']> {
  return client.sendRequest('workspace/executeCommand', { command, arguments: [args] });
}
