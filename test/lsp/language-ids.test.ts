// Editors other than VS Code name languages their own way: the server scans by the normalised id or,
// failing that, the file's extension.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serverForTests } from './session';

const { client, rootUri } = serverForTests('language-ids');

const JSONL = '{"text": "mail me at lena.fischer@posteo.de"}\n{"text": "no personal data"}\n';
const TEXT = 'Reach me at lena.fischer@posteo.de after six.\n';

const cases: [string, string, string, string][] = [
  // [file, language id sent, text, why]
  ['empty.jsonl', '', JSONL, 'Neovim 0.7 or no filetype'],
  ['neovim.txt', 'text', TEXT, "Neovim's id for plain text"],
  ['chat.ndjson', 'ndjson', JSONL, 'an ndjson id'],
  ['json-id.jsonl', 'json', JSONL, 'JSON Lines called json'],
  ['settings.json', 'jsonc', '{"owner": "lena.fischer@posteo.de"}\n', 'JSON with comments'],
  ['notes.csv', 'csv_semicolon', 'name,email\nLena,lena.fischer@posteo.de\n', 'an unknown id with a known extension'],
];

for (const [file, languageId, text, why] of cases) {
  test(`lsp language ids: ${file} opened as ${JSON.stringify(languageId)} (${why}) is scanned`, async () => {
    const uri = `${rootUri}/${file}`;
    const diags = await client.open(uri, languageId, text);
    const email = diags.filter((d) => d.code === 'pii/email');
    assert.equal(email.length, 1, JSON.stringify(diags.map((d) => d.code)));
    // JSON Lines is read line by line (no invalid-JSON notice, the finding on its own line).
    assert.deepEqual(diags.filter((d) => d.code?.startsWith('format/')), []);
    assert.equal(email[0].range.start.line, text.split('\n').findIndex((l) => l.includes('@')));
  });
}

test('lsp language ids: a language not in datasan.languages is still left alone', async () => {
  const diags = await client.open(`${rootUri}/train.py`, 'python', 'OWNER = "lena.fischer@posteo.de"\n');
  assert.deepEqual(diags, []);
});
