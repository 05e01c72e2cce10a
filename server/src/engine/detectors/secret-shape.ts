// Shared checks for vendor tokens: documentation examples and placeholders are not leaks.

const PLACEHOLDER_WORDS = /example|sample|dummy|placeholder|your|redacted|changeme|fake|test(?:ing)?key|x{4,}|\*{3,}|\.{3}|0{8,}|(?:0123456789|123456789|abcdefgh)/i;

/** Why `body` (a token without its vendor prefix) looks made up, or undefined when it looks real. */
export function placeholderReason(body: string): string | undefined {
  if (PLACEHOLDER_WORDS.test(body)) return 'looks like a placeholder or documentation example';
  // Real tokens are random: a long body made of very few distinct characters is not.
  if (body.length >= 16 && new Set(body).size < 8) return 'too few distinct characters to be a real token';
  return undefined;
}

/** Low enough that a context word (+0.35) still leaves it below the default threshold. */
export const PLACEHOLDER_SCORE = 0.1;

/** Standard score for a vendor-prefixed token: high, unless it looks made up. */
export function tokenScore(body: string, high: number): { score: number; reasons: string[] } {
  const fake = placeholderReason(body);
  return fake ? { score: PLACEHOLDER_SCORE, reasons: [fake] } : { score: high, reasons: ['vendor token prefix and length'] };
}
