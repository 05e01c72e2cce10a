import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ownJsonString, ownString } from './segment';

test('ownJsonString and ownString: the same characters, lone surrogates and other scripts included', () => {
  const line = '{"a":"caf\u00e9 \ud83d\ude00 lone \ud83d end, 模型在长文本上 +44 20 7946 0958","b":"short"}';
  for (const [from, to] of [[6, line.indexOf('","b"')], [line.indexOf('short'), line.indexOf('short') + 5]]) {
    const raw = line.slice(from, to);
    assert.equal(ownJsonString(raw), raw);
    assert.equal(ownString(raw), raw);
  }
});
