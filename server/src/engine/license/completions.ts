// Completion in the front matter: license ids and official Llama 4 base model ids.
import { findFrontMatter } from './frontmatter';
import { LICENSE_IDS, LINEAGE, LLAMA4_MODELS, VERSIONS } from './facts';
import { lineStartAt } from './text';
import type { Span } from '../types';

export interface LicenseCompletion {
  label: string;
  detail?: string;
  documentation?: string;
  /** The value typed so far, which accepting the item replaces (so "meta-llama/Ll" does not end up twice). */
  replace: Span;
}

function keyOfLine(line: string): string | undefined {
  return /^([\w-]+)\s*:/.exec(line)?.[1];
}

/** The top-level key whose value is being typed at `offset` and where that value starts, if the offset is inside the front matter. */
function keyAt(text: string, offset: number): { key: string; valueStart: number } | undefined {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const fm = findFrontMatter(text, bom);
  const firstEnd = text.indexOf('\n', bom);
  const inside = fm ? offset >= fm.contentStart && offset <= fm.contentEnd : text.startsWith('---', bom) && firstEnd >= 0 && offset > firstEnd;
  if (!inside) return undefined;
  const start = lineStartAt(text, offset);
  const before = text.slice(start, offset);
  const own = /^([\w-]+)\s*:\s*["']?([\w./:-]*)$/.exec(before);
  if (own) return { key: own[1], valueStart: offset - own[2].length };
  // A list item ("  - ") under a key.
  const item = /^\s*-\s*["']?([\w./-]*)$/.exec(before);
  if (!item) return undefined;
  for (let at = start; at > (fm?.contentStart ?? 0); ) {
    const prevStart = lineStartAt(text, at - 1);
    const prev = text.slice(prevStart, at).replace(/\r?\n$/, '');
    if (/^\s*-/.test(prev) || prev.trim() === '') {
      at = prevStart;
      continue;
    }
    const key = /^\S/.test(prev) && /:\s*$/.test(prev) ? keyOfLine(prev) : undefined;
    return key ? { key, valueStart: offset - item[1].length } : undefined;
  }
  return undefined;
}

/** Completion items for the front-matter value at `offset`. */
export function licenseCompletions(text: string, offset: number): LicenseCompletion[] {
  const at = keyAt(text, offset);
  if (!at) return [];
  const replace = { start: at.valueStart, end: offset };
  return itemsFor(at.key).map((c) => ({ ...c, replace }));
}

function itemsFor(key: string): Omit<LicenseCompletion, 'replace'>[] {
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
