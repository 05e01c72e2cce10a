// datasan.redaction.pseudonymKeyFile: the editor's quick fixes write the keyed tags `datasan redact --pseudonym-key-file` writes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { applyTextEdits } from './client';
import { serverForTests } from './session';

const { client, root, rootUri } = serverForTests('pseudonym-key', { names: { enable: false }, redaction: { style: 'pseudonym', pseudonymKeyFile: 'team.key' } });
const TEXT = '{"a":"mail ann.lee@mail.com or bob@mail.org"}\n{"b":"ann.lee@mail.com again"}\n';

test('lsp pseudonym key: "Redact all PII" gives the keyed tags, byte for byte what the CLI writes with the key', async () => {
  writeFileSync(join(root, 'team.key'), '3f1c9a7e5b2d4c6e8a0b1d3f5e7c9a2b\n');
  // The key file is read with the settings: push them again now that it exists.
  await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
  const uri = `${rootUri}/d.jsonl`;
  const diags = await client.open(uri, 'jsonl', TEXT);
  const first = diags.find((d) => d.code === 'pii/email')!;
  const actions = await client.codeActions(uri, first.range, [first]);
  const all = actions.find((a) => a.title === 'Redact all PII in this file')!;
  const edited = applyTextEdits(TEXT, all.edit!.changes[uri]);
  assert.match(edited, /\[EMAIL_ADDRESS_[a-km-np-z2-9]{12}\]/);
  writeFileSync(join(root, 'd.jsonl'), TEXT);
  const cli = spawnSync(process.execPath, [join(__dirname, '..', '..', 'bin', 'datasan'), 'redact', '--no-names', '--pseudonym-key-file', 'team.key', 'd.jsonl', '-o', 'out.jsonl'], { cwd: root, encoding: 'utf8' });
  assert.equal(cli.status, 0, cli.stderr);
  assert.equal(edited, readFileSync(join(root, 'out.jsonl'), 'utf8'));
});
