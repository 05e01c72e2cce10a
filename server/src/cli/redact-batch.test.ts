import { test } from 'node:test';
import assert from 'node:assert/strict';
import { batchArguments } from './redact-batch';
import { UsageError } from './errors';

test('batchArguments: a JSON array of strings is one redaction\'s arguments', () => {
  assert.deepEqual(batchArguments('["a.jsonl","-o","b.jsonl","--no-names"]', 1), ['a.jsonl', '-o', 'b.jsonl', '--no-names']);
});

test('batchArguments: anything else is a usage error that names the line, never its text', () => {
  const bad: [string, RegExp][] = [
    ['ann.lee@mail.com', /line 3 is not JSON/],
    ['{"input":"a.jsonl"}', /line 3 is not a JSON array of strings/],
    ['["a.jsonl",["-o"]]', /line 3 is not a JSON array of strings/],
    ['["-","-o","out.jsonl"]', /line 3: name files; standard input and output carry the batch/],
    ['["a.jsonl","-o","-"]', /line 3: name files/],
    ['["--batch"]', /line 3: --batch cannot be given inside a batch/],
    ['["--help"]', /line 3: --help cannot be given inside a batch/],
  ];
  for (const [line, message] of bad) {
    assert.throws(() => batchArguments(line, 3), (e: unknown) => e instanceof UsageError && message.test(e.message) && !e.message.includes('ann.lee'), line);
  }
});
