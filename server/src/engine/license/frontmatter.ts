// YAML front matter with positions: every value keeps its offsets in the whole file.
import type { Node as YamlNode, Pair } from 'yaml';

// yaml is loaded on first use: only model cards need it, and loading it cost every CLI start ~13 ms.
let yamlModule: typeof import('yaml') | undefined;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const yaml = (): typeof import('yaml') => (yamlModule ??= require('yaml') as typeof import('yaml'));
import type { Span } from '../types';

export interface YamlScalar extends Span {
  value: string;
}

export interface FrontMatterError extends Span {
  /** One line, without the source excerpt the parser adds. */
  reason: string;
}

export interface FrontMatter {
  /** Offset of the opening fence. */
  start: number;
  contentStart: number;
  /** Start of the closing fence line. */
  contentEnd: number;
  /** Just after the closing fence line. */
  end: number;
  error?: FrontMatterError;
  /** Top-level pairs by key; empty when the YAML is broken or not a mapping. */
  pairs: Map<string, Pair>;
}

/** Finds `---` … `---` (or `...`) at the start of the file, after an optional BOM. */
export function findFrontMatter(text: string, from: number): Omit<FrontMatter, 'pairs' | 'error'> | undefined {
  if (!text.startsWith('---', from)) return undefined;
  const firstEnd = text.indexOf('\n', from);
  if (firstEnd < 0 || text.slice(from + 3, firstEnd).trim() !== '') return undefined;
  const contentStart = firstEnd + 1;
  for (let i = contentStart; i < text.length; ) {
    const nl = text.indexOf('\n', i);
    const lineEnd = nl < 0 ? text.length : nl;
    const line = text.slice(i, lineEnd).trimEnd();
    if (line === '---' || line === '...') return { start: from, contentStart, contentEnd: i, end: nl < 0 ? text.length : nl + 1 };
    if (nl < 0) break;
    i = nl + 1;
  }
  return undefined;
}

export function parseFrontMatter(text: string, from: number): FrontMatter | undefined {
  const fm = findFrontMatter(text, from);
  if (!fm) return undefined;
  const src = text.slice(fm.contentStart, fm.contentEnd);
  const pairs = new Map<string, Pair>();
  let doc: ReturnType<typeof import('yaml').parseDocument>;
  try {
    doc = yaml().parseDocument(src, { keepSourceTokens: false });
  } catch (e) {
    return { ...fm, pairs, error: { start: fm.contentStart, end: fm.contentStart, reason: String((e as Error).message ?? e).split('\n')[0] } };
  }
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    const start = fm.contentStart + Math.min(e.pos[0], src.length);
    const end = fm.contentStart + Math.min(Math.max(e.pos[1], e.pos[0]), src.length);
    const reason = e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    return { ...fm, pairs, error: { start, end, reason } };
  }
  const root = doc.contents;
  if (root !== null && !yaml().isMap(root)) {
    return { ...fm, pairs, error: { start: fm.contentStart, end: fm.contentEnd, reason: 'The front matter is not a mapping of keys to values' } };
  }
  if (yaml().isMap(root)) {
    for (const item of root.items) {
      const k = yaml().isScalar(item.key) ? String(item.key.value) : undefined;
      if (k !== undefined && !pairs.has(k)) pairs.set(k, item as Pair);
    }
  }
  return { ...fm, pairs };
}

/** The text span of a scalar's value (inside the quotes, if quoted). */
function scalarSpan(node: YamlNode, base: number, text: string): YamlScalar | undefined {
  if (!yaml().isScalar(node) || !node.range) return undefined;
  const value = node.value === null || node.value === undefined ? '' : String(node.value);
  let start = base + node.range[0];
  let end = base + node.range[1];
  if (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') {
    start += 1;
    end -= 1;
    const at = text.slice(start, end).indexOf(value);
    if (at >= 0 && value) {
      start += at;
      end = start + value.length;
    }
  }
  return { value, start, end: Math.max(start, end) };
}

/** A top-level key's scalar value, with positions. */
export function scalarOf(fm: FrontMatter | undefined, key: string, text: string): YamlScalar | undefined {
  const p = fm?.pairs.get(key);
  if (!p || !p.value) return undefined;
  return scalarSpan(p.value as YamlNode, fm!.contentStart, text);
}

/** A top-level key whose value is a scalar or a list of scalars. */
export function scalarsOf(fm: FrontMatter | undefined, key: string, text: string): YamlScalar[] {
  const p = fm?.pairs.get(key);
  if (!p || !p.value) return [];
  const base = fm!.contentStart;
  if (yaml().isSeq(p.value)) {
    return p.value.items.flatMap((n) => {
      const s = scalarSpan(n as YamlNode, base, text);
      return s ? [s] : [];
    });
  }
  const s = scalarSpan(p.value as YamlNode, base, text);
  return s ? [s] : [];
}

/** Span of a top-level key itself (the word before the colon). */
export function keySpan(fm: FrontMatter | undefined, key: string): Span | undefined {
  const p = fm?.pairs.get(key);
  const k = p?.key as YamlNode | undefined;
  if (!p || !k || !k.range) return undefined;
  const base = fm!.contentStart;
  return { start: base + k.range[0], end: base + k.range[1] };
}

/** Span of a top-level pair's whole value node. */
export function valueSpan(fm: FrontMatter | undefined, key: string): Span | undefined {
  const p = fm?.pairs.get(key);
  const v = p?.value as YamlNode | undefined;
  if (!p || !v || !v.range) return undefined;
  const base = fm!.contentStart;
  return { start: base + v.range[0], end: base + v.range[1] };
}

/** `model-index[0].name`, with positions. */
export function modelIndexName(fm: FrontMatter | undefined, text: string): YamlScalar | undefined {
  const p = fm?.pairs.get('model-index');
  if (!p || !yaml().isSeq(p.value)) return undefined;
  const first = p.value.items[0];
  if (!yaml().isMap(first)) return undefined;
  const name = first.get('name', true);
  return name ? scalarSpan(name as YamlNode, fm!.contentStart, text) : undefined;
}

/** Every string value in the front matter, at any depth (for quoted license text). */
export function allStrings(fm: FrontMatter | undefined): string[] {
  const out: string[] = [];
  const visit = (n: unknown): void => {
    if (yaml().isScalar(n)) {
      if (typeof n.value === 'string') out.push(n.value);
    } else if (yaml().isMap(n) || yaml().isSeq(n)) {
      for (const it of n.items) visit(yaml().isMap(n) ? (it as Pair).value : it);
    }
  };
  for (const p of fm?.pairs.values() ?? []) visit(p.value);
  return out;
}
