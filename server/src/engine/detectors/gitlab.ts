import type { Detector } from '../types';
import { tokenScore } from './secret-shape';
import { matchesOf } from '../regexp';

// Personal (glpat-), deploy (gldt-), runner (glrt-), pipeline trigger (glptt-), CI job (glcbt-), feed (glft-),
// incoming mail (glimt-), agent (glagent-) and OAuth secrets (gloas-).
const GITLAB_TOKEN = /(?<![\w-])(glpat|gldt|glrt|glptt|glcbt|glft|glimt|glagent|gloas)-[A-Za-z0-9_.-]{20,250}(?![\w-])/g;

export const gitlab: Detector = {
  id: 'secret/gitlab',
  entity: 'SECRET',
  label: 'GitLab token',
  description: 'A GitLab personal access token (glpat-…) or another GitLab token kind.',
  tags: ['secret', 'code'],
  defaultSeverity: 'error',
  contextWords: ['gitlab', 'gitlab_token', 'private-token', 'token'],
  trigger: /gl[a-z]{1,5}-/,
  *detect(text) {
    for (const m of matchesOf(GITLAB_TOKEN, text)) {
      const body = m[0].slice(m[1].length + 1);
      yield { start: m.index, end: m.index + m[0].length, ...tokenScore(body, m[1] === 'glpat' ? 0.95 : 0.9) };
    }
  },
};
