// Shared checks for vendor tokens: documentation examples and placeholders are not leaks.

const PLACEHOLDER_WORDS = /example|sample|dummy|placeholder|your|redacted|changeme|fake|test(?:ing)?key|x{4,}|\*{3,}|\.{3}|0{8,}|(?:0123456789|123456789|abcdefgh)/i;

/** Why `body` (a token without its vendor prefix) looks made up, or undefined when it looks real. */
export function placeholderReason(body: string): string | undefined {
  if (PLACEHOLDER_WORDS.test(body)) return 'looks like a placeholder or documentation example';
  // Real tokens are random: a long body made of very few distinct characters is not.
  if (body.length >= 16 && new Set(body).size < 8) return 'too few distinct characters to be a real token';
  if (readsAsIdentifier(body)) return 'reads as a camelCase identifier, not a random token';
  return undefined;
}

/**
 * A letters-only body made of words (`requiredCharacteristicTypesForDisplayMetadata`): few capitals, long
 * lower-case runs with vowels. Random letters are about half capitals, so a real token almost never is one.
 */
export function readsAsIdentifier(body: string): boolean {
  if (body.length < 12 || !/^[A-Za-z]+$/.test(body)) return false;
  const capitals = body.replace(/[^A-Z]/g, '').length;
  return capitals > 0 && capitals <= body.length / 5 && mostlyWords(body);
}

/** Lower-case runs of four or more letters, with vowels as words have, cover most of `s`. */
export function mostlyWords(s: string): boolean {
  const runs = s.match(/[a-z]{4,}/g) ?? [];
  const inRuns = runs.reduce((n, r) => n + r.length, 0);
  const vowels = runs.join('').replace(/[^aeiouy]/g, '').length;
  return inRuns >= s.length * 0.6 && vowels >= inRuns * 0.25;
}

/** Shannon entropy of `s` in bits per character. */
export function entropy(s: string): number {
  const counts = new Map<string, number>();
  for (const c of s) counts.set(c, (counts.get(c) ?? 0) + 1);
  let h = 0;
  for (const n of counts.values()) h -= (n / s.length) * Math.log2(n / s.length);
  return h;
}

/** Low enough that a context word (+0.35) still leaves it below the default threshold. */
export const PLACEHOLDER_SCORE = 0.1;

/** Standard score for a vendor-prefixed token: high, unless it looks made up. */
export function tokenScore(body: string, high: number): { score: number; reasons: string[] } {
  const fake = placeholderReason(body);
  return fake ? { score: PLACEHOLDER_SCORE, reasons: [fake] } : { score: high, reasons: ['vendor token prefix and length'] };
}
