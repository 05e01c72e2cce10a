// `datasan redact --batch`: many redactions in one process (the Dask recipe's workers keep one each). Every
// answer is the exit status the same `datasan redact` would have had, and every output is byte for byte the
// one a separate run writes; a bad line or a failing redaction is answered and the batch goes on.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { run, workspace } from './helpers';
import { comparable, writeShards } from './shards';

test('redact --batch: each line is one redaction, answered in order, outputs identical to separate runs', () => {
  const dir = workspace({});
  const shards = writeShards(dir, 900, 3);
  const args = (s: string, out: string) => [s, '-o', out, '--pseudonym-key-file', 'datasan.key', '--report', `${out}.json`];
  for (const s of shards) {
    const single = run(['redact', ...args(s, `single-${s}`)], dir);
    assert.equal(single.code, 0, single.err);
  }
  const lines = [
    JSON.stringify(args(shards[0], `batch-${shards[0]}`)),
    'not a list of arguments',
    JSON.stringify(['missing.jsonl', '-o', 'never.jsonl']),
    '',
    JSON.stringify(args(shards[1], `batch-${shards[1]}`)),
    JSON.stringify(['-', '-o', 'out.jsonl']),
    JSON.stringify([...args(shards[2], `batch-${shards[2]}`), '--style', 'mask']),
    JSON.stringify(args(shards[2], `batch-${shards[2]}`)),
  ];
  const r = run(['redact', '--batch'], dir, { input: `${lines.join('\n')}\n` });
  assert.equal(r.code, 0, r.err);
  const answers = r.out.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(answers.length, 7, 'one answer per non-blank line');
  assert.deepEqual(answers.map((a) => a.status), [0, 2, 2, 0, 2, 2, 0]);
  assert.match(answers[1].error, /line 2 is not JSON/);
  assert.match(answers[2].error, /missing\.jsonl/);
  assert.match(answers[4].error, /line 6: name files/);
  assert.match(answers[5].error, /--pseudonym-key-file goes with --style pseudonym/);
  assert.equal(answers[0].error, undefined);
  const read = (f: string) => readFileSync(join(dir, f));
  for (const s of shards) {
    assert.ok(read(`batch-${s}`).equals(read(`single-${s}`)), `${s}: the batch wrote another redaction than a separate run`);
    assert.deepEqual(comparable(JSON.parse(read(`batch-${s}.json`).toString())), comparable(JSON.parse(read(`single-${s}.json`).toString())));
  }
  assert.match(r.err, /redacted [\d,]+ values? in [\d,]+ records?/);
  assert.ok(!r.err.includes('@mail.com') && !r.out.includes('@mail.com'), 'a detected value reached the messages');
});

test('redact --batch takes no other arguments', () => {
  const r = run(['redact', '--batch', 'a.jsonl'], workspace({}));
  assert.equal(r.code, 2);
  assert.match(r.err, /--batch takes no other arguments/);
});
