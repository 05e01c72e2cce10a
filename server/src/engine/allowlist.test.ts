import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, scryptSync } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Allowlist, AllowlistError, allowlistErrorMessage, createTeamKey, DEFAULT_SCRYPT, loadTeamKey, type TeamKey } from './allowlist';

const SSN = '123-45-6789';
const oldFingerprint = (salt: string, value: string) => createHash('sha256').update(salt).update('\u0000').update(value).digest('hex');
const key = (text: string): TeamKey => loadTeamKey({ DATASAN_ALLOWLIST_KEY: text }, '/nonexistent')!;

test('allowlist: a new entry is a scrypt fingerprint under the stored parameters, not the old salted SHA-256', () => {
  const list = Allowlist.empty().with(SSN, 'US_SSN');
  const file = JSON.parse(list.toJSON());
  assert.equal(file.version, 2);
  assert.deepEqual(file.scrypt, DEFAULT_SCRYPT);
  assert.equal(file.entries.length, 1);
  const [entry] = file.entries;
  assert.equal(entry.scheme, 'scrypt');
  assert.equal(entry.entity, 'US_SSN');
  // What an attacker with the file would try first no longer matches.
  assert.notEqual(entry.fingerprint, oldFingerprint(file.salt, SSN));
  // It is scrypt with the parameters in the file, so a guess costs what the file says.
  const { N, r, p } = file.scrypt;
  assert.equal(entry.fingerprint, scryptSync(SSN, file.salt, 32, { N, r, p, maxmem: 64 << 20 }).toString('hex'));
  assert.equal(list.toJSON().includes('6789'), false);
});

test('allowlist: matching works after a round trip through the file, for the kind the value was ignored as', () => {
  const list = Allowlist.parse(Allowlist.empty().with(SSN, 'US_SSN').with('ann@mail.com', 'EMAIL_ADDRESS').toJSON());
  assert.equal(list.has(SSN, 'US_SSN'), true);
  assert.equal(list.has('ann@mail.com', 'EMAIL_ADDRESS'), true);
  assert.equal(list.has('\u0061nn@mail.com'.normalize('NFD'), 'EMAIL_ADDRESS'), true);
  assert.equal(list.has('123-45-6780', 'US_SSN'), false);
  // Findings of another kind do not pay for a scrypt of this one…
  assert.equal(list.has(SSN, 'PHONE_NUMBER'), false);
  // …while a caller that does not know the kind tries every entry.
  assert.equal(list.has(SSN), true);
  assert.equal(list.with(SSN, 'US_SSN').size, 2, 'adding an ignored value again changes nothing');
});

test('allowlist: a version 1 file keeps working, with a warning that names neither value nor fingerprint', () => {
  const salt = 'a'.repeat(32);
  const fp = oldFingerprint(salt, SSN);
  const v1 = JSON.stringify({ version: 1, salt, entries: [{ fingerprint: fp, entity: 'US_SSN', added: '2026-01-01T00:00:00.000Z' }] });
  const list = Allowlist.parse(v1);
  assert.equal(list.has(SSN, 'US_SSN'), true);
  const [w] = list.warnings();
  assert.match(w, /1 entry .* old SHA-256 fingerprint/);
  assert.match(w, /still applies/);
  assert.equal(w.includes(fp) || w.includes(SSN), false);
  // Saved again (after a new "Ignore this value"), the old entry is kept, marked, and new ones use scrypt.
  const saved = JSON.parse(list.with('ann@mail.com', 'EMAIL_ADDRESS').toJSON());
  assert.deepEqual(saved.entries.map((e: { scheme: string }) => e.scheme), ['sha256', 'scrypt']);
  assert.equal(Allowlist.parse(JSON.stringify(saved)).has(SSN, 'US_SSN'), true);
});

test('allowlist: with a team key, entries are HMACs that only the same key matches, and the others are told why', () => {
  const team = key('0123456789abcdef0123456789abcdef');
  const json = Allowlist.empty(team).with(SSN, 'US_SSN').toJSON();
  const entry = JSON.parse(json).entries[0];
  assert.equal(entry.scheme, 'hmac-sha256');
  assert.equal(entry.keyId, team.id);
  assert.notEqual(entry.fingerprint, oldFingerprint(JSON.parse(json).salt, SSN), 'not the old salted SHA-256 either');
  assert.equal(json.includes(team.id) && !json.includes('0123456789abcdef'), true, 'the key id is stored, never the key');
  assert.equal(Allowlist.parse(json, key('0123456789abcdef0123456789abcdef')).has(SSN, 'US_SSN'), true);
  for (const other of [undefined, key('another key, also long enough')]) {
    const list = Allowlist.parse(json, other);
    assert.equal(list.has(SSN, 'US_SSN'), false);
    assert.match(list.warnings().join('\n'), /1 entry .* team key .* does not apply/);
  }
});

test('allowlist: a malformed file is reported by kind and position, never quoting its content', () => {
  const text = '{\n  "salt": "abc",\n  "entries": [ "ann.lee@mail.com" "123-45-6789" ]\n}';
  assert.throws(() => Allowlist.parse(text), (e: Error) => allowlistErrorMessage(e) === '.datasan/allowlist.json line 3, column 35: not valid JSON (comma expected)');
  assert.throws(() => Allowlist.parse('"123-45-6789"'), (e: Error) => allowlistErrorMessage(e) === '.datasan/allowlist.json: not a Datasan allow-list (it needs an object with "salt" and "entries")');
  assert.equal(allowlistErrorMessage(new TypeError('x.entries is not iterable')), '.datasan/allowlist.json: it could not be read (TypeError)', "never JavaScript's words");
  assert.throws(() => Allowlist.parse('{"version":3,"salt":"s","entries":[]}'), /version 3/);
});

test('allowlist: scrypt parameters from the repository are bounded (a hostile file cannot exhaust memory or hang)', () => {
  const file = (scrypt: unknown) => JSON.stringify({ version: 2, salt: 's', scrypt, entries: [] });
  for (const bad of [{ N: 1 << 24, r: 8, p: 1 }, { N: 1 << 14, r: 64, p: 1 }, { N: 1000, r: 8, p: 1 }, { N: 1 << 14, r: 8, p: 1000 }, undefined]) {
    assert.throws(() => Allowlist.parse(file(bad)), AllowlistError, JSON.stringify(bad));
  }
  assert.equal(Allowlist.parse(file({ N: 1 << 15, r: 8, p: 1 })).file.scrypt.N, 1 << 15);
});

test('allowlist: the team key comes from DATASAN_ALLOWLIST_KEY, else the user-level key file; a short key is refused', () => {
  const home = mkdtempSync(join(tmpdir(), 'datasan-key-'));
  assert.equal(loadTeamKey({}, home), undefined);
  mkdirSync(join(home, '.config', 'datasan'), { recursive: true });
  writeFileSync(join(home, '.config', 'datasan', 'allowlist.key'), '0123456789abcdef0123456789abcdef\n');
  const fromFile = loadTeamKey({}, home)!;
  assert.equal(fromFile.id, key('0123456789abcdef0123456789abcdef').id, 'the file, trimmed, is the same key');
  assert.notEqual(loadTeamKey({ DATASAN_ALLOWLIST_KEY: 'the variable wins over the file' }, home)!.id, fromFile.id);
  assert.throws(() => loadTeamKey({ DATASAN_ALLOWLIST_KEY: 'short' }, home), (e: Error) => allowlistErrorMessage(e).startsWith('DATASAN_ALLOWLIST_KEY: the allow-list key is too short'));
});

test('allowlist: the first key is made in the user-level key file, readable by its owner only, and kept', () => {
  const config = mkdtempSync(join(tmpdir(), 'datasan-config-'));
  const env = { XDG_CONFIG_HOME: config };
  const made = createTeamKey(env);
  const path = join(config, 'datasan', 'allowlist.key');
  assert.equal(statSync(path).mode & 0o777, 0o600);
  assert.match(readFileSync(path, 'utf8'), /^[0-9a-f]{64}\n$/);
  assert.equal(createTeamKey(env).id, made.id, 'a second call keeps the key');
  assert.equal(loadTeamKey(env)!.id, made.id);
  const list = Allowlist.empty().withKey(made).with(SSN, 'US_SSN');
  assert.equal(list.file.entries[0].scheme, 'hmac-sha256');
});
