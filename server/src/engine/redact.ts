// Replacements for findings, encoded for where they sit: inside a JSON string the replacement is
// escaped, a JSON number becomes a quoted string, raw text is replaced as is.
import { createHash, randomBytes } from 'node:crypto';
import { KeyedPseudonyms, type PseudonymSource } from './pseudonyms';

import type { Finding, OffsetEdit } from './types';
import type { RedactionStyle } from './settings';
import { decodeJsonString, jsonEscape } from './formats/json';
import type { Format } from './formats/units';
import { withAlignedAnswers } from './formats/qa-offsets';

export { applyEdits } from './edits';

const PARTIAL_ENTITIES = new Set(['CREDIT_CARD', 'PHONE_NUMBER', 'US_BANK_NUMBER', 'IBAN_CODE']);

/** The decoded value a finding covers (JSON escapes resolved). Stays in memory: never log it. */
export function findingValue(text: string, f: Pick<Finding, 'start' | 'end' | 'container'>): string {
  const raw = text.slice(f.start, f.end);
  return f.container === 'json-string' ? decodeJsonString(raw) : raw;
}

/**
 * Consistent numbering: the same value of the same entity gets the same number throughout a file.
 * Values are held only as salted hashes, so a long streaming run never keeps the values themselves.
 */
export class Pseudonyms implements PseudonymSource {
  private readonly salt = randomBytes(16);
  private readonly numbers = new Map<string, number>();
  private readonly next = new Map<string, number>();

  /** Continues after numbers already present in the text, e.g. from an earlier redaction. */
  seed(text: string): this {
    for (const m of text.matchAll(/\[([A-Z][A-Z0-9_]*?)_(\d{1,9})\]/g)) {
      const n = Number(m[2]);
      if (n >= (this.next.get(m[1]) ?? 1)) this.next.set(m[1], n + 1);
    }
    return this;
  }

  number(entity: string, value: string): number {
    const key = createHash('sha256').update(this.salt).update(entity).update('\u0000').update(value).digest('base64');
    let n = this.numbers.get(key);
    if (n === undefined) {
      n = this.next.get(entity) ?? 1;
      this.next.set(entity, n + 1);
      this.numbers.set(key, n);
    }
    return n;
  }

  tag(entity: string, value: string): string {
    return String(this.number(entity, value));
  }
}

/**
 * The pseudonyms of a redaction in style "pseudonym" (undefined for other styles): keyed tags when a key is
 * given, else a numbering, which the caller may seed with the numbers its input already holds.
 */
export function pseudonymsFor(style: RedactionStyle, key?: Uint8Array): KeyedPseudonyms | Pseudonyms | undefined {
  if (style !== 'pseudonym') return undefined;
  return key ? new KeyedPseudonyms(key) : new Pseudonyms();
}

export function replacement(value: string, entity: string, style: RedactionStyle, pseudonyms?: PseudonymSource): string {
  switch (style) {
    case 'pseudonym':
      return `[${entity}_${(pseudonyms ?? new Pseudonyms()).tag(entity, value)}]`;
    case 'mask':
      return value.replace(/\S/gu, '*');
    case 'partial': {
      if (!PARTIAL_ENTITIES.has(entity)) return `[${entity}]`;
      let keep = 4;
      const chars = [...value];
      for (let i = chars.length - 1; i >= 0; i--) {
        if (!/[0-9A-Za-z]/.test(chars[i])) continue;
        if (keep > 0) keep--;
        else chars[i] = '*';
      }
      return chars.join('');
    }
    default:
      return `[${entity}]`;
  }
}

/** The findings that become edits: PII only (license findings have no entity), without overlaps. */
export function redactable(findings: readonly Finding[]): Finding[] {
  const out: Finding[] = [];
  for (const f of [...findings].sort((a, b) => a.start - b.start)) {
    if (f.entity === null) continue;
    if (out.length && f.start < out[out.length - 1].end) continue;
    out.push(f);
  }
  return out;
}

/** The edit that redacts one finding, encoded for its container. */
export function redactionEdit(text: string, f: Finding, style: RedactionStyle, pseudonyms?: PseudonymSource): OffsetEdit {
  const value = findingValue(text, f);
  const r = replacement(value, f.entity ?? 'PII', style, pseudonyms);
  const newText = f.container === 'json-string' ? jsonEscape(r) : f.container === 'json-number' ? JSON.stringify(r) : r;
  return { start: f.start, end: f.end, newText };
}

/**
 * Edits for `selected` findings. Pseudonyms are numbered over `all` findings of the file in order,
 * so redacting one finding gives it the number it would get in a whole-file redaction. With the
 * document's `format` (JSON, JSONL), QA records' `answer_start` numbers are rewritten to stay aligned.
 * With a `pseudonymKey`, pseudonyms are keyed tags instead, which need no numbering.
 */
export function redactionEdits(text: string, all: readonly Finding[], selected: readonly Finding[], style: RedactionStyle, format?: Format, pseudonymKey?: Uint8Array): OffsetEdit[] {
  const pseudonyms = pseudonymsFor(style, pseudonymKey);
  if (pseudonyms instanceof Pseudonyms) {
    pseudonyms.seed(text);
    for (const f of [...all].sort((a, b) => a.start - b.start)) pseudonyms.number(f.entity ?? 'PII', findingValue(text, f));
  }
  const edits = redactable(selected).map((f) => redactionEdit(text, f, style, pseudonyms));
  return withAlignedAnswers(text, edits, format);
}
