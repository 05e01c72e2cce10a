import type { Detector } from '../types';

// PKCS#1/#8 (RSA, EC, DSA, ENCRYPTED), OpenSSH and PGP private keys in PEM armour.
const BEGIN = /-----BEGIN ((?:[A-Z0-9]+ ){0,3})PRIVATE KEY( BLOCK)?-----/g;
// Base64 body characters, ignoring whitespace, literal "\n" escapes and armour headers.
const BODY_CHARS = /[A-Za-z0-9+/=]/g;
// When the END line is missing (a truncated key), the key runs over the base64 runs that follow.
const BODY_RUN = /(?:(?:\r?\n|\\n|[ \t])[ \t]*[A-Za-z0-9+/=]{16,})*/y;

export const privateKey: Detector = {
  id: 'secret/private-key',
  entity: 'SECRET',
  label: 'Private key',
  description: 'A PEM private key block (-----BEGIN … PRIVATE KEY----- … -----END … PRIVATE KEY-----).',
  tags: ['secret', 'crypto'],
  defaultSeverity: 'error',
  contextWords: [],
  trigger: /-----BEGIN [A-Z0-9 ]*PRIVATE KEY/,
  *detect(text) {
    const missingEnds = new Set<string>();
    // Own copies: exec() keeps state in lastIndex, and generators may interleave.
    const begin = new RegExp(BEGIN);
    const bodyRun = new RegExp(BODY_RUN);
    for (let m = begin.exec(text); m; m = begin.exec(text)) {
      const start = m.index;
      const bodyStart = start + m[0].length;
      const endMarker = `-----END ${m[1]}PRIVATE KEY${m[2] ?? ''}-----`;
      // Searching again for an END already known to be absent would make many headers quadratic.
      const endAt = missingEnds.has(endMarker) ? -1 : text.indexOf(endMarker, bodyStart);
      let end: number;
      let truncated = false;
      if (endAt >= 0) end = endAt + endMarker.length;
      else {
        missingEnds.add(endMarker);
        bodyRun.lastIndex = bodyStart;
        bodyRun.exec(text);
        end = bodyRun.lastIndex;
        while (end > bodyStart && /\s/.test(text[end - 1])) end--;
        truncated = true;
      }
      const body = text.slice(bodyStart, endAt >= 0 ? endAt : end).replace(/\\[nr]/g, '');
      const bodyLength = body.match(BODY_CHARS)?.length ?? 0;
      begin.lastIndex = end;
      // "-----BEGIN PRIVATE KEY-----\n...\n-----END…" in documentation carries no key.
      if (bodyLength < 40) {
        yield { start, end, score: 0.3, reasons: ['no key material between the markers'] };
        continue;
      }
      yield {
        start,
        end,
        score: truncated ? 0.85 : 0.99,
        reasons: [truncated ? 'PEM private key header and base64 body (no END line)' : 'PEM private key block'],
      };
    }
  },
};
