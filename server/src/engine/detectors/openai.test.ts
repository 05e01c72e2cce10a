import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openai } from './openai';
import { anthropic } from './anthropic';
import { fakeBody } from '../../testing/fake-tokens';
import { matches, scored } from '../../testing/detectors';

const legacy = `sk-${fakeBody(20, 'o1')}T3BlbkFJ${fakeBody(20, 'o2')}`;
const project = `sk-proj-${fakeBody(74, 'p1', 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-')}`;
const service = `sk-svcacct-${fakeBody(60, 's1')}`;

test('openai: legacy, project and service-account keys score high', () => {
  assert.deepEqual(matches(openai, `OPENAI_API_KEY=${legacy}`, 0.9), [legacy]);
  assert.deepEqual(matches(openai, `key: "${project}"`, 0.9), [project]);
  assert.deepEqual(matches(openai, service, 0.9), [service]);
});

test('openai: a random sk- key of another vendor shows lower; words do not', () => {
  const other = `sk-${fakeBody(32, 'other', 'abcdefABCDEF0123456789')}`;
  const [c] = scored(openai, other);
  assert.ok(c.score >= 0.5 && c.score < 0.9);
  assert.deepEqual(matches(openai, 'use sk-learn-compatible-estimators-for-everything', 0.5), []);
});

test('openai: Anthropic keys are left to the Anthropic detector', () => {
  const ant = `sk-ant-api03-${fakeBody(93, 'ant')}AA`;
  assert.deepEqual(matches(openai, ant), []);
  assert.deepEqual(matches(anthropic, ant, 0.9), [ant]);
});

test('openai: placeholders stay silent', () => {
  assert.deepEqual(matches(openai, 'OPENAI_API_KEY=sk-proj-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 0.5), []);
  assert.deepEqual(matches(openai, 'sk-your-openai-api-key-goes-here-please', 0.5), []);
});

test('openai: hostile input returns', () => {
  assert.ok(Array.isArray(matches(openai, 'sk-'.repeat(30000) + '-'.repeat(50000))));
});
