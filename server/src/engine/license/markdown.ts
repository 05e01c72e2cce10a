// Markdown structure of a card body from mdast-util-from-markdown, in whole-file offsets.
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Nodes, RootContent } from 'mdast';
import type { Span } from '../types';

/**
 * Block structure is parsed from at most this many characters of the body. Titles, usage snippets and
 * quoted licenses sit near the top; beyond it the text is still searched, as plain text. The parser costs
 * about 5–10 ms per KB, so a whole 5 MB card would take most of a minute.
 */
export const STRUCTURE_LIMIT = 64 * 1024;

// micromark slows down quadratically with many separate block quotes, many list items, many link
// definitions, or deep container nesting ("> - > - …"): thousands of them cost minutes. The parsed part
// stops before these.
const MAX_QUOTES = 150;
const MAX_DEFINITIONS = 300;
const MAX_LIST_ITEMS = 400;
const MAX_DEPTH = 6;
const DEFINITION = /^[ \t]{0,3}\[[^\]]+\]:/;
const CONTAINERS = /^(?:[ \t]{0,3}(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))[ \t]?)+/;

/** Where to stop parsing: the limit, or the first line past the container budget (linear). */
export function structureEnd(text: string, from: number, limit: number): number {
  let quotes = 0;
  let items = 0;
  let definitions = 0;
  let inQuote = false;
  for (let at = from; at < limit; ) {
    const nl = text.indexOf('\n', at);
    const end = nl < 0 || nl >= limit ? limit : nl;
    const m = CONTAINERS.exec(text.slice(at, Math.min(end, at + 256)));
    if (m) {
      const markers = m[0].match(/>|[-*+]|\d{1,9}[.)]/g) ?? [];
      const quote = markers[0] === '>';
      if (quote && !inQuote) quotes++;
      inQuote = quote;
      items += markers.filter((x) => x !== '>').length;
      if (markers.length > MAX_DEPTH || quotes > MAX_QUOTES || items > MAX_LIST_ITEMS) return at;
    } else {
      inQuote = false;
      if (DEFINITION.test(text.slice(at, Math.min(end, at + 1024))) && ++definitions > MAX_DEFINITIONS) return at;
    }
    at = end + 1;
  }
  return limit;
}

export interface HeadingInfo extends Span {
  depth: number;
  /** Plain text of the heading, inline markup and HTML comments dropped. */
  text: string;
  /** Where that text sits (from the first to the last text-bearing child). */
  contentStart: number;
  contentEnd: number;
}

export interface HtmlH1 extends Span {
  text: string;
  /** End of the HTML block holding it. */
  blockEnd: number;
  contentStart: number;
  contentEnd: number;
}

export interface BodyStructure {
  headings: HeadingInfo[];
  htmlH1s: HtmlH1[];
  codeBlocks: Span[];
  /** Pasted or quoted license agreements: never a display, a notice or a name. */
  agreements: Span[];
  /** End of the part whose structure was parsed. */
  parsedEnd: number;
}

const AGREEMENT = /COMMUNITY\s+LICEN[CS]E\s+AGREEMENT/i;

function plain(n: Nodes): string {
  switch (n.type) {
    case 'text':
    case 'inlineCode':
      return n.value;
    case 'image':
      return n.alt ?? '';
    case 'break':
      return ' ';
    case 'html':
      return '';
    default:
      return 'children' in n ? (n.children as Nodes[]).map(plain).join('') : '';
  }
}

function textSpan(children: readonly Nodes[], base: number): Span | undefined {
  const real = children.filter((c) => c.type !== 'html' && c.position);
  if (real.length === 0) return undefined;
  return { start: base + real[0].position!.start.offset!, end: base + real[real.length - 1].position!.end.offset! };
}

/** Text of a block stripped of markup, for "does it start with … COMMUNITY LICENSE AGREEMENT". */
function opening(text: string, s: Span): string {
  return text
    .slice(s.start, Math.min(s.end, s.start + 400))
    .replace(/<[^>]*>/g, ' ')
    .replace(/[>#*_`"“”]/g, ' ');
}

export function parseBody(text: string, bodyStart: number): BodyStructure {
  let limit = Math.min(text.length, bodyStart + STRUCTURE_LIMIT);
  if (limit < text.length) {
    const nl = text.lastIndexOf('\n', limit);
    if (nl > bodyStart) limit = nl + 1;
  }
  limit = structureEnd(text, bodyStart, limit);
  const out: BodyStructure = { headings: [], htmlH1s: [], codeBlocks: [], agreements: [], parsedEnd: limit };
  let root: ReturnType<typeof fromMarkdown>;
  try {
    root = fromMarkdown(text.slice(bodyStart, limit));
  } catch {
    return out;
  }
  const spanOf = (n: Nodes): Span => ({ start: bodyStart + n.position!.start.offset!, end: bodyStart + n.position!.end.offset! });

  const visit = (n: Nodes): void => {
    if (!n.position) return;
    if (n.type === 'heading') {
      const s = spanOf(n);
      const t = textSpan(n.children, bodyStart) ?? s;
      let end = t.end;
      while (end > t.start && /\s/.test(text[end - 1])) end--;
      out.headings.push({ ...s, depth: n.depth, text: plain(n).trim(), contentStart: t.start, contentEnd: end });
      return;
    }
    if (n.type === 'code') {
      out.codeBlocks.push(spanOf(n));
      return;
    }
    if (n.type === 'html') {
      const s = spanOf(n);
      for (const m of n.value.matchAll(/<h1\b[^>]*>([\s\S]*?)<\/h1\s*>/gi)) {
        const inner = m[1];
        const innerStart = s.start + m.index + m[0].indexOf('>') + 1;
        const stripped = inner.replace(/<!--[\s\S]*?-->/g, '').replace(/<[^>]*>/g, '');
        const txt = stripped.trim();
        const at = txt ? inner.indexOf(txt) : -1;
        const start = at >= 0 ? innerStart + at : innerStart;
        out.htmlH1s.push({ start: s.start + m.index, end: s.start + m.index + m[0].length, blockEnd: s.end, text: txt, contentStart: start, contentEnd: at >= 0 ? start + txt.length : innerStart + inner.length });
      }
      return;
    }
    if ('children' in n) for (const c of n.children as Nodes[]) visit(c);
  };
  visit(root);

  // A pasted agreement: a quote, code or HTML block that opens with its title, or a heading/paragraph
  // that does, up to the next heading of the same or a higher level.
  const kids: RootContent[] = root.children;
  for (let i = 0; i < kids.length; i++) {
    const n = kids[i];
    if (!n.position) continue;
    const s = spanOf(n);
    if (!AGREEMENT.test(opening(text, s))) continue;
    if (n.type === 'blockquote' || n.type === 'code') {
      out.agreements.push(s);
      continue;
    }
    let end = limit;
    if (n.type === 'html' && /<details\b/i.test(n.value)) {
      const close = text.indexOf('</details>', s.start);
      if (close >= 0) end = close + '</details>'.length;
    } else {
      const depth = n.type === 'heading' ? n.depth : 6;
      for (let j = i + 1; j < kids.length; j++) {
        const k = kids[j];
        if (k.type === 'heading' && k.depth <= depth && k.position) {
          end = bodyStart + k.position.start.offset!;
          break;
        }
      }
    }
    out.agreements.push({ start: s.start, end });
  }
  return out;
}
