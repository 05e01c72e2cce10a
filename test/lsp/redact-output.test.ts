// "Redact to New File" writes with the CLI's rules: through a symbolic link to its file, never over a folder.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, existsSync, lstatSync, mkdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
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

test('lsp: "Redact to New File" runs the CLI\'s redact job: a new copy takes the input\'s mode, the input under another name is refused, Parquet is left to the CLI', async () => {
  const input = join(root, 'private.jsonl');
  writeFileSync(input, '{"q":"mail ann.lee@mail.com"}\n', { mode: 0o600 });
  chmodSync(input, 0o600);
  const r = await redactToFile(input, join(root, 'private.redacted.jsonl'));
  assert.equal(r.redactions, 1, r.error);
  assert.equal(statSync(join(root, 'private.redacted.jsonl')).mode & 0o777, 0o600);

  symlinkSync('private.jsonl', join(root, 'alias.jsonl'));
  const same = await redactToFile(input, join(root, 'alias.jsonl'));
  assert.equal(same.error, 'the output is the input; choose another file');
  assert.equal(readFileSync(input, 'utf8'), '{"q":"mail ann.lee@mail.com"}\n');

  writeFileSync(join(root, 'rows.parquet'), 'PAR1');
  const parquet = await redactToFile(join(root, 'rows.parquet'), join(root, 'rows.redacted.parquet'));
  assert.equal(parquet.error, 'Parquet files are redacted with the command line: datasan redact');
  assert.ok(!existsSync(join(root, 'rows.redacted.parquet')));
});
