// "Redact to New File" writes with the CLI's rules: through a symbolic link to its file, never over a folder.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lstatSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { serverForTests } from './session';

const { client, root } = serverForTests('output');

const redactToFile = (input: string, output: string) =>
  client.connection.sendRequest('workspace/executeCommand', { command: 'datasan.server.redactToFile', arguments: [{ uri: pathToFileURL(input).href, output: pathToFileURL(output).href }] }) as Promise<{ redactions?: number; error?: string }>;

test('lsp: "Redact to New File" aimed at a symbolic link writes the file it points to and keeps the link; a folder is refused', async () => {
  const input = join(root, 'chats.jsonl');
  writeFileSync(input, '{"q":"mail ann.lee@mail.com"}\n');
  mkdirSync(join(root, 'clean'));
  writeFileSync(join(root, 'clean', 'chats.jsonl'), 'old\n');
  symlinkSync(join('clean', 'chats.jsonl'), join(root, 'chats.redacted.jsonl'));
  const r = await redactToFile(input, join(root, 'chats.redacted.jsonl'));
  assert.equal(r.redactions, 1, r.error);
  assert.ok(lstatSync(join(root, 'chats.redacted.jsonl')).isSymbolicLink());
  assert.equal(readFileSync(join(root, 'clean', 'chats.jsonl'), 'utf8'), '{"q":"mail [EMAIL_ADDRESS]"}\n');

  const folder = await redactToFile(input, join(root, 'clean'));
  assert.equal(folder.error, 'cannot write clean: is a folder');
  assert.ok(lstatSync(join(root, 'clean')).isDirectory());
});
