// The editor shows what the CLI finds: for every fixture under test/fixtures, the diagnostics the server
// publishes last (after the names pass) are what `datasan scan --format json` reports, rule for rule and
// range for range, with the same severities.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from './client';
import { serverForTests } from './session';
import { run } from '../cli/helpers';

const FIXTURES = join(__dirname, '..', 'fixtures');
/** The language ids VS Code gives these files. */
const LANGUAGE: Record<string, string> = { '.jsonl': 'jsonl', '.json': 'json', '.csv': 'csv', '.tsv': 'tsv', '.md': 'markdown', '.txt': 'plaintext' };
const SEVERITY = ['', 'error', 'warning', 'information', 'hint'];

const fixtures = readdirSync(FIXTURES, { recursive: true, encoding: 'utf8' })
  .filter((p) => LANGUAGE[extname(p)])
  .sort()
  .map((p) => join(FIXTURES, p));

// Default settings: the names pass runs, so each document is published twice.
const { client, root } = serverForTests('parity', {});

type Range = Diagnostic['range'];
interface Reported {
  rule: string;
  range: Range;
  severity?: string;
}
type Report = { path: string; findings: Reported[]; notices?: Reported[]; errors: string[] };

// One CLI run over every fixture, from a folder without settings or an allow-list.
const cli = new Map<string, Reported[]>();
function cliReport(path: string): Reported[] {
  if (!cli.size) {
    const r = run(['scan', '--format', 'json', ...fixtures], root);
    assert.ok(r.code === 0 || r.code === 1, r.err);
    for (const f of (JSON.parse(r.out) as { files: Report[] }).files) {
      assert.deepEqual(f.errors, [], f.path);
      cli.set(resolve(root, f.path), [...f.findings, ...(f.notices ?? [])]);
    }
  }
  const found = cli.get(path);
  assert.ok(found, `the CLI did not report ${path}`);
  return found;
}

const key = (rule: string, r: Range) => `${rule} ${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
const keys = (xs: Reported[]) => xs.map((x) => key(x.rule, x.range)).sort();
const fromDiagnostics = (ds: Diagnostic[]): Reported[] => ds.map((d) => ({ rule: String(d.code), range: d.range, severity: SEVERITY[d.severity ?? 0] }));

const opened = new Map<string, Promise<Diagnostic[]>>();
/** Opens a file (once) as VS Code would and resolves with the diagnostics published once every pass is done. */
function finalDiagnostics(path: string): Promise<Diagnostic[]> {
  let settled = opened.get(path);
  if (!settled) {
    const uri = pathToFileURL(path).href;
    settled = client.nextSettled(uri);
    opened.set(path, settled);
    void client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: LANGUAGE[extname(path)], version: 1, text: readFileSync(path, 'utf8') } });
  }
  return settled;
}

test('parity: the fixtures cover datasets in every format and model cards', () => {
  const exts = new Set(fixtures.map((p) => extname(p)));
  for (const ext of ['.jsonl', '.csv', '.md', '.txt']) assert.ok(exts.has(ext), `no ${ext} fixture`);
  assert.ok(fixtures.filter((p) => p.includes('/license/') || p.includes('/cards/')).length > 10);
});

for (const path of fixtures) {
  test(`parity: ${path.slice(FIXTURES.length + 1)} — the final diagnostics are the CLI's findings`, async () => {
    const lsp = fromDiagnostics(await finalDiagnostics(path));
    const expected = cliReport(path);
    assert.deepEqual(keys(lsp), keys(expected));
    // Notices carry no severity in the CLI's report; findings do, and the editor shows the same.
    const severity = new Map(lsp.map((d) => [key(d.rule, d.range), d.severity]));
    for (const f of expected) if (f.severity) assert.equal(severity.get(key(f.rule, f.range)), f.severity, key(f.rule, f.range));
  });
}

test('parity: on a Llama 4 fine-tune card under apache-2.0, license-link and notice stay after the names pass, with their fixes', async () => {
  const path = join(FIXTURES, 'cards', 'llama4-finetune-apache.md');
  const uri = pathToFileURL(path).href;
  const diags = await finalDiagnostics(path);
  assert.ok(diags.some((d) => d.code === 'pii/person'), 'the names pass ran');
  for (const rule of ['llama/license-link', 'llama/notice']) {
    const d = diags.find((x) => x.code === rule);
    assert.ok(d, `${rule} is missing from ${JSON.stringify(diags.map((x) => x.code))}`);
    const actions = await client.codeActions(uri, d.range, [d]);
    assert.ok(actions.some((a) => a.edit), `no quick fix for ${rule}: ${JSON.stringify(actions.map((a) => a.title))}`);
  }
});
