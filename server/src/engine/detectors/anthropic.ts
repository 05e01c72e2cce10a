import type { Detector } from '../types';
import { tokenScore } from './secret-shape';
import { matchesOf } from '../regexp';

const ANTHROPIC_KEY = /(?<![\w-])sk-ant-(?:(?:api|admin|oat|ort|sid)\d{2}-)?[A-Za-z0-9_-]{20,250}(?![\w-])/g;

export const anthropic: Detector = {
  id: 'secret/anthropic',
  entity: 'SECRET',
  label: 'Anthropic API key',
  description: 'An Anthropic API or admin key (sk-ant-…).',
  tags: ['secret', 'ml'],
  defaultSeverity: 'error',
  contextWords: ['anthropic', 'anthropic_api_key', 'claude', 'api key'],
  trigger: /sk-ant-/,
  *detect(text) {
    for (const m of matchesOf(ANTHROPIC_KEY, text)) {
      const body = m[0].replace(/^sk-ant-(?:[a-z]+\d{2}-)?/, '');
      yield { start: m.index, end: m.index + m[0].length, ...tokenScore(body, 0.97) };
    }
  },
};
