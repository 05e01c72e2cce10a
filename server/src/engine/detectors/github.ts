import type { Detector } from '../types';
import { tokenScore } from './secret-shape';
import { matchesOf } from '../regexp';

// Personal (ghp_), OAuth (gho_), user-to-server (ghu_), server-to-server (ghs_), refresh (ghr_) and fine-grained tokens.
const GITHUB_TOKEN = /(?<![\w-])(?:gh[pousr]_[A-Za-z0-9]{36,251}|github_pat_[A-Za-z0-9_]{70,250})(?![\w-])/g;

export const github: Detector = {
  id: 'secret/github',
  entity: 'SECRET',
  label: 'GitHub token',
  description: 'A GitHub personal access, OAuth, app or refresh token (ghp_, gho_, ghu_, ghs_, ghr_, github_pat_).',
  tags: ['secret', 'code'],
  defaultSeverity: 'error',
  contextWords: ['github', 'github_token', 'gh_token', 'token'],
  trigger: /gh[pousr]_|github_pat_/,
  *detect(text) {
    for (const m of matchesOf(GITHUB_TOKEN, text)) {
      const body = m[0].slice(m[0].startsWith('github_pat_') ? 11 : 4);
      yield { start: m.index, end: m.index + m[0].length, ...tokenScore(body, 0.95) };
    }
  },
};
