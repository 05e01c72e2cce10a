// Recognises Llama lineage tokens ("Llama-4-Scout", "Meta-Llama-3.1", "llama3.3") in ids and prose.
import type { LlamaVersion } from './facts';
import { LINEAGE } from './facts';

export interface LlamaToken {
  start: number;
  end: number;
  /** undefined for lineages outside these checks (Llama 1 and 2, unknown minors). */
  version: LlamaVersion | undefined;
  /** The token begins with Meta's own mark ("Meta-Llama-3"). */
  meta: boolean;
  variant?: 'Scout' | 'Maverick' | 'Behemoth';
}

// "llama" must start a word (so TinyLlama, OpenLLaMA, open_llama, Ollama, CodeLlama never match) and be
// followed by a version number (so llama.cpp, LlamaIndex, llamafile never match); "llama-7b" is a size, not a version.
const TOKEN = /(?<![\p{L}\p{N}_])(meta[-_ ]?)?llama(?:[-_ ]?(prompt[-_ ]?guard|guard))?[-_ ]?(\d{1,2})(?:[._](\d))?(?!\p{N})(?![bmkBMK](?!\p{L}))/giu;
const VARIANT = /^[-_ ]?(scout|maverick|behemoth)(?![\p{L}])/iu;

function toVersion(major: string, minor: string | undefined, guard: string | undefined, after: string): LlamaVersion | undefined {
  if (guard) {
    if (/prompt/i.test(guard)) return major === '2' ? '4' : undefined;
    if (major === '4') return '4';
    if (major === '3') return /^[-_ ]?(?:1b|11b)/i.test(after) ? '3.2' : '3.1';
    return undefined;
  }
  if (major === '4') return '4';
  if (major !== '3') return undefined;
  if (minor === undefined) return '3';
  if (minor === '1' || minor === '2' || minor === '3') return `3.${minor}` as LlamaVersion;
  return undefined;
}

export function* llamaTokens(text: string, from = 0, to = text.length): Generator<LlamaToken> {
  const re = new RegExp(TOKEN.source, TOKEN.flags);
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    const end = m.index + m[0].length;
    const after = text.slice(end, end + 12);
    const v = VARIANT.exec(after);
    yield {
      start: m.index,
      end,
      version: toVersion(m[3], m[4], m[2], after),
      meta: m[1] !== undefined,
      variant: v ? ((v[1][0].toUpperCase() + v[1].slice(1).toLowerCase()) as LlamaToken['variant']) : undefined,
    };
  }
}

/** Well-known ids whose text does not carry the Llama version. */
const KNOWN_IDS: Record<string, LlamaVersion> = {
  'deepseek-ai/deepseek-r1-distill-llama-8b': '3.1',
  'deepseek-ai/deepseek-r1-distill-llama-70b': '3.3',
  'meta-llama/prompt-guard-86m': '3.1',
};

export interface IdLineage {
  version: LlamaVersion;
  variant?: LlamaToken['variant'];
  /** Meta's own repository. */
  official: boolean;
  /**
   * A third-party id that says only "llama3" (`acme/chat-llama3-3b-sft`): the Llama 3 family, loosely, as
   * much as Meta Llama 3 itself. Meta's ids, well-known ids, "Meta-Llama-3" and ids with a minor are precise.
   */
  loose?: boolean;
}

/** The Llama lineage a model id carries, if any. */
export function lineageOfId(id: string): IdLineage | undefined {
  const trimmed = id.trim();
  const official = /^meta-llama\//i.test(trimmed);
  const known = KNOWN_IDS[trimmed.toLowerCase()];
  if (known) return { version: known, official };
  for (const t of llamaTokens(trimmed)) {
    if (!t.version) continue;
    const lineage: IdLineage = { version: t.version, variant: t.variant, official };
    if (!official && t.version === '3' && !t.meta) lineage.loose = true;
    return lineage;
  }
  return undefined;
}

/** "llama4" → "4", "llama3.1" → "3.1", "llama2" → "2"; undefined when it is not a Llama license id. */
export function licenseIdVersion(id: string): string | undefined {
  const m = /^(?:meta[-_ ]?)?llama[-_ ]?(\d)(?:[._](\d))?(?:[-_ ]?community)?(?:[-_ ]?licen[cs]e)?$/i.exec(id.trim());
  if (!m) return undefined;
  return m[2] && m[1] === '3' ? `3.${m[2]}` : m[1];
}

/** The Llama version whose agreement a URL points to, or undefined when it is no Llama agreement. */
export function agreementVersion(url: string): string | undefined {
  const u = url.trim();
  let m = /llama\.(?:meta\.)?com\/(?:docs\/)?llama(\d)(?:[_.-](\d))?\/licen[cs]e/i.exec(u);
  if (m) return m[2] && m[1] === '3' ? `3.${m[2]}` : m[1];
  m = /github\.com\/meta-llama\/llama-models\/(?:blob|raw|tree)\/[^/]+\/models\/llama(\d)(?:_(\d))?\/LICENSE/i.exec(u);
  if (m) return m[2] && m[1] === '3' ? `3.${m[2]}` : m[1];
  if (/github\.com\/meta-llama\/llama3\/(?:blob|raw)\/[^/]+\/LICENSE/i.test(u)) return '3';
  if (/github\.com\/meta-llama\/llama\/(?:blob|raw)\/[^/]+\/LICENSE/i.test(u)) return '2';
  if (/ai\.meta\.com\/(?:resources\/models-and-libraries\/)?llama(?:-downloads)?\/licen[cs]e/i.test(u)) return '2';
  m = /huggingface\.co\/(meta-llama\/[^/\s]+)\/(?:blob|raw|resolve)\/[^/]+\/LICENSE/i.exec(u);
  if (m) return lineageOfId(m[1])?.version;
  return undefined;
}

function flexible(sentence: string): string {
  return sentence
    .replace(/\.$/, '')
    .split(/\s+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace('©', '(?:©|\\(c\\))'))
    .join('\\s+');
}

/** The attribution sentence of each lineage, accepting © or (c) and any whitespace. */
export const NOTICE_PATTERNS: readonly { version: LlamaVersion; re: RegExp }[] = (Object.keys(LINEAGE) as LlamaVersion[]).map((v) => ({
  version: v,
  re: new RegExp(`${flexible(LINEAGE[v].notice)}\\.?`, 'gi'),
}));

/** "Built with Llama", "Built with Meta Llama 3". Group 1 is set for the Meta Llama 3 form. */
export const DISPLAY = /\bbuilt\s+with\s+(meta\s+)?llama\b(?:\s+\d(?:\.\d)?(?!\.?\d))?/gi;
