// Test fixtures: deterministic random-looking token bodies, built at run time so that no
// credential-shaped literal is committed (secret scanners would rightly flag one).
import { createHash } from 'node:crypto';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** `length` characters from `alphabet`, derived from `seed`. */
export function fakeBody(length: number, seed: string, alphabet = ALNUM): string {
  let out = '';
  for (let i = 0; out.length < length; i++) {
    for (const byte of createHash('sha256').update(`${seed}:${i}`).digest()) {
      if (out.length < length) out += alphabet[byte % alphabet.length];
    }
  }
  return out;
}
