// `datasan redact --pseudonym-key-file`: shards redacted apart give, together, exactly the redaction of the whole.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { run, workspace } from './helpers';

const RECORDS = Array.from({ length: 40 }, (_, i) => JSON.stringify({ id: i, text: `ticket from user${i % 7}@mail.com, call +1 415 555 01${String(i % 5).padStart(2, '0')} or write to ann.lee@mail.com` }));
const WHOLE = RECORDS.join('\n') + '\n';

test('cli pseudonym key: two shards redacted in separate runs concatenate to the redaction of the whole', () => {
  const dir = workspace({
    'key': 'a1f0c3e5d7b9a2c4e6f8091b3d5f7a9c\n',
    'other.key': 'ffffffffffffffffffffffffffffffff\n',
    'all.jsonl': WHOLE,
    'part-0.jsonl': RECORDS.slice(0, 23).join('\n') + '\n',
    'part-1.jsonl': RECORDS.slice(23).join('\n') + '\n',
  });
  for (const f of ['all', 'part-0', 'part-1']) {
    const r = run(['redact', '--no-names', '--pseudonym-key-file', 'key', `${f}.jsonl`, '-o', `${f}.out.jsonl`], dir);
    assert.equal(r.code, 0, r.err);
  }
  const read = (f: string) => readFileSync(join(dir, f), 'utf8');
  const whole = read('all.out.jsonl');
  assert.equal(read('part-0.out.jsonl') + read('part-1.out.jsonl'), whole);
  assert.match(whole, /\[EMAIL_ADDRESS_[a-km-np-z2-9]{12}\]/);
  assert.ok(!whole.includes('@mail.com') && !whole.includes('555 01'));
  // Another key, other tags; numbered pseudonyms of the shards would not line up.
  assert.equal(run(['redact', '--no-names', '--pseudonym-key-file', 'other.key', 'all.jsonl', '-o', 'other.out.jsonl'], dir).code, 0);
  assert.notEqual(read('other.out.jsonl'), whole);
  for (const f of ['all', 'part-0', 'part-1']) run(['redact', '--no-names', '--style', 'pseudonym', `${f}.jsonl`, '-o', `${f}.numbered.jsonl`], dir);
  assert.notEqual(read('part-0.numbered.jsonl') + read('part-1.numbered.jsonl'), read('all.numbered.jsonl'));
});

test('cli pseudonym key: a short or missing key, or another style, is a usage error that never prints the key', () => {
  const dir = workspace({ 'short.key': 'abc123\n', 'd.jsonl': WHOLE });
  const short = run(['redact', '--pseudonym-key-file', 'short.key', 'd.jsonl', '-o', 'o.jsonl'], dir);
  assert.equal(short.code, 2);
  assert.match(short.err, /short\.key: a key needs at least 16 bytes/);
  assert.ok(!short.err.includes('abc123'));
  assert.equal(run(['redact', '--pseudonym-key-file', 'none.key', 'd.jsonl', '-o', 'o.jsonl'], dir).code, 2);
  const style = run(['redact', '--style', 'mask', '--pseudonym-key-file', 'short.key', 'd.jsonl', '-o', 'o.jsonl'], dir);
  assert.equal(style.code, 2);
  assert.match(style.err, /--pseudonym-key-file goes with --style pseudonym/);
});
