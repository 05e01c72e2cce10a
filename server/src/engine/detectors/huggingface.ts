import type { Detector } from '../types';
import { tokenScore } from './secret-shape';
import { matchesOf } from '../regexp';

const HF_TOKEN = /(?<![\w-])hf_[A-Za-z0-9]{34,64}(?![\w-])/g;

export const huggingface: Detector = {
  id: 'secret/huggingface',
  entity: 'SECRET',
  label: 'Hugging Face token',
  description: 'A Hugging Face user access token (hf_…).',
  tags: ['secret', 'ml'],
  defaultSeverity: 'error',
  contextWords: ['hf_token', 'huggingface', 'hugging face', 'token'],
  trigger: /hf_/,
  *detect(text) {
    for (const m of matchesOf(HF_TOKEN, text)) {
      yield { start: m.index, end: m.index + m[0].length, ...tokenScore(m[0].slice(3), 0.95) };
    }
  },
};
