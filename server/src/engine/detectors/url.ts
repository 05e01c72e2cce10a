import type { Candidate, Detector } from '../types';
import { matchesOf } from '../regexp';

// Web and database URLs; the value runs to whitespace, a quote or a bracket (Markdown links close with ")").
const URL_RE = /\b(?:https?|ftps?|sftp|wss?|postgres(?:ql)?|mysql|mariadb|mongodb(?:\+srv)?|redis|rediss|amqps?|smtps?|ldaps?):\/\/[^\s<>"'`{}()[\]|\\^]+/gi;
// Hosts reserved for documentation and tests (RFC 2606, RFC 6761): credentials there are examples.
export const RESERVED_HOST = /^(?:[^@]*@)?(?:(?:[\w-]+\.)*(?:example\.(?:com|org|net)|example|test|invalid|localhost)|127\.\d+\.\d+\.\d+)(?::\d+)?$/i;
const TRAILING_PUNCTUATION = /[.,;:!?)\]]+$/;

// Query parameters whose value is a credential, or personal data; keys compared without case, "-" or "_".
const SECRET_KEYS = new Set([
  'password', 'passwd', 'pwd', 'pass', 'token', 'accesstoken', 'refreshtoken', 'idtoken', 'authtoken', 'apikey', 'key',
  'secret', 'clientsecret', 'auth', 'authorization', 'session', 'sessionid', 'sig', 'signature', 'xamzsignature', 'xamzsecuritytoken',
]);
const PERSONAL_KEYS: Record<string, 'email' | 'phone' | 'ssn' | 'name' | 'other'> = {
  email: 'email', mail: 'email', emailaddress: 'email', useremail: 'email',
  phone: 'phone', phonenumber: 'phone', tel: 'phone', mobile: 'phone', msisdn: 'phone',
  ssn: 'ssn',
  name: 'name', firstname: 'name', lastname: 'name', fullname: 'name', surname: 'name', username: 'name', fname: 'name', lname: 'name',
  dob: 'other', birthdate: 'other', dateofbirth: 'other', address: 'other', street: 'other',
};

// Values that are placeholders, not data: <password>, {token}, ${KEY}, %s, xxx, ****, YOUR_KEY, changeme…
export const PLACEHOLDER = /^(?:[<{[$%]|\*+$|x{3,}$|\.{3}|(?:your|my|example|sample|dummy|test|fake)[\w-]*$|(?:password|passwd|pass|secret|token|changeme|redacted|null|none|undefined|true|false)$)/i;

function decode(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return s;
  }
}

function personalValueScore(kind: string, value: string): number {
  switch (kind) {
    case 'email':
      return /^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i.test(value) ? 0.85 : 0.3;
    case 'phone':
      return (value.match(/\d/g)?.length ?? 0) >= 7 ? 0.75 : 0.3;
    case 'ssn':
      return /^\d{3}-?\d{2}-?\d{4}$/.test(value) ? 0.85 : 0.3;
    case 'name':
      return /^\p{L}[\p{L}' .-]{1,60}$/u.test(value) ? 0.55 : 0.3;
    default:
      return 0.6;
  }
}

export const url: Detector = {
  id: 'pii/url',
  entity: 'URL',
  label: 'Personal data or credentials in a URL',
  description: 'A URL carrying a user name and password (https://user:pass@host) or personal and secret query parameters (email=, token=, api_key=…). Plain URLs are not reported.',
  tags: ['contact', 'credentials'],
  defaultSeverity: 'warning',
  contextWords: [],
  trigger: /:\/\//,
  *detect(text) {
    for (const m of matchesOf(URL_RE, text)) {
      const full = m[0].replace(TRAILING_PUNCTUATION, '');
      const base = m.index;
      const schemeEnd = full.indexOf('://') + 3;
      const authorityEnd = schemeEnd + full.slice(schemeEnd).search(/[/?#]|$/);
      const at = full.lastIndexOf('@', authorityEnd);
      const reservedHost = RESERVED_HOST.test(full.slice(schemeEnd, authorityEnd));
      const out: Candidate[] = [];
      if (at > schemeEnd) {
        const userinfo = full.slice(schemeEnd, at);
        const colon = userinfo.indexOf(':');
        const password = colon >= 0 ? decode(userinfo.slice(colon + 1)) : '';
        if (colon > 0 && password) {
          const fake = PLACEHOLDER.test(password) || password.length < 4 || reservedHost;
          out.push({
            start: base + schemeEnd,
            end: base + at,
            score: fake ? 0.3 : 0.95,
            reasons: [fake ? 'example credentials (placeholder, too short, or a reserved host)' : 'user name and password in URL'],
            label: 'Credentials in a URL',
          });
        }
      }
      // Query string and fragment (OAuth implicit flows put access_token= in the fragment).
      const q = full.indexOf('?', authorityEnd);
      const h = full.indexOf('#', authorityEnd);
      const paramsStart = q >= 0 ? q : h;
      if (paramsStart >= 0) {
        let pieceStart = paramsStart + 1;
        for (const piece of full.slice(pieceStart).split(/[&;#?]/)) {
          const eq = piece.indexOf('=');
          const rawValue = piece.slice(eq + 1);
          const valueStart = base + pieceStart + eq + 1;
          pieceStart += piece.length + 1;
          if (eq <= 0 || !rawValue) continue;
          const key = decode(piece.slice(0, eq)).toLowerCase().replace(/[-_\s]/g, '');
          const value = decode(rawValue);
          if (SECRET_KEYS.has(key)) {
            const weak = PLACEHOLDER.test(value) || value.length < 6 || reservedHost;
            out.push({
              start: valueStart,
              end: valueStart + rawValue.length,
              score: weak ? 0.3 : 0.85,
              reasons: [weak ? 'placeholder credential parameter' : 'credential in a URL parameter'],
              label: 'Credentials in a URL',
            });
          } else if (PERSONAL_KEYS[key]) {
            const score = PLACEHOLDER.test(value) || reservedHost ? 0.3 : personalValueScore(PERSONAL_KEYS[key], value);
            out.push({ start: valueStart, end: valueStart + rawValue.length, score, reasons: ['personal data in a URL parameter'], label: 'Personal data in a URL' });
          }
        }
      }
      yield* out;
    }
  },
};
