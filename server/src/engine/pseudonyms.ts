// Keyed pseudonyms: `[PERSON_k3f9q2ab7xmz]`, a tag derived from a keyed hash of the entity and the normalised
// value, so that shards redacted apart (other processes, machines, runs) agree, and nobody without the key
// can tell which value a tag stands for.
import { promises as fs } from 'node:fs';
import { createHmac, createSecretKey, type KeyObject } from 'node:crypto';

/** What a pseudonym style puts after the entity: `[PERSON_3]` numbered, `[PERSON_k3f9q2ab7xmz]` keyed. */
export interface PseudonymSource {
  tag(entity: string, value: string): string;
}

/** Lower-case letters and digits without 0/o, 1/l: 32 symbols, 5 bits each. */
const TAG_ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';
/** 12 symbols = 60 bits: among 10⁶ distinct values of one entity a collision has probability ≈ 4·10⁻⁷. */
export const KEYED_TAG_LENGTH = 12;
/** Keys shorter than this are refused: a short key could be guessed and the tags reversed by trying values. */
export const MIN_PSEUDONYM_KEY_BYTES = 16;

/** How values are compared: Unicode- and case-folded, spaces collapsed; digits-only ids without separators. */
export function normalisePseudonymValue(value: string): string {
  const v = value.normalize('NFKC').toLowerCase().trim().replace(/\s+/g, ' ');
  // "+1 (415) 555-0100" and "+14155550100", "4111 1111 1111 1111" and "4111-1111-1111-1111" are one value.
  return /^[+\d][\d\s()./-]*$/.test(v) ? v.replace(/[^+\d]/g, '') : v;
}

/**
 * Keyed pseudonyms: a tag derived from HMAC-SHA-256(key, entity, normalised value), the same on every shard,
 * machine and run that shares the key, and not reversible without it. Nothing is remembered between values.
 */
export class KeyedPseudonyms implements PseudonymSource {
  /** A KeyObject: HMACs made from it cost half of those made from the key's bytes. */
  private readonly key: KeyObject;

  constructor(key: Uint8Array) {
    if (key.length < MIN_PSEUDONYM_KEY_BYTES) throw new Error(`a pseudonym key needs at least ${MIN_PSEUDONYM_KEY_BYTES} bytes`);
    this.key = createSecretKey(key);
  }

  tag(entity: string, value: string): string {
    const mac = createHmac('sha256', this.key).update(entity).update('\u0000').update(normalisePseudonymValue(value)).digest();
    let out = '';
    // 12 symbols from the first 60 bits, 5 at a time.
    let acc = 0;
    let bits = 0;
    for (let i = 0; out.length < KEYED_TAG_LENGTH; i++) {
      acc = ((acc << 8) | mac[i]) & 0xffff;
      bits += 8;
      while (bits >= 5 && out.length < KEYED_TAG_LENGTH) {
        bits -= 5;
        out += TAG_ALPHABET[(acc >> bits) & 31];
      }
    }
    return out;
  }
}

/**
 * The key of a key file: its bytes, less one line ending (so `openssl rand -hex 32 > key` works). Throws an
 * Error that names the problem (never the key).
 */
export async function readPseudonymKey(path: string): Promise<Uint8Array> {
  const bytes = await fs.readFile(path);
  const end = bytes.at(-1) === 10 ? (bytes.at(-2) === 13 ? bytes.length - 2 : bytes.length - 1) : bytes.length;
  if (end < MIN_PSEUDONYM_KEY_BYTES) throw new Error(`a key needs at least ${MIN_PSEUDONYM_KEY_BYTES} bytes (e.g. openssl rand -hex 32 > ${path})`);
  return bytes.subarray(0, end);
}
