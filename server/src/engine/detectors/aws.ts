import type { Candidate, Detector } from '../types';
import { tokenScore } from './secret-shape';
import { matchesOf } from '../regexp';

// Long-term (AKIA) and temporary (ASIA) access key ids.
const ACCESS_KEY_ID = /(?<![A-Za-z0-9])(?:AKIA|ASIA)[A-Z0-9]{16}(?![A-Za-z0-9])/g;
// A secret access key is 40 base64 characters; alone that is any hash, so it needs its name right before it.
const SECRET_ACCESS_KEY = /(?<![A-Za-z0-9/+=])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])/g;
const SECRET_NAME_BEFORE = /aws.{0,20}secret|secret.?access.?key/i;

export const aws: Detector = {
  id: 'secret/aws',
  entity: 'SECRET',
  label: 'AWS access key',
  description: 'An AWS access key id (AKIA…/ASIA…), or a secret access key written right after its name.',
  tags: ['secret', 'cloud'],
  defaultSeverity: 'error',
  contextWords: ['aws', 'aws_access_key_id', 'access key', 'access_key'],
  // What detect() needs: an id's prefix, or "secret" (in both of SECRET_NAME_BEFORE's forms). Case-sensitive
  // spellings, so that it joins the other triggers' gate (a case-insensitive pattern costs a pass of its own).
  trigger: /A[KS]IA|[Ss]ecret|SECRET/,
  // A bare secret whose only name is its JSON key or CSV column.
  keyTrigger: SECRET_NAME_BEFORE,
  *detect(text, ctx) {
    const out: Candidate[] = [];
    for (const m of matchesOf(ACCESS_KEY_ID, text)) {
      out.push({ start: m.index, end: m.index + m[0].length, ...tokenScore(m[0].slice(4), 0.9), label: 'AWS access key id' });
    }
    if (SECRET_NAME_BEFORE.test(text) || (ctx.key && SECRET_NAME_BEFORE.test(ctx.key))) {
      for (const m of matchesOf(SECRET_ACCESS_KEY, text)) {
        const before = text.slice(Math.max(0, m.index - 40), m.index);
        if (!SECRET_NAME_BEFORE.test(before) && !(ctx.key && SECRET_NAME_BEFORE.test(ctx.key))) continue;
        // Random 40-character keys mix cases and digits; a path or a word run does not.
        if (!(/[A-Z]/.test(m[0]) && /[a-z]/.test(m[0]) && /\d/.test(m[0]))) continue;
        out.push({ start: m.index, end: m.index + m[0].length, ...tokenScore(m[0], 0.85), label: 'AWS secret access key' });
      }
    }
    yield* out.sort((a, b) => a.start - b.start);
  },
};
