// Custom rules in the editor: the workspace's .datasan/rules.json and the datasan.customRules setting.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { NO_NAMES, serverForTests } from './session';

const { client, root, rootUri } = serverForTests('custom-rules', {
  ...NO_NAMES,
  customRules: [{ id: 'ticket', entity: 'TICKET_ID', pattern: '\\bTCK-\\d{4}\\b', severity: 'information' }, { id: 'slow', entity: 'SLOW', pattern: '(a|a)*b' }],
});
const TEXT = '{"text":"employee EMP-123456 opened TCK-0042"}\n';
const codes = (diags: { code?: string | number }[]) => diags.map((d) => String(d.code)).filter((c) => c.startsWith('custom/'));

test('lsp custom rules: the setting works, a catastrophic pattern is named in a warning and left out', async () => {
  const diags = await client.open(`${rootUri}/a.jsonl`, 'jsonl', TEXT);
  assert.deepEqual(codes(diags), ['custom/ticket']);
  const d = diags.find((x) => x.code === 'custom/ticket')!;
  assert.equal(d.severity, 3);
  assert.equal(d.message, 'Ticket id');
  assert.match(d.codeDescription!.href, /docs\/rules\/custom\.md$/);
  assert.ok(client.shown.some((m) => /custom rule 2 "slow" "pattern" could take too long to match/.test(m)), client.shown.join('\n'));
});

test('lsp custom rules: the workspace rules file is read when it changes, its rules before the setting\'s', async () => {
  mkdirSync(join(root, '.datasan'), { recursive: true });
  const file = join(root, '.datasan', 'rules.json');
  writeFileSync(file, JSON.stringify({ rules: [{ id: 'employee-id', entity: 'EMPLOYEE_ID', pattern: '\\bEMP-\\d{6}\\b' }] }));
  const uri = `${rootUri}/a.jsonl`;
  const next = client.nextDiagnostics(uri);
  await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(file).href, type: 1 }] });
  assert.deepEqual(codes(await next), ['custom/employee-id', 'custom/ticket']);
  const actions = await client.codeActions(uri, (await next).find((x) => x.code === 'custom/employee-id')!.range, [(await next)[0]]);
  assert.equal(actions[0].title, 'Redact this employee id');
});
