// What the server says about a bad allow-list or a bad allow pattern: enough to fix it, never a value; and a
// pattern that would backtrack for ever is refused, not run; an untrusted folder's allow-list hides nothing
// (issue 13, items 8 and 10).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Allowlist, loadTeamKey } from '../../server/src/engine/allowlist';
import { NO_NAMES, serverForTests } from './session';
import { LspClient } from './client';

async function until<T>(what: string, get: () => T | undefined, timeoutMs = 20000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = get();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

const allowlistMessage = (c: LspClient) => c.logs.find((m) => m.includes('allowlist.json'));

const broken = serverForTests('allowlist-broken');
// Written before the server starts (serverForTests initializes it in a before hook).
mkdirSync(join(broken.root, '.datasan'));
writeFileSync(join(broken.root, '.datasan', 'allowlist.json'), '{\n  "salt": "3f9a",\n  "entries": [ "ann.lee@mail.com" "+1 415 555 0123" ]\n}\n');

test('lsp: a malformed allow-list is logged and shown by position and kind of error, without its content', async () => {
  const message = await until('the allow-list message', () => allowlistMessage(broken.client));
  assert.equal(message, 'Datasan: ignoring .datasan/allowlist.json line 3, column 35: not valid JSON (comma expected)');
  assert.deepEqual(broken.client.shown, [message]);
  for (const m of [...broken.client.logs, ...broken.client.shown]) assert.equal(/ann\.lee|415|3f9a/.test(m), false, m);
});

const PATTERNS = { ...NO_NAMES, allowPatterns: ['(a+)+$', '@mail\\.org$'] };
const hostile = serverForTests('allow-patterns', PATTERNS);

test('lsp: a catastrophic allow pattern does not hang the scan; it is refused with a message and the others still apply', async () => {
  const uri = `${hostile.rootUri}/contacts.txt`;
  const local = 'a'.repeat(48);
  const diags = await hostile.client.open(uri, 'plaintext', `write to ${local}@mail.com or bob@mail.org\n`);
  assert.deepEqual(
    diags.map((d) => d.range.start.character),
    [9],
    'the first address is reported (the refused pattern is not used); the second is still allowed by the other pattern',
  );
  const message = await until('the pattern message', () => hostile.client.shown.find((m) => m.includes('allowPatterns')));
  assert.match(message, /^Datasan: datasan\.allowPatterns\[0\] is not used: a repetition contains another repetition/);
  assert.equal(message.includes('a+'), true, 'the reason shows the shape in general terms');
  assert.equal(message.includes('(a+)+$'), false, 'the pattern itself is not quoted');
});

describe('lsp: Restricted Mode', () => {
  const root = mkdtempSync(join(tmpdir(), 'datasan-lsp-untrusted-'));
  const rootUri = pathToFileURL(root).href;
  const allowlist = Allowlist.empty().with('ann.lee@mail.com', 'EMAIL_ADDRESS').toJSON();
  mkdirSync(join(root, '.datasan'));
  writeFileSync(join(root, '.datasan', 'allowlist.json'), allowlist);
  const client = new LspClient();
  before(() => client.initialize(rootUri, NO_NAMES, undefined, { trusted: false }));
  after(() => client.close());

  test("the untrusted folder's allow-list hides nothing and is not written to, until the user trusts the folder", async () => {
    await until('the Restricted Mode message', () => client.shown.find((m) => m.startsWith('Datasan: Restricted Mode: .datasan/allowlist.json is not applied')));
    const uri = `${rootUri}/chat.txt`;
    const diags = await client.open(uri, 'plaintext', 'write to ann.lee@mail.com\n');
    assert.equal(diags.length, 1, 'the value the folder ignores is shown');
    const ignore = (await client.codeActions(uri, diags[0].range, diags)).find((a) => a.title === 'Ignore this value')!;
    await client.connection.sendRequest('workspace/executeCommand', ignore.command);
    assert.equal(readFileSync(join(root, '.datasan', 'allowlist.json'), 'utf8'), allowlist, 'the file is unchanged');
    const next = client.nextDiagnostics(uri);
    await client.connection.sendNotification('datasan/workspaceTrusted');
    assert.deepEqual(await next, [], 'trusted: the allow-list applies');
  });

  test('"Ignore this value" makes a user-level key, outside the folder, and fingerprints with it', async () => {
    const uri = `${rootUri}/more.txt`;
    const diags = await client.open(uri, 'plaintext', 'write to bob.ray@mail.org\n');
    const ignore = (await client.codeActions(uri, diags[0].range, diags)).find((a) => a.title === 'Ignore this value')!;
    const next = client.nextDiagnostics(uri);
    await client.connection.sendRequest('workspace/executeCommand', ignore.command);
    assert.deepEqual(await next, []);
    const keyFile = join(client.configHome, 'datasan', 'allowlist.key');
    assert.equal(statSync(keyFile).mode & 0o777, 0o600);
    const saved = JSON.parse(readFileSync(join(root, '.datasan', 'allowlist.json'), 'utf8'));
    assert.deepEqual(saved.entries.map((e: { scheme: string }) => e.scheme), ['scrypt', 'hmac-sha256'], 'the earlier entry is kept as it was');
    assert.equal(saved.entries[1].keyId, loadTeamKey({ XDG_CONFIG_HOME: client.configHome }, '/nonexistent')?.id);
    assert.ok(client.shown.some((m) => m.includes(keyFile) && m.includes('Share it with your team')), client.shown.join('\n'));
  });
});
