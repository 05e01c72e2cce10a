// datasan.locales not set: the editor's display language (InitializeParams.locale, which VS Code sends)
// picks the national identifiers, plus the default groups; a setting wins. Runs dist/server.js.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LspClient } from './client';
import { GENERATORS, seeded } from '../../server/src/testing/national-generators';

const CPF = GENERATORS.BR_CPF(seeded(4));
const AADHAAR = GENERATORS.IN_AADHAAR(seeded(3));
const TEXT = `CPF ${CPF}\nAadhaar ${AADHAAR}\nmail ann@mail.com\n`;

/**
 * A server initialized as VS Code does, with `locale` and the given `datasan` settings, that has read them
 * (the settings are pulled after initialization); returns the rules it reports in TEXT.
 */
async function rulesFound(locale: string, settings: Record<string, unknown>): Promise<string[]> {
  const client = new LspClient();
  try {
    client.settings = settings;
    let pulled!: () => void;
    const configured = new Promise<void>((r) => (pulled = r));
    client.connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => {
      setImmediate(pulled);
      return p.items.map(() => settings);
    });
    await client.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      locale,
      capabilities: { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } } },
    });
    await client.connection.sendNotification('initialized', {});
    await configured;
    const diags = await client.open(`file:///locale-${locale}-${Object.keys(settings).join('-')}.txt`, 'plaintext', TEXT);
    return diags.map((d) => String(d.code)).sort();
  } finally {
    await client.close();
  }
}

const NO_NAMES = { names: { enable: false } };

test('lsp: locales not set, editor in pt-br: a valid CPF is found', async () => {
  const rules = await rulesFound('pt-br', NO_NAMES);
  assert.ok(rules.includes('pii/national/br-cpf'), rules.join(' '));
  assert.ok(rules.includes('pii/email'));
  assert.ok(!rules.includes('pii/national/in-aadhaar'), 'India is not among pt-br\'s groups nor the defaults');
});

test('lsp: locales not set, editor in en: no CPF', async () => {
  const rules = await rulesFound('en', NO_NAMES);
  assert.ok(!rules.includes('pii/national/br-cpf'), rules.join(' '));
  assert.ok(rules.includes('pii/email'), 'the scan ran');
});

test('lsp: the null default VS Code sends for an unset setting counts as not set', async () => {
  const rules = await rulesFound('pt-BR', { ...NO_NAMES, locales: null });
  assert.ok(rules.includes('pii/national/br-cpf'), rules.join(' '));
});

test('lsp: an explicit datasan.locales wins over the editor language', async () => {
  const rules = await rulesFound('pt-br', { ...NO_NAMES, locales: ['in'] });
  assert.ok(!rules.includes('pii/national/br-cpf'), rules.join(' '));
  assert.ok(rules.includes('pii/national/in-aadhaar'), rules.join(' '));
  assert.deepEqual(
    (await rulesFound('pt-br', { ...NO_NAMES, locales: [] })).filter((r) => r.startsWith('pii/national/')),
    [],
    '[] turns every national identifier off',
  );
});
