// `datasan report merge`: the reports of 8 shards redacted apart merge into the report of one run over the whole.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run, workspace } from './helpers';
import { comparable, writeShards } from './shards';

test('cli report merge: 8 shard reports merge to exactly the report of one run over the concatenated shards (JSON, Markdown, HTML)', () => {
  const dir = workspace({});
  const shards = writeShards(dir, 2400);
  const whole = run(['redact', 'all.jsonl', '-o', 'all.out.jsonl', '--pseudonym-key-file', 'datasan.key', '--report', 'all.json'], dir);
  assert.equal(whole.code, 0, whole.err);
  for (const ext of ['md', 'html']) assert.equal(run(['redact', 'all.jsonl', '-o', `all.${ext}.out`, '--pseudonym-key-file', 'datasan.key', '--report', `all.${ext}`], dir).code, 0);
  for (const s of shards) {
    const r = run(['redact', s, '-o', `${s}.out`, '--pseudonym-key-file', 'datasan.key', '--report', `${s}.json`], dir);
    assert.equal(r.code, 0, r.err);
  }
  const merged = run(['report', 'merge', ...shards.map((s) => `${s}.json`), '--json', 'total.json', '--md', 'total.md', '--html', 'total.html'], dir);
  assert.equal(merged.code, 0, merged.err);
  assert.match(merged.err, /merged 8 reports: [\d,]+ redactions in [\d,]+ records/);
  const read = (f: string) => readFileSync(join(dir, f), 'utf8');
  assert.equal(shards.map((s) => read(`${s}.out`)).join(''), read('all.out.jsonl'));

  const one = JSON.parse(read('all.json'));
  const total = JSON.parse(read('total.json'));
  assert.deepEqual(comparable(total), comparable(one));
  assert.equal(total.input.shards, 8);
  assert.equal(total.input.path, 'shard-00.jsonl … shard-07.jsonl');
  assert.equal(total.version, 2);
  // What the data was built to exercise: late records most affected, QA past record 1,000, lumped fields.
  assert.ok(one.mostAffected[0].record > 1400, `most affected record ${one.mostAffected[0].record}`);
  assert.equal(one.qa.kind, 'mixed');
  assert.ok(one.fields.some((f: { field: string }) => f.field === '(other fields)'));
  assert.ok(one.merge.fields.length > 500);
  assert.equal(one.totals.invalidRecords, 7);
  // The renderings differ only where the JSON may: the time and the input's name.
  const strip = (s: string) => s.replace(/\*\*Input:\*\* `[^`]*`|\*\*Generated:\*\*.*|<title>.*?<\/title>|<div class="sub"><code>[^<]*<\/code>|Generated [^<]* by/g, '');
  assert.equal(strip(read('total.md')), strip(read('all.md')));
  assert.equal(strip(read('total.html')), strip(read('all.html')));
  // A merged report merges again: halves of halves.
  assert.equal(run(['report', 'merge', ...shards.slice(0, 4).map((s) => `${s}.json`), '--json', 'a.json'], dir).code, 0);
  assert.equal(run(['report', 'merge', ...shards.slice(4).map((s) => `${s}.json`), '--json', 'b.json'], dir).code, 0);
  const nested = run(['report', 'merge', 'a.json', 'b.json'], dir);
  assert.equal(nested.code, 0, nested.err);
  assert.deepEqual(comparable(JSON.parse(nested.out)), comparable(one));
});

test('cli report merge: reports that do not belong together, or are not mergeable, are usage errors naming the file', () => {
  const dir = workspace({ 'a.jsonl': '{"t": "mail ann.lee@mail.com"}\n', 'b.jsonl': '{"t": "call +1 415 555 0100"}\n', 'x.json': '{"hello": 1}\n' });
  assert.equal(run(['redact', 'a.jsonl', '-o', 'a.out', '--report', 'a.json'], dir).code, 0);
  assert.equal(run(['redact', 'b.jsonl', '-o', 'b.out', '--style', 'mask', '--report', 'b.json'], dir).code, 0);
  const mixed = run(['report', 'merge', 'a.json', 'b.json'], dir);
  assert.equal(mixed.code, 2);
  assert.match(mixed.err, /^datasan: b\.json: redacted with other options than a\.json/);
  const old = JSON.parse(readFileSync(join(dir, 'a.json'), 'utf8'));
  old.version = 1;
  delete old.merge;
  writeFileSync(join(dir, 'old.json'), JSON.stringify(old));
  const v1 = run(['report', 'merge', 'a.json', 'old.json'], dir);
  assert.equal(v1.code, 2);
  assert.match(v1.err, /old\.json: a version 1 report \(from an older Datasan\) lacks the counts a merge needs/);
  assert.match(run(['report', 'merge', 'x.json'], dir).err, /x\.json: not a Datasan redaction report/);
  assert.match(run(['report', 'merge', 'none.json'], dir).err, /none\.json: file not found/);
  assert.equal(run(['report', 'merge'], dir).code, 2);
  assert.equal(run(['report', 'split', 'a.json'], dir).code, 2);
});
