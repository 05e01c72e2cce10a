// Hover text: facts and obligations on a base_model id; the clause behind a finding.
import { DEFAULT_SETTINGS, type DatasanSettings } from '../settings';
import { parseCard } from './card';
import { checkModelCard, licenseRule, ruleDocUrl } from './check';
import { LINEAGE, llama4Family, namedLlama4Model, type LlamaVersion, type ModelFacts } from './facts';
import { lineageOfId } from './lineage';
import { scalarsOf } from './frontmatter';

function obligations(version: LlamaVersion): string {
  const f = LINEAGE[version];
  const lines = [
    `**Obligations under the ${f.licenseName}** (for a model made from it):`,
    `- Name the model so it begins with "${f.namePrefix}" (§1.b.i).`,
    `- Display "${f.display}" on its page or documentation (§1.b.i(B)).`,
    `- Ship a copy of the agreement: ${f.agreementUrl} (§1.b.i(A)).`,
    `- Keep the attribution in a NOTICE file: "${f.notice}" (§1.b.iii).`,
    `- Follow the Acceptable Use Policy: ${f.usePolicyUrl} (§1.b.iv).`,
  ];
  if (f.euMultimodal) lines.push('- Multimodal models: the §1(a) rights are not granted to individuals or companies based in the EU (end users of a product are exempt).');
  lines.push('- Above 700 million monthly active users, a separate license from Meta is needed (§2).');
  return lines.join('\n');
}

function modelFacts(m: ModelFacts): string {
  return [
    m.activeParams && `- Parameters: ${m.activeParams} active / ${m.totalParams} total`,
    !m.activeParams && m.totalParams && `- Parameters: ${m.totalParams}`,
    m.experts && `- Experts: ${m.experts}`,
    m.context && `- Context length: ${m.context}`,
    `- Modalities: ${m.modalities}${m.multimodal ? ' (natively multimodal)' : ''}`,
    m.released && `- Released: ${m.released}`,
  ]
    .filter(Boolean)
    .join('\n');
}

function baseModelHover(id: string): string | undefined {
  const lineage = lineageOfId(id);
  if (/^meta-llama\/llama-4-behemoth/i.test(id.trim())) {
    return `**${id}**\n\nLlama 4 Behemoth was previewed by Meta but never released: this base model id is suspicious.`;
  }
  if (!lineage) return undefined;
  const parts: string[] = [];
  const trimmed = id.trim();
  const named = lineage.version === '4' ? namedLlama4Model(trimmed) : undefined;
  // A third-party id that names only the family ("acme/Llama-4-Scout-Legal"): the family's facts.
  const family = lineage.version === '4' && !named && !lineage.official ? llama4Family(lineage.variant) : undefined;
  if (named && lineage.official) {
    parts.push(`**${named.id}** — ${named.summary}`, modelFacts(named));
  } else if (named) {
    parts.push(`**${trimmed}** — a derivative of **meta-llama/${named.id}** (${named.summary}), read from its id. The parent's facts:`, modelFacts(named));
  } else if (family) {
    parts.push(`**${trimmed}** — a derivative of Llama 4 ${family.family}, read from its id. The facts of Llama 4 ${family.family}:`, modelFacts(family));
  } else {
    parts.push(`**${trimmed}** — a Llama ${lineage.version} model${lineage.official ? ' by Meta' : ' (lineage read from its id)'}`);
  }
  parts.push(obligations(lineage.version));
  return parts.join('\n\n');
}

/**
 * Markdown hover for an offset in a card, or undefined. Pass the user's settings so switched-off rules stay
 * quiet, and whether a NOTICE file lies beside the card (as the check was given it) so its findings match.
 */
export function licenseHover(text: string, offset: number, settings: DatasanSettings = DEFAULT_SETTINGS, noticeFileExists?: boolean): string | undefined {
  if (!/llama/i.test(text)) return undefined;
  const card = parseCard(text);
  const base = scalarsOf(card.frontMatter, 'base_model', text).find((b) => offset >= b.start && offset <= b.end);
  if (base) return baseModelHover(base.value);
  if (!settings.license.enable) return undefined;
  const hits = checkModelCard(text, { settings, noticeFileExists }).filter((f) => offset >= f.start && offset <= f.end);
  if (hits.length === 0) return undefined;
  const version = card.derivation?.version;
  const license = version ? LINEAGE[version].licenseName : 'Llama Community License';
  const seen = new Set<string>();
  return hits
    .filter((h) => !seen.has(h.rule) && seen.add(h.rule))
    .map((h) => {
      const rule = licenseRule(h.rule)!;
      const where = rule.clause.startsWith('§') ? `${license} ${rule.clause}` : rule.clause;
      return `**${rule.id}** — ${where}\n\n> ${rule.asks}\n\n[Rule documentation](${ruleDocUrl(rule.id)})`;
    })
    .join('\n\n---\n\n');
}
