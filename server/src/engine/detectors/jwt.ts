import type { Detector } from '../types';
import { PLACEHOLDER_SCORE } from './secret-shape';
import { matchesOf } from '../regexp';

// header.payload.signature in base64url; the header of a JSON object starts with "eyJ" ('{"').
const JWT = /(?<![\w-])eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{2,}\.[A-Za-z0-9_-]*(?![\w-]|\.[A-Za-z0-9_-])/g;

/** Characters of the shortest signature a signed token has (HS256: 32 bytes in base64url). */
const MIN_SIGNATURE = 43;

function decodeJson(part: string): Record<string, unknown> | undefined {
  try {
    const v: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

export const jwt: Detector = {
  id: 'secret/jwt',
  entity: 'SECRET',
  label: 'JSON Web Token',
  description: 'A JSON Web Token (header.payload.signature) whose header decodes to JSON with an "alg".',
  tags: ['secret', 'auth'],
  defaultSeverity: 'error',
  contextWords: ['jwt', 'bearer', 'token', 'authorization', 'id_token', 'access_token'],
  trigger: /eyJ/,
  *detect(text) {
    for (const m of matchesOf(JWT, text)) {
      const [header, payload, signature] = m[0].split('.');
      const h = decodeJson(header);
      if (typeof h?.alg !== 'string') continue;
      const claims = decodeJson(payload);
      const unsigned = h.alg.toLowerCase() === 'none' || signature === '';
      // jwt.io's sample token ("John Doe", sub 1234567890) is pasted into countless docs and tutorials.
      const sample = claims?.sub === '1234567890' && claims?.name === 'John Doe';
      // The shortest real signature (HMAC-SHA256) is 43 characters: a shorter one was cut or made up ("e30.abc").
      const stub = !unsigned && signature.length < MIN_SIGNATURE;
      const score = sample || stub ? PLACEHOLDER_SCORE : !claims ? 0.6 : unsigned ? 0.75 : 0.9;
      const reasons = ['header decodes to JSON with "alg"', claims ? 'payload decodes to JSON claims' : 'payload is not JSON'];
      if (unsigned) reasons.push('unsigned token');
      if (sample) reasons.push('the jwt.io sample token');
      if (stub) reasons.push('signature too short to be real');
      yield { start: m.index, end: m.index + m[0].length, score, reasons };
    }
  },
};
