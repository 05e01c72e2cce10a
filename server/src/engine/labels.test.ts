import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inSentence, plural } from './labels';

test('labels: running text keeps names and acronyms', () => {
  assert.equal(inSentence('Email address'), 'email address');
  assert.equal(inSentence('Hugging Face token'), 'Hugging Face token');
  assert.equal(inSentence('AWS access key'), 'AWS access key');
  assert.equal(inSentence('GitHub token'), 'GitHub token');
  assert.equal(inSentence('Slack token'), 'Slack token');
  assert.equal(inSentence('IP address'), 'IP address');
});

test('labels: plurals', () => {
  assert.equal(plural('email address'), 'email addresses');
  assert.equal(plural('phone number'), 'phone numbers');
  assert.equal(plural('Social Security number'), 'Social Security numbers');
  assert.equal(plural('Bitcoin address'), 'Bitcoin addresses');
});
