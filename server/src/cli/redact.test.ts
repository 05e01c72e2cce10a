import { test } from 'node:test';
import assert from 'node:assert/strict';
import { commandError } from './redact';
import { UsageError } from './errors';
import { WriteError } from '../engine/io';
import { DecodeError } from '../engine/stream';

const errno = (code: string, message = 'raw text') => Object.assign(new Error(message), { code });

test('commandError: a read failure names the input, a write failure the output, an engine error only its kind', () => {
  // A line too long for a string is the input's fault, not the output's.
  assert.equal(commandError(errno('ERR_STRING_TOO_LONG', 'Cannot create a string longer than 0x1fffffe8 characters'), 'huge.jsonl', '/tmp/out.jsonl').message, 'huge.jsonl: a line or document is too long to hold in memory (over 512 MB)');
  assert.equal(commandError(errno('EIO'), 'in.jsonl', '/tmp/out.jsonl').message, 'in.jsonl: cannot read (EIO)');
  assert.equal(commandError(new WriteError('/tmp/out.jsonl', errno('ENOSPC')), 'in.jsonl', '/tmp/out.jsonl').message, 'cannot write /tmp/out.jsonl: no space left on the device');
  assert.equal(commandError(new WriteError('/tmp/out.jsonl', errno('EIO')), 'in.jsonl', '/tmp/out.jsonl').message, 'cannot write /tmp/out.jsonl: I/O error (EIO)');
  assert.equal(commandError(new DecodeError('binary file, not redacted'), 'in.jsonl', undefined).message, 'in.jsonl: binary file, not redacted');
  const internal = commandError(new TypeError('Cannot read properties of undefined (reading "ann.lee@mail.com")'), 'in.jsonl', undefined);
  assert.ok(internal instanceof UsageError);
  assert.equal(internal.message, 'internal error while processing in.jsonl (TypeError); please report it');
});
