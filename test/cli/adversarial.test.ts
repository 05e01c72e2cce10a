// Hostile but real dataset content through the CLI: a tokenized record (30,000 token ids as text) and other
// long digit clusters, which once threw "Maximum call stack size exceeded" in the national detector and
// lost the whole file ("cannot read", exit 2) or stopped redact/repair with "internal error".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { run, workspace } from './helpers';

/** A tokenizer's output as a pre-training dump stores it: GPT-2 ids joined by spaces, deterministic. */
const tokenIds = (n: number) => Array.from({ length: n }, (_, i) => (i * 7919 + 13) % 50257).join(' ');

const RECORDS = [
  { text: 'Contact Jane at jane.doe@gmail.com for the shard.', input_ids: tokenIds(30_000) },
  { text: 'Serial 1-1-1 run', notes: '1-'.repeat(70_000) + '1', versions: '1.'.repeat(70_000) + '1' },
  { text: 'IBAN-like padding', blob: 'DE00 '.repeat(30_000), cards: '4111 1111 1111 1111 '.repeat(8_000), ssns: '078-05-1120 '.repeat(12_000) },
  { text: 'write to bob.smith@outlook.com' },
];
const DATA = RECORDS.map((r) => JSON.stringify(r)).join('\n') + '\n';

test('cli: a JSONL record holding 30,000 token ids (and other long digit clusters) is scanned, with the records around it', () => {
  const dir = workspace({ 'tokens.jsonl': DATA });
  const r = run(['scan', '--format', 'json', 'tokens.jsonl'], dir);
  assert.equal(r.code, 1, r.err);
  const file = JSON.parse(r.out).files[0];
  assert.deepEqual(file.errors, []);
  const emails = file.findings.filter((f: { entity: string }) => f.entity === 'EMAIL_ADDRESS').map((f: { range: { start: { line: number } } }) => f.range.start.line);
  assert.deepEqual(emails, [0, 3], 'the emails of the first and last records');
  assert.deepEqual(file.notices.filter((n: { rule: string }) => n.rule === 'engine/detector-failed'), []);
});

test('cli: redact and repair go through a file of long digit clusters', () => {
  const dir = workspace({ 'tokens.jsonl': DATA });
  const red = run(['redact', 'tokens.jsonl', '-o', 'out.jsonl', '--no-names'], dir);
  assert.equal(red.code, 0, red.err);
  const out = readFileSync(join(dir, 'out.jsonl'), 'utf8').split('\n');
  assert.equal(out.length, RECORDS.length + 1);
  const first = JSON.parse(out[0]);
  assert.equal(first.text, 'Contact Jane at [EMAIL_ADDRESS] for the shard.');
  assert.equal(first.input_ids, RECORDS[0].input_ids, 'the token ids are kept');
  assert.equal(JSON.parse(out[3]).text, 'write to [EMAIL_ADDRESS]');
  const rep = run(['repair', 'tokens.jsonl', '-o', 'kept.jsonl', '--max-redactions', '0', '--no-names'], dir);
  assert.equal(rep.code, 0, rep.err);
  assert.match(rep.err, /kept \d+ of 4 records/);
});
