import { isIPv6 } from 'node:net';
import type { Candidate, Detector } from '../types';
import { matchesOf } from '../regexp';

const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
// Four octets without leading zeros, not inside a longer dotted string (1.2.3.4.5, v1.2.3.4, 10.0.0.1.dev, 11.3.244.8-node).
const IPV4 = new RegExp(`(?<![\\w.])${OCTET}(?:\\.${OCTET}){3}(?![\\w]|\\.\\w|-[A-Za-z])`, 'g');
// Hex groups and colons, optionally ending in a dotted IPv4; validated with node:net.
const IPV6 = /(?<![\w:.])(?:[0-9A-Fa-f]{0,4}:){2,7}(?:[0-9A-Fa-f]{1,4}|\d{1,3}(?:\.\d{1,3}){3})?(?![\w:]|\.\d)/g;
// Words right before a dotted number that make it a version, a section or an OID, not an address.
const VERSION_BEFORE = /(?:\b(?:v|ver|version|release|rev|build|firmware|python|node|cuda|torch|section|sections|chapter|clause|oid|rfc)\s*[:=]?\s*|[=@~^<>]=?\s*|§\s*)$/i;

/** Whether `text` has at least `count` of `char`. */
function holds(text: string, char: string, count: number): boolean {
  for (let at = text.indexOf(char); at !== -1; at = text.indexOf(char, at + 1)) if (--count === 0) return true;
  return false;
}

const NONE: readonly Candidate[] = Object.freeze([]);

interface Range {
  score: number;
  reason: string;
}

function ipv4Range(a: number, b: number, c: number, d: number): Range {
  if (a === 127) return { score: 0.2, reason: 'loopback address' };
  if (a === 0) return { score: 0.15, reason: 'unspecified address' };
  if (a >= 224) return { score: 0.2, reason: 'multicast or reserved address' };
  if ((a === 192 && b === 0 && c === 2) || (a === 198 && b === 51 && c === 100) || (a === 203 && b === 0 && c === 113))
    return { score: 0.3, reason: 'documentation address' };
  if (a === 169 && b === 254) return { score: 0.4, reason: 'link-local address' };
  if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 100 && b >= 64 && b <= 127))
    return { score: 0.55, reason: 'private network address' };
  // All single digits (1.2.3.4) reads as a version number far more often than as a host.
  if (a < 10 && b < 10 && c < 10 && d < 10) return { score: 0.3, reason: 'looks like a version number' };
  return { score: 0.8, reason: 'public IPv4 address' };
}

const PREFIX_AFTER = /^\/(\d{1,2})(?!\d)/;

/** "192.168.1.0/24", "10.0.0.0/8": a network in CIDR notation (no host bits set), not a host's address. */
function network(text: string, end: number, a: number, b: number, c: number, d: number): Range | undefined {
  if (text.charCodeAt(end) !== 47) return undefined;
  const p = PREFIX_AFTER.exec(text.slice(end, end + 4));
  const bits = p ? Number(p[1]) : 33;
  if (bits > 32) return undefined;
  const value = ((a << 24) | (b << 16) | (c << 8) | d) >>> 0;
  const hostBits = bits === 0 ? value : bits === 32 ? 0 : value % 2 ** (32 - bits);
  return hostBits === 0 && bits < 32 ? { score: 0.3, reason: 'a network range (CIDR), not a host' } : undefined;
}

function ipv6Range(v: string): Range {
  const s = v.toLowerCase();
  if (s === '::' || s === '::1' || /^0{0,4}(?::0{0,4})*:0{0,3}1?$/.test(s)) return { score: 0.15, reason: 'loopback or unspecified address' };
  const v4 = s.match(/^::ffff:(\d+)\.(\d+)\.(\d+)\.(\d+)$/);
  if (v4) return ipv4Range(+v4[1], +v4[2], +v4[3], +v4[4]);
  if (/^2001:0?db8:/.test(s)) return { score: 0.3, reason: 'documentation address' };
  if (/^ff/.test(s)) return { score: 0.2, reason: 'multicast address' };
  if (/^fe[89ab]/.test(s)) return { score: 0.4, reason: 'link-local address' };
  if (/^f[cd]/.test(s)) return { score: 0.55, reason: 'unique local (private) address' };
  return { score: 0.8, reason: 'global IPv6 address' };
}

export const ipAddress: Detector = {
  id: 'pii/ip-address',
  entity: 'IP_ADDRESS',
  label: 'IP address',
  description: 'An IPv4 or IPv6 address. Public addresses score high, private ranges lower, loopback and documentation ranges below the default threshold.',
  tags: ['network'],
  defaultSeverity: 'warning',
  scope: 'digits',
  skipsIds: true,
  contextWords: ['ip', 'ip address', 'ipv4', 'ipv6', 'address', 'host', 'client', 'remote', 'src', 'dst', 'server', 'from', 'login from'],
  contextBoost: 0.15,
  trigger: /\d\.\d|:[\dA-Fa-f]*:/,
  detect(text) {
    // Each regex is run only on a text with as many colons (IPv6: two) or dots (IPv4: three) as its matches hold.
    const v6Possible = holds(text, ':', 2);
    const v4Possible = holds(text, '.', 3);
    if (!v6Possible && !v4Possible) return NONE;
    const out: Candidate[] = [];
    for (const m of v6Possible ? matchesOf(IPV6, text) : []) {
      if (!isIPv6(m[0])) continue;
      // Eight small decimal groups (1:2:3:4:5:6:7:8) are more likely a ratio or a time, and a
      // handful of hex digits around "::" (a::b) more likely code, than an address.
      const r = /^\d{1,2}(?::\d{1,2}){7}$/.test(m[0])
        ? { score: 0.3, reason: 'only small decimal groups' }
        : m[0].replace(/:/g, '').length < 5 && !/^::1?$/.test(m[0])
          ? { score: 0.3, reason: 'too few digits for a real address' }
          : ipv6Range(m[0]);
      out.push({ start: m.index, end: m.index + m[0].length, score: r.score, reasons: ['valid IPv6 address', r.reason] });
    }
    const v6 = [...out];
    let i = 0;
    for (const m of v4Possible ? matchesOf(IPV4, text) : []) {
      while (i < v6.length && v6[i].end <= m.index) i++;
      if (i < v6.length && v6[i].start <= m.index) continue; // the tail of an IPv4-mapped IPv6
      if (VERSION_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
      const [a, b, c, d] = m[0].split('.').map(Number);
      const r = network(text, m.index + m[0].length, a, b, c, d) ?? ipv4Range(a, b, c, d);
      out.push({ start: m.index, end: m.index + m[0].length, score: r.score, reasons: [r.reason] });
    }
    return out.sort((x, y) => x.start - y.start);
  },
};
