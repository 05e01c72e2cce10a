// The report of a scan of several files, in each format, is the one written before findings were
// streamed (test/fixtures/scan-output holds that output), and valid against its schema.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import AjvDraft4 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { run, workspace } from './helpers';

const FIXTURES = join(__dirname, '..', 'fixtures', 'scan-output');
const validateJson = new Ajv({ allErrors: true }).compile(JSON.parse(readFileSync(join(__dirname, 'scan-output.schema.json'), 'utf8')));
const sarifAjv = new AjvDraft4({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(sarifAjv);
const validateSarif = sarifAjv.compile(JSON.parse(readFileSync(join(__dirname, 'sarif-schema-2.1.0.json'), 'utf8')));

// JSONL with a BOM, CRLF, an invalid line and a blank one; paragraphs of text; CSV rows; JSON; a model card.
const FILES = {
  'data/train.jsonl': '\uFEFF{"q":"mail ann.lee@mail.com"}\r\n{"a":"café bob@mail.org and bob@mail.org, card 4111 1111 1111 1111"}\n{"broken\n\n{"t":"call +1 415 555 0132 or ssn 123-45-6789"}\n',
  'data/my notes #1.txt': 'Dear team,\nwrite to bob@mail.org about\nthe AKIAIOSFODNN7EXAMPL3 key.\n\nSecond para: ann.lee@mail.com\r\n',
  'data/people.csv': 'name,email,phone\nAnn,ann.lee@mail.com,+1 415 555 0132\nBob,bob@mail.org,\n',
  'data/x.json': '{"users":[{"email":"cy.dee@mail.net"}]}',
  'cards/README.md': '---\nbase_model: meta-llama/Llama-3.1-8B\nlicense: llama3.1\n---\n# My model\nContact ann.lee@mail.com\n',
  'clean.md': '# Nothing\n',
};
const expected = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

test('scan output: json, sarif and text of a multi-file scan are what they were, and valid', () => {
  const dir = workspace(FILES);
  for (const [format, file] of [['json', 'expected.json'], ['sarif', 'expected.sarif'], ['text', 'expected.txt']]) {
    const r = run(['scan', '--format', format, '.', 'gone.jsonl'], dir, { env: { NO_COLOR: '1' } });
    // Findings, but a file named was not scanned: exit 2 after the report.
    assert.equal(r.code, 2, r.err);
    // The version is the package's, whatever it was when the fixture was written.
    const anyVersion = (s: string) => s.replace(/"semanticVersion": "[^"]*"/, '"semanticVersion": "*"');
    assert.equal(anyVersion(r.out), anyVersion(expected(file)), `${format} output changed`);
  }
  const json = JSON.parse(expected('expected.json')) as { files: { path: string; findings: { rule: string; range: { start: { line: number } } }[]; errors: string[] }[] };
  assert.ok(validateJson(JSON.parse(expected('expected.json'))), JSON.stringify(validateJson.errors));
  assert.ok(validateSarif(JSON.parse(expected('expected.sarif'))), JSON.stringify(validateSarif.errors));
  assert.deepEqual(
    json.files.map((f) => [f.path, f.findings.map((x) => `${x.range.start.line + 1}:${x.rule}`).join(' '), f.errors.length]),
    [
      ['cards/README.md', '5:llama/built-with 5:llama/license-link 5:llama/name-prefix 5:llama/notice 6:pii/email', 0],
      ['clean.md', '', 0],
      ['data/my notes #1.txt', '2:pii/email 3:secret/aws 5:pii/email', 0],
      ['data/people.csv', '2:pii/person 2:pii/email 2:pii/phone 3:pii/email', 0],
      ['data/train.jsonl', '1:pii/email 2:pii/email 2:pii/email 2:pii/credit-card 5:pii/phone', 0],
      ['data/x.json', '1:pii/email', 0],
      ['gone.jsonl', '', 1],
    ],
  );
});

test('scan output: --show-values gives each value, from the stretch of the file it was found in', () => {
  const dir = workspace(FILES);
  const r = run(['scan', '--format', 'json', '--show-values', '--no-names', '.'], dir);
  assert.equal(r.out, expected('expected-values.json'));
  const values = JSON.parse(r.out).files.flatMap((f: { findings: { value?: string }[] }) => f.findings.map((x) => x.value));
  assert.deepEqual(values.slice(4), [
    ...['ann.lee@mail.com', 'bob@mail.org', 'AKIAIOSFODNN7EXAMPL3', 'ann.lee@mail.com'],
    ...['ann.lee@mail.com', '+1 415 555 0132', 'bob@mail.org'],
    ...['ann.lee@mail.com', 'bob@mail.org', 'bob@mail.org', '4111 1111 1111 1111', '+1 415 555 0132'],
    'cy.dee@mail.net',
  ]);
});
