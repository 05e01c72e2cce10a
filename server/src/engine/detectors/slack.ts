import type { Candidate, Detector } from '../types';
import { tokenScore } from './secret-shape';
import { matchesOf } from '../regexp';

// Bot (xoxb-), user (xoxp-), workspace (xoxa-), refresh (xoxr-), legacy (xoxs-, xoxo-) and app-level (xapp-)
// tokens, and configuration access (xoxe.xoxb-, xoxe.xoxp-) and refresh (xoxe-) tokens.
const SLACK_TOKEN = /(?<![\w.-])(?:xox[bpaors]-[A-Za-z0-9-]{10,250}|xapp-\d-[A-Za-z0-9-]{10,250}|xoxe\.xox[bp]-\d-[A-Za-z0-9]{100,250}|xoxe-\d-[A-Za-z0-9]{100,250})(?![\w-])/g;
const SLACK_WEBHOOK = /https:\/\/hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9_/-]{20,200}/g;

export const slack: Detector = {
  id: 'secret/slack',
  entity: 'SECRET',
  label: 'Slack token',
  description: 'A Slack bot, user, app, refresh or configuration token (xoxb-, xoxp-, xoxa-, xoxr-, xapp-, xoxe-) or an incoming-webhook URL.',
  tags: ['secret', 'chat'],
  defaultSeverity: 'error',
  contextWords: ['slack', 'slack_token', 'slack_bot_token', 'webhook'],
  trigger: /xox[bpaorse]-|xapp-|hooks\.slack\.com/,
  *detect(text) {
    const out: Candidate[] = [];
    for (const m of matchesOf(SLACK_TOKEN, text)) {
      out.push({ start: m.index, end: m.index + m[0].length, ...tokenScore(m[0].slice(m[0].startsWith('xoxe') ? m[0].lastIndexOf('-', 12) + 1 : 5), 0.95) });
    }
    for (const m of matchesOf(SLACK_WEBHOOK, text)) {
      const path = m[0].slice(m[0].indexOf('/', 24) + 1);
      out.push({ start: m.index, end: m.index + m[0].length, ...tokenScore(path, 0.9), label: 'Slack webhook URL' });
    }
    yield* out.sort((a, b) => a.start - b.start);
  },
};
