import { test } from 'node:test';
import assert from 'node:assert/strict';
import { failureLine, UsageError } from './errors';

test('cli errors: a usage error is printed as written, any other error by its kind, never its message', () => {
  assert.equal(failureLine(new UsageError('name one input file')), 'name one input file');
  let parseError: unknown;
  try {
    JSON.parse('{"email": "ann.lee@mail.com"');
  } catch (e) {
    parseError = e;
  }
  assert.equal(failureLine(parseError), 'internal error (SyntaxError); please report it');
  assert.doesNotMatch(failureLine(new TypeError('cannot read ann.lee@mail.com')), /ann\.lee/);
});
