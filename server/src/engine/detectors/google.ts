import type { Detector } from '../types';
import { tokenScore } from './secret-shape';
import { matchesOf } from '../regexp';

const GOOGLE_API_KEY = /(?<![\w-])AIza[0-9A-Za-z_-]{35}(?![\w-])/g;

export const google: Detector = {
  id: 'secret/google',
  entity: 'SECRET',
  label: 'Google API key',
  description: 'A Google Cloud / Maps / Gemini API key (AIza…).',
  tags: ['secret', 'cloud'],
  defaultSeverity: 'error',
  contextWords: ['google', 'gemini', 'google_api_key', 'api key', 'api_key', 'key'],
  trigger: /AIza/,
  *detect(text) {
    for (const m of matchesOf(GOOGLE_API_KEY, text)) {
      yield { start: m.index, end: m.index + m[0].length, ...tokenScore(m[0].slice(4), 0.9) };
    }
  },
};
