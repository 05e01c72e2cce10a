import { createHash } from 'node:crypto';
import type { Detector } from '../types';
import { matchesOf } from '../regexp';

// Legacy (1…) and script-hash (3…) addresses in base58, and SegWit bc1… addresses in bech32/bech32m.
const BASE58_ADDRESS = /(?<![\w])[13][1-9A-HJ-NP-Za-km-z]{25,34}(?![\w])/g;
const BECH32_ADDRESS = /(?<![\w])bc1[02-9ac-hj-np-z]{8,87}(?![\w])|(?<![\w])BC1[02-9AC-HJ-NP-Z]{8,87}(?![\w])/g;

const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

function base58Decode(s: string): Uint8Array | undefined {
  let n = 0n;
  for (const ch of s) {
    const v = B58.indexOf(ch);
    if (v < 0) return undefined;
    n = n * 58n + BigInt(v);
  }
  const bytes: number[] = [];
  while (n > 0n) {
    bytes.unshift(Number(n & 0xffn));
    n >>= 8n;
  }
  for (let i = 0; i < s.length && s[i] === '1'; i++) bytes.unshift(0);
  return Uint8Array.from(bytes);
}

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest();

/** Base58Check: 1 version byte (0x00 P2PKH, 0x05 P2SH), 20 hash bytes, 4 checksum bytes. */
export function base58CheckValid(address: string): boolean {
  const b = base58Decode(address);
  if (!b || b.length !== 25 || (b[0] !== 0x00 && b[0] !== 0x05)) return false;
  const check = sha256(sha256(b.subarray(0, 21)));
  return check.subarray(0, 4).equals(b.subarray(21));
}

const BECH32_CHARSET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const GENERATOR = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];

export function bech32Polymod(values: number[]): number {
  let chk = 1;
  for (const v of values) {
    const top = chk >>> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ v;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk ^= GENERATOR[i];
  }
  return chk >>> 0;
}

export function hrpExpand(hrp: string): number[] {
  const codes = [...hrp].map((c) => c.charCodeAt(0));
  return [...codes.map((c) => c >> 5), 0, ...codes.map((c) => c & 31)];
}

/** BIP-173/350: witness v0 uses the bech32 constant, v1+ (Taproot) bech32m. */
export function segwitAddressValid(address: string): boolean {
  const s = address.toLowerCase();
  const data = [...s.slice(3)].map((c) => BECH32_CHARSET.indexOf(c));
  if (data.some((v) => v < 0) || data.length < 7) return false;
  const witnessVersion = data[0];
  if (witnessVersion > 16) return false;
  const expected = witnessVersion === 0 ? 1 : 0x2bc830a3;
  return bech32Polymod([...hrpExpand('bc'), ...data]) === expected;
}

export const bitcoinAddress: Detector = {
  id: 'pii/crypto',
  entity: 'CRYPTO',
  label: 'Bitcoin address',
  description: 'A Bitcoin wallet address (legacy base58check or SegWit bech32/bech32m) with a valid checksum.',
  tags: ['financial'],
  defaultSeverity: 'warning',
  scope: 'digits',
  skipsIds: true,
  minTokenRun: 11, // bc1 and 8 characters at least; a base58 address has 26 or more
  contextWords: ['bitcoin', 'btc', 'wallet', 'address', 'send', 'crypto'],
  contextBoost: 0.05,
  trigger: /[13][1-9A-HJ-NP-Za-km-z]{25}|bc1|BC1/,
  *detect(text) {
    for (const m of matchesOf(BASE58_ADDRESS, text)) {
      if (!base58CheckValid(m[0])) continue;
      yield { start: m.index, end: m.index + m[0].length, score: 0.9, reasons: ['base58check checksum passed'] };
    }
    for (const m of matchesOf(BECH32_ADDRESS, text)) {
      if (!segwitAddressValid(m[0])) continue;
      yield { start: m.index, end: m.index + m[0].length, score: 0.9, reasons: ['bech32 checksum passed'] };
    }
  },
};
