import { test } from 'node:test';
import assert from 'node:assert/strict';
import { slack } from './slack';
import { fakeBody } from '../../testing/fake-tokens';
import { matches, scored } from '../../testing/detectors';

const digits = (n: number, seed: string) => fakeBody(n, seed, '0123456789');

test('slack: bot, user, app and refresh tokens score high', () => {
  const bot = `xoxb-${digits(12, 'a')}-${digits(13, 'b')}-${fakeBody(24, 'c')}`;
  const user = `xoxp-${digits(12, 'd')}-${digits(12, 'e')}-${digits(13, 'f')}-${fakeBody(32, 'g', '0123456789abcdef')}`;
  const app = `xapp-1-A${fakeBody(10, 'h', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}-${digits(13, 'i')}-${fakeBody(64, 'j', '0123456789abcdef')}`;
  const refresh = `xoxr-${fakeBody(40, 'k')}`;
  for (const t of [bot, user, app, refresh]) assert.deepEqual(matches(slack, `SLACK_TOKEN=${t}`, 0.9), [t]);
});

test('slack: configuration access and refresh tokens (xoxe)', () => {
  const access = `xoxe.xoxp-1-${fakeBody(164, 'cfg', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}`;
  const refresh = `xoxe-1-${fakeBody(146, 'ref', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}`;
  for (const t of [access, refresh]) assert.deepEqual(matches(slack, `SLACK_CONFIG_TOKEN=${t}`, 0.9), [t]);
  assert.deepEqual(matches(slack, `xoxe-1-${'X'.repeat(146)}`, 0.5), []);
  assert.deepEqual(matches(slack, 'xoxp-your-token-here', 0.5), [], 'the whole body is checked for placeholders');
});

test('slack: incoming-webhook URLs', () => {
  const hook = `https://hooks.slack.com/services/T${fakeBody(8, 'l', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}/B${fakeBody(10, 'm', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}/${fakeBody(24, 'n')}`;
  assert.deepEqual(matches(slack, `post to ${hook} now`, 0.85), [hook]);
  assert.equal(scored(slack, hook)[0].label, 'Slack webhook URL');
});

test('slack: placeholders and look-alikes stay silent', () => {
  assert.deepEqual(matches(slack, 'xoxb-xxxxxxxxxxxx-xxxxxxxxxxxxx-xxxxxxxxxxxxxxxxxxxxxxxx', 0.5), []);
  assert.deepEqual(matches(slack, 'xoxb-short'), []);
  assert.deepEqual(matches(slack, 'https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX', 0.5), []);
});

test('slack: hostile input returns', () => {
  assert.ok(Array.isArray(matches(slack, 'xoxb-'.repeat(20000) + '-'.repeat(50000))));
});
