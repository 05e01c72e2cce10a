import type { Detector } from '../types';
import { PLACEHOLDER_SCORE, placeholderReason } from './secret-shape';
import { matchesOf } from '../regexp';

// sk-…, sk-proj-…, sk-svcacct-…, sk-admin-…; Anthropic's sk-ant-… belongs to its own detector.
const OPENAI_KEY = /(?<![\w-])sk-(?!ant-)(?:(proj|svcacct|admin|None)-)?[A-Za-z0-9_-]{20,250}(?![\w-])/g;
// "T3BlbkFJ" is base64 for "OpenAI": OpenAI embeds it in the middle of its keys.
const OPENAI_MARKER = 'T3BlbkFJ';

export const openai: Detector = {
  id: 'secret/openai',
  entity: 'SECRET',
  label: 'OpenAI API key',
  description: 'An OpenAI API key (sk-…, sk-proj-…, sk-svcacct-…, sk-admin-…).',
  tags: ['secret', 'ml'],
  defaultSeverity: 'error',
  contextWords: ['openai', 'openai_api_key', 'api key', 'api_key', 'apikey'],
  trigger: /sk-/,
  *detect(text) {
    for (const m of matchesOf(OPENAI_KEY, text)) {
      const value = m[0];
      const body = value.slice(value.indexOf('-', m[1] ? 3 : 0) + 1);
      const fake = placeholderReason(body);
      let score: number;
      let reason: string;
      if (fake) [score, reason] = [PLACEHOLDER_SCORE, fake];
      else if (value.includes(OPENAI_MARKER)) [score, reason] = [0.97, 'OpenAI key marker'];
      else if (m[1]) [score, reason] = [0.93, `OpenAI ${m[1]} key prefix`];
      else if (/^[A-Za-z0-9]{48}$/.test(body)) [score, reason] = [0.9, 'legacy OpenAI key length'];
      // Other vendors use sk- too; a random-looking body is still a secret, a kebab-case word is not.
      else if (body.length >= 32 && /[A-Z]/.test(body) && /[a-z]/.test(body) && /\d/.test(body)) [score, reason] = [0.6, 'sk- key of unknown vendor'];
      else [score, reason] = [0.3, 'sk- prefix only'];
      yield { start: m.index, end: m.index + value.length, score, reasons: [reason] };
    }
  },
};
