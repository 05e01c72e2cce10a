// Completion in the front matter: license ids and official Llama 4 base model ids.
import { findFrontMatter } from './frontmatter';
import { LICENSE_IDS, LINEAGE, LLAMA4_MODELS, VERSIONS } from './facts';
import { lineStartAt } from './text';

export interface LicenseCompletion {
  label: string;
  detail?: string;
  documentation?: string;
}

function keyOfLine(line: string): string | undefined {
  return /^([\w-]+)\s*:/.exec(line)?.[1];
}

/** The top-level key whose value is being typed at `offset`, if the offset is inside the front matter. */
function keyAt(text: string, offset: number): string | undefined {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const fm = findFrontMatter(text, bom);
  const firstEnd = text.indexOf('\n', bom);
  const inside = fm ? offset >= fm.contentStart && offset <= fm.contentEnd : text.startsWith('---', bom) && firstEnd >= 0 && offset > firstEnd;
  if (!inside) return undefined;
  const start = lineStartAt(text, offset);
  const before = text.slice(start, offset);
  const own = /^([\w-]+)\s*:\s*["']?[\w./:-]*$/.exec(before);
  if (own) return own[1];
  // A list item ("  - ") under a key.
  if (!/^\s*-\s*["']?[\w./-]*$/.test(before)) return undefined;
  for (let at = start; at > (fm?.contentStart ?? 0); ) {
    const prevStart = lineStartAt(text, at - 1);
    const prev = text.slice(prevStart, at).replace(/\r?\n$/, '');
    if (/^\s*-/.test(prev) || prev.trim() === '') {
      at = prevStart;
      continue;
    }
    return /^\S/.test(prev) && /:\s*$/.test(prev) ? keyOfLine(prev) : undefined;
  }
  return undefined;
}

/** Completion items for the front-matter value at `offset`. */
export function licenseCompletions(text: string, offset: number): LicenseCompletion[] {
  const key = keyAt(text, offset);
  switch (key) {
    case 'license':
      return LICENSE_IDS.map((l) => ({ label: l.id, detail: l.detail }));
    case 'license_name':
      return VERSIONS.map((v) => ({ label: LINEAGE[v].licenseId, detail: LINEAGE[v].licenseName }));
    case 'license_link':
      return VERSIONS.map((v) => ({ label: LINEAGE[v].agreementUrl, detail: LINEAGE[v].licenseName }));
    case 'base_model':
      return LLAMA4_MODELS.map((m) => ({
        label: `meta-llama/${m.id}`,
        detail: m.summary,
        documentation: [
          m.activeParams ? `${m.activeParams} active / ${m.totalParams} total parameters` : m.totalParams && `${m.totalParams} parameters`,
          m.experts && `${m.experts} experts`,
          m.context && `${m.context} context`,
          m.modalities,
          'Llama 4 Community License',
        ]
          .filter(Boolean)
          .join(' · '),
      }));
    default:
      return [];
  }
}
