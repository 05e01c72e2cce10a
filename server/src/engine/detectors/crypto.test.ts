import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { base58CheckValid, bech32Polymod, bitcoinAddress, hrpExpand, segwitAddressValid } from './crypto';
import { matches, scored } from '../../testing/detectors';

const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest();

function base58Check(version: number, hashByte: number): string {
  const payload = Buffer.from([version, ...new Array(20).fill(hashByte)]);
  const bytes = Buffer.concat([payload, sha256(sha256(payload)).subarray(0, 4)]);
  let n = BigInt('0x' + bytes.toString('hex'));
  let s = '';
  while (n > 0n) {
    s = B58[Number(n % 58n)] + s;
    n /= 58n;
  }
  for (const b of bytes) {
    if (b !== 0) break;
    s = '1' + s;
  }
  return s;
}

function segwit(version: number, programByte: number, programLength: number): string {
  const CHARSET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
  // 8-bit program to 5-bit groups.
  const bits = [...new Array(programLength).fill(programByte)].map((b: number) => b.toString(2).padStart(8, '0')).join('');
  const data = [version, ...(bits.padEnd(Math.ceil(bits.length / 5) * 5, '0').match(/.{5}/g) ?? []).map((g) => parseInt(g, 2))];
  const constant = version === 0 ? 1 : 0x2bc830a3;
  const mod = bech32Polymod([...hrpExpand('bc'), ...data, 0, 0, 0, 0, 0, 0]) ^ constant;
  const checksum = [0, 1, 2, 3, 4, 5].map((i) => (mod >>> (5 * (5 - i))) & 31);
  return 'bc1' + [...data, ...checksum].map((v) => CHARSET[v]).join('');
}

const p2pkh = base58Check(0x00, 0x42);
const p2sh = base58Check(0x05, 0x42);
const v0 = segwit(0, 0x42, 20);
const taproot = segwit(1, 0x42, 32);

test('crypto: generated fixtures pass the checksums', () => {
  assert.match(p2pkh, /^1/);
  assert.match(p2sh, /^3/);
  assert.ok(base58CheckValid(p2pkh) && base58CheckValid(p2sh));
  assert.ok(segwitAddressValid(v0) && segwitAddressValid(taproot));
  assert.equal(v0.length, 42);
});

test('crypto: legacy, P2SH, SegWit and Taproot addresses', () => {
  assert.deepEqual(matches(bitcoinAddress, `send to ${p2pkh} please`, 0.8), [p2pkh]);
  assert.deepEqual(matches(bitcoinAddress, `${p2sh}.`, 0.8), [p2sh]);
  assert.deepEqual(matches(bitcoinAddress, `wallet ${v0} and ${taproot}`, 0.8), [v0, taproot]);
  assert.deepEqual(matches(bitcoinAddress, v0.toUpperCase(), 0.8), [v0.toUpperCase()]);
});

test('crypto: a changed character breaks the checksum', () => {
  const flip = (s: string, i: number, c: string) => s.slice(0, i) + (s[i] === c ? 'z' : c) + s.slice(i + 1);
  assert.deepEqual(matches(bitcoinAddress, flip(p2pkh, 10, 'x')), []);
  assert.deepEqual(matches(bitcoinAddress, flip(v0, 10, 'q')), []);
  // bech32m checksum on a v0 program (or bech32 on v1) is invalid.
  assert.deepEqual(matches(bitcoinAddress, 'bc1' + taproot.slice(3).replace(/^p/, 'q')), []);
});

test('crypto: hashes, base64 and mixed-case bech32 stay silent', () => {
  assert.deepEqual(matches(bitcoinAddress, '1a79a4d60de6718e8e5b326e338ae533'), []);
  assert.deepEqual(matches(bitcoinAddress, '3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLz'.replace('L', 'M')), []);
  assert.deepEqual(matches(bitcoinAddress, 'bc1' + v0.slice(3, 10).toUpperCase() + v0.slice(10)), []);
});

test('crypto: a context word raises the score', () => {
  assert.ok(scored(bitcoinAddress, `BTC wallet: ${p2pkh}`)[0].score > scored(bitcoinAddress, `x ${p2pkh}`)[0].score);
});

test('crypto: hostile input returns', () => {
  assert.ok(Array.isArray(matches(bitcoinAddress, '1'.repeat(50000) + 'bc1'.repeat(20000))));
});
