import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fieldName, jsonValueTokens, tokenAt } from './json-paths';
import { qaShape, within } from './qa';

test('json paths: every value with its full path, array indices included', () => {
  const text = '{"id":7,"messages":[{"role":"user","content":"hi \\"there\\""},{"role":"assistant","content":"a, b: [c]"}],"meta":{"tags":["x",null,true]}}';
  const got = jsonValueTokens(text).map((t) => [t.path.join('/'), text.slice(t.start, t.end)]);
  assert.deepEqual(got, [
    ['id', '7'],
    ['messages/0/role', '"user"'],
    ['messages/0/content', '"hi \\"there\\""'],
    ['messages/1/role', '"assistant"'],
    ['messages/1/content', '"a, b: [c]"'],
    ['meta/tags/0', '"x"'],
    ['meta/tags/1', 'null'],
    ['meta/tags/2', 'true'],
  ]);
});

test('json paths: a root array, empty containers and escaped keys', () => {
  const text = '[{"a\\u0062":[]},{},["v"]]';
  assert.deepEqual(
    jsonValueTokens(text).map((t) => t.path),
    [[2, 0]],
  );
  assert.deepEqual(jsonValueTokens('{"ab":{},"c":"d"}').map((t) => t.path), [['c']]);
  assert.deepEqual(jsonValueTokens('{"a\\u0062":"x"}').map((t) => t.path), [['ab']]);
});

test('json paths: tokenAt finds the value that contains a span, or nothing', () => {
  const text = '{"q":"mail ann@mail.com","n":5}';
  const tokens = jsonValueTokens(text);
  const at = text.indexOf('ann@');
  assert.deepEqual(tokenAt(tokens, at, at + 12)?.path, ['q']);
  assert.deepEqual(tokenAt(tokens, text.indexOf('5'))?.path, ['n']);
  assert.equal(tokenAt(tokens, 1, 3), undefined); // inside the key "q"
});

test('json paths: field names hide indices, and keys that hold data', () => {
  assert.equal(fieldName(['messages', 3, 'content']), 'messages[].content');
  assert.equal(fieldName([0, 'text']), '[].text');
  assert.equal(fieldName([]), '(root)');
  assert.equal(fieldName(['users', 'ann@mail.com', 'name']), 'users.*.name');
  assert.equal(fieldName(['by name', 'x']), '*.x');
  assert.equal(fieldName(['people', 'Ann', 'age'], (k) => k === 'Ann'), 'people.*.age');
});

test('qa: question-answer fields and chat turns are recognised; other records are not', () => {
  assert.deepEqual(qaShape({ question: 'q', context: 'c', answer: 'a' }), { kind: 'qa', answers: [['answer']] });
  assert.deepEqual(qaShape({ Instruction: 'q', Output: 'a' }), { kind: 'qa', answers: [['Output']] });
  assert.deepEqual(qaShape({ question: 'q', answers: { text: ['x'], answer_start: [3] } }), { kind: 'qa', answers: [['answers']] });
  assert.deepEqual(
    qaShape({ messages: [{ role: 'system', content: 's' }, { role: 'user', content: 'u' }, { role: 'assistant', content: 'a' }, { role: 'assistant', content: '' }] }),
    { kind: 'chat', answers: [['messages', 2, 'content']] },
  );
  assert.deepEqual(qaShape({ conversations: [{ from: 'human', value: 'u' }, { from: 'gpt', value: 'a' }] }), { kind: 'chat', answers: [['conversations', 1, 'value']] });
  assert.equal(qaShape({ answer: 'a' }), undefined, 'an answer without a question');
  assert.equal(qaShape({ text: 'hello' }), undefined);
  assert.equal(qaShape({ messages: [{ role: 'assistant', content: 'only the model speaks' }] }), undefined);
  assert.equal(qaShape([1, 2]), undefined);
  assert.equal(qaShape('x'), undefined);
});

test('qa: within compares path prefixes', () => {
  assert.equal(within(['answers', 'text', 0], ['answers']), true);
  assert.equal(within(['messages', 2, 'content'], ['messages', 2, 'content']), true);
  assert.equal(within(['messages', 1, 'content'], ['messages', 2, 'content']), false);
  assert.equal(within(['answer'], ['answer', 0]), false);
});
