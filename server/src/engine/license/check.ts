// Runs the license rules over a card.
import type { Finding } from '../types';
import type { DatasanSettings } from '../settings';
import { ruleDocFile, ruleDocUrl } from '../rule-docs';
import { parseCard } from './card';
import { LICENSE_RULES, type DerivedCard, type LicenseRule } from './rules';

export interface LicenseEnv {
  settings: DatasanSettings;
  /** Whether the card's folder has a NOTICE file; leave undefined when unknown. */
  noticeFileExists?: boolean;
}

const BY_ID = new Map(LICENSE_RULES.map((r) => [r.id, r]));

export function licenseRule(id: string): LicenseRule | undefined {
  return BY_ID.get(id);
}

/** The rule's documentation page, relative to the extension root: "docs/rules/llama-name-prefix.md". */
export function ruleDocPath(id: string): string {
  return `docs/rules/${ruleDocFile(id)}`;
}

/** The page as the diagnostics link it (an absolute https URL: a relative path does not open from a hover). */
export { ruleDocUrl };

/**
 * License findings for a Markdown document. Returns [] at once for text that never mentions Llama,
 * and for cards that are not about a Llama derivative (or are Meta's own).
 */
export function checkModelCard(text: string, env: LicenseEnv): Finding[] {
  const { settings } = env;
  if (!settings.license.enable || !/llama/i.test(text)) return [];
  const card = parseCard(text);
  if (card.licensor) return [];
  const out: Finding[] = [];
  for (const rule of LICENSE_RULES) {
    const setting = settings.license.severity[rule.id] ?? settings.severity[rule.id];
    if (setting === 'off' || (!card.derivation && !rule.anyCard)) continue;
    for (const hit of rule.check(card as DerivedCard, env)) {
      let severity = hit.severity ?? rule.defaultSeverity;
      // Only base_model makes a derivation certain; a lineage read from prose never yields an error.
      if (severity === 'error' && card.derivation?.source !== 'metadata') severity = 'warning';
      const inferred = card.derivation?.source === 'prose' && !rule.anyCard;
      out.push({
        start: hit.start,
        end: hit.end,
        rule: rule.id,
        entity: null,
        confidence: inferred ? 0.8 : 1,
        severity: setting ?? severity,
        message: hit.message,
        reasons: [...(card.derivation ? [card.derivation.reason] : []), ...(hit.reasons ?? [])],
        container: 'raw',
      });
    }
  }
  return out.sort((a, b) => a.start - b.start || a.rule.localeCompare(b.rule));
}

