// The server's side of the messages typed in protocol.ts: handlers are checked against their declaration.
import type { CancellationToken, Connection } from 'vscode-languageserver';
import type { CommandId, CommandTypes, Message } from '../protocol';

export function onRequest<P, R>(connection: Connection, m: Message<P, R>, handler: (params: P, token: CancellationToken) => R | Promise<R>): void {
  // The generic overload's result type is conditional on R; the declaration above is the check that matters.
  connection.onRequest(m.method, (params: P, token: CancellationToken): Promise<unknown> => Promise.resolve(handler(params, token)));
}

export function onNotification<P>(connection: Connection, m: Message<P>, handler: (params: P) => void | Promise<void>): void {
  connection.onNotification(m.method, handler);
}

export function sendNotification<P>(connection: Connection, m: Message<P>, params: P): Promise<void> {
  return connection.sendNotification(m.method, params);
}

/** One handler per command of protocol.ts's Commands: the compiler names a missing one. */
export type CommandHandlers = { [C in CommandId]: (args: CommandTypes[C]['args']) => Promise<CommandTypes[C]['result']> | CommandTypes[C]['result'] };

/** workspace/executeCommand, dispatched by command to its handler with its one argument. */
export function onCommands(connection: Connection, handlers: CommandHandlers): void {
  connection.onExecuteCommand((params) => {
    const handler = handlers[params.command as CommandId] as ((args: unknown) => unknown) | undefined;
    const arg = params.arguments?.[0];
    if (!handler || !arg || typeof arg !== 'object') return undefined;
    return handler(arg);
  });
}
