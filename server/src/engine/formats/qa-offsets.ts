// Extractive-QA records keep their answers aligned when their context is redacted: `answer_start`
// counts code points of the decoded context (as Python does), so every redaction before an answer
// moves it. Given a JSON text and its redaction edits, this computes the edits that rewrite those
// numbers, and `answer_end` beside them when a dataset has it. Shapes: Hugging Face SQuAD (`answers:
// {text: [..], answer_start: [..]}`), the original SQuAD nesting (`paragraphs[].context` +
// `qas[].answers[]`), and flat `{context, answer, answer_start}`.
// The values read here stay in memory: never log them.
// The ESM build: the package's UMD entry hides its inner requires from the bundler.
import { type Node, parseTree, type ParseError } from 'jsonc-parser/lib/esm/main.js';
import type { OffsetEdit } from '../types';
import { applyEdits } from '../edits';
import type { Format } from './units';
import { decodeJsonString } from './json';
import { countBelow } from '../sorted';

const CONTEXT_KEY = 'context';
const START_KEY = 'answer_start';
const END_KEY = 'answer_end';
/** Where an answer's text sits beside its `answer_start`, in order of preference. */
const TEXT_KEYS = ['text', 'answer', 'answer_text', 'answers'];
const PLAIN_INTEGER = /^(?:0|[1-9]\d*)$/;

/** An answer found in a context's record: its start number and, when known, its end number and text node. */
interface AnswerRef {
  start: Node;
  end?: Node;
  text?: Node;
}

/** A redaction inside the context string, in code points of the decoded context. */
interface ContextEdit {
  from: number;
  to: number;
  /** Decoded length of the replacement, in code points. */
  newLength: number;
}

/**
 * The edits that rewrite `answer_start` numbers (and `answer_end` beside them) in one JSON text (a JSONL
 * line or a whole document) so that each answer stays aligned with its context after `edits` (raw
 * offsets into `text`, not overlapping). Empty when the text has no `answer_start`, is not valid JSON,
 * or nothing moves. The returned edits never overlap `edits`, and change only the digits of numbers.
 */
export function answerStartEdits(text: string, edits: readonly OffsetEdit[]): OffsetEdit[] {
  if (!edits.length || text.indexOf(START_KEY) === -1) return [];
  try {
    const errors: ParseError[] = [];
    // A BOM is not JSON whitespace to the parser; a space keeps every offset.
    const root = parseTree(text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text, errors, { disallowComments: true, allowTrailingComma: false });
    if (!root || errors.length) return [];
    const sorted = [...edits].sort((a, b) => a.start - b.start);
    const out: OffsetEdit[] = [];
    for (const record of contextRecords(root)) alignRecord(text, record.context, record.answers, sorted, out);
    return out.sort((a, b) => a.start - b.start);
  } catch {
    return []; // e.g. nesting too deep for the parser: the redaction itself goes on
  }
}

/**
 * `edits` of a whole document plus the `answer_start` rewrites they call for: a JSON document as one
 * text, JSONL line by line. Other formats, and texts without `answer_start`, get `edits` back as they are.
 */
export function withAlignedAnswers(text: string, edits: OffsetEdit[], format: Format | undefined): OffsetEdit[] {
  if ((format !== 'json' && format !== 'jsonl') || !edits.length || text.indexOf(START_KEY) === -1) return edits;
  if (format === 'json') {
    const extra = answerStartEdits(text, edits);
    return extra.length ? [...edits, ...extra].sort((a, b) => a.start - b.start) : edits;
  }
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  const extra: OffsetEdit[] = [];
  let i = 0;
  while (i < sorted.length) {
    const lineStart = text.lastIndexOf('\n', sorted[i].start - 1) + 1;
    let lineEnd = text.indexOf('\n', sorted[i].start);
    if (lineEnd === -1) lineEnd = text.length;
    let j = i;
    while (j < sorted.length && sorted[j].start < lineEnd) j++;
    // An edit across a line break is not a redaction inside a record: leave that line as it is.
    const crosses = sorted[j - 1].end > lineEnd;
    if (!crosses) {
      const line = text.slice(lineStart, lineEnd);
      const local = sorted.slice(i, j).map((e) => ({ start: e.start - lineStart, end: e.end - lineStart, newText: e.newText }));
      for (const e of answerStartEdits(line, local)) extra.push({ start: e.start + lineStart, end: e.end + lineStart, newText: e.newText });
    }
    i = j;
  }
  return extra.length ? [...sorted, ...extra].sort((a, b) => a.start - b.start) : edits;
}

/** Objects with a string `context`, each with the answers that belong to it. */
function* contextRecords(root: Node): Generator<{ context: Node; answers: AnswerRef[] }> {
  const stack: Node[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'object') {
      const context = property(node, CONTEXT_KEY);
      if (context?.type === 'string') yield { context, answers: answersOf(node) };
      for (const p of node.children ?? []) if (p.children?.[1]) stack.push(p.children[1]);
    } else if (node.type === 'array') for (const c of node.children ?? []) stack.push(c);
  }
}

/** The answers under a context record, not descending into nested records that have their own context. */
function answersOf(record: Node): AnswerRef[] {
  const answers: AnswerRef[] = [];
  const stack: Node[] = [record];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'array') {
      for (const c of node.children ?? []) stack.push(c);
      continue;
    }
    if (node.type !== 'object') continue;
    if (node !== record && property(node, CONTEXT_KEY)?.type === 'string') continue;
    const start = property(node, START_KEY);
    const end = property(node, END_KEY);
    if (start?.type === 'number') {
      answers.push({ start, end: numberOrNone(end), text: TEXT_KEYS.map((k) => property(node, k)).find((t) => t?.type === 'string') });
    } else if (start?.type === 'array') {
      const texts = TEXT_KEYS.map((k) => property(node, k)).find((t) => t?.type === 'array');
      (start.children ?? []).forEach((s, i) => {
        const t = texts?.children?.[i];
        if (s.type === 'number') answers.push({ start: s, end: numberOrNone(end?.type === 'array' ? end.children?.[i] : undefined), text: t?.type === 'string' ? t : undefined });
      });
    }
    for (const p of node.children ?? []) {
      const key = p.children?.[0]?.value;
      const value = p.children?.[1];
      if (value && key !== CONTEXT_KEY && key !== START_KEY && key !== END_KEY && (value.type === 'object' || value.type === 'array')) stack.push(value);
    }
  }
  return answers;
}

/** `n` when it is a number node. */
function numberOrNone(n: Node | undefined): Node | undefined {
  return n?.type === 'number' ? n : undefined;
}

/** The value of an object's property (the last one, as JSON.parse keeps), or undefined. */
function property(object: Node, key: string): Node | undefined {
  let found: Node | undefined;
  for (const p of object.children ?? []) if (p.children?.[0]?.value === key) found = p.children[1];
  return found;
}

function alignRecord(text: string, context: Node, answers: readonly AnswerRef[], edits: readonly OffsetEdit[], out: OffsetEdit[]): void {
  if (!answers.length) return;
  const inContext = editsInString(text, context, edits);
  if (!inContext?.local.length) return;
  const { raw, local } = inContext;
  const cps = codePointsAt(raw, local.flatMap((e) => [e.start, e.end]));
  const contextEdits: ContextEdit[] = local.map((e, i) => ({ from: cps[2 * i], to: cps[2 * i + 1], newLength: codePointLength(decodeJsonString(e.newText)) }));
  let newContext: CodePointText | undefined;

  for (const a of answers) {
    const start = plainNumber(text, a.start, edits);
    if (start === undefined) continue;
    const answerText = typeof a.text?.value === 'string' ? (a.text.value as string) : '';
    const end = start + codePointLength(answerText);
    let shift = 0;
    let firstOverlap: ContextEdit | undefined;
    for (const e of contextEdits) {
      if (e.to <= start) shift += e.newLength - (e.to - e.from);
      else if (e.from < end) {
        firstOverlap = e;
        break;
      } else break;
    }
    let moved = start + shift;
    // The answer's text after the redaction, when the start or the end needs it.
    const newAnswer = a.text && (firstOverlap || a.end) ? redactedString(text, a.text, edits) : '';
    if (firstOverlap) {
      newContext ??= new CodePointText(decodeJsonString(applyEdits(raw, local)));
      const found = newAnswer ? newContext.nearest(newAnswer, moved) : undefined;
      // Not found: the answer keeps its start unless a redaction swallowed it, then it starts there.
      moved = found ?? Math.min(start, firstOverlap.from) + shift;
    }
    if (moved !== start) out.push({ start: a.start.offset, end: a.start.offset + a.start.length, newText: String(moved) });
    if (!a.end) continue;
    const oldEnd = plainNumber(text, a.end, edits);
    if (oldEnd === undefined) continue;
    // With its text known, the end keeps its distance from the start and the text's length, whether a
    // dataset counts it exclusive (start + length) or inclusive (start + length − 1).
    const newEnd = a.text ? moved + (oldEnd - start) + codePointLength(newAnswer) - codePointLength(answerText) : movedOffset(contextEdits, oldEnd);
    if (newEnd !== oldEnd && newEnd >= 0) out.push({ start: a.end.offset, end: a.end.offset + a.end.length, newText: String(newEnd) });
  }
}

/** A number node's value when it is a plain non-negative integer that no edit touches, else undefined. */
function plainNumber(text: string, node: Node, edits: readonly OffsetEdit[]): number | undefined {
  const raw = text.slice(node.offset, node.offset + node.length);
  if (!PLAIN_INTEGER.test(raw) || editsWithin(edits, node.offset, node.offset + node.length).length) return undefined;
  const n = Number(raw);
  return Number.isSafeInteger(n) ? n : undefined;
}

/** Where code point offset `p` of the context is after the edits: inside a redaction, at the end of its replacement. */
function movedOffset(edits: readonly ContextEdit[], p: number): number {
  let shift = 0;
  for (const e of edits) {
    if (e.to <= p) shift += e.newLength - (e.to - e.from);
    else if (e.from < p) return e.from + shift + e.newLength;
    else break;
  }
  return p + shift;
}

/** The edits (sorted, not overlapping) that overlap [start, end). */
function editsWithin(edits: readonly OffsetEdit[], start: number, end: number): OffsetEdit[] {
  let lo = 0;
  let hi = edits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (edits[mid].end <= start) lo = mid + 1;
    else hi = mid;
  }
  const out: OffsetEdit[] = [];
  for (let i = lo; i < edits.length && edits[i].start < end; i++) out.push(edits[i]);
  return out;
}

/**
 * A string node's raw content and the edits inside it, relative to that content; undefined when an edit
 * reaches past the string's quotes (not a redaction this can follow).
 */
function editsInString(text: string, node: Node, edits: readonly OffsetEdit[]): { raw: string; local: OffsetEdit[] } | undefined {
  const start = node.offset + 1;
  const end = node.offset + node.length - 1;
  const inside = editsWithin(edits, node.offset, node.offset + node.length);
  if (inside.some((e) => e.start < start || e.end > end)) return undefined;
  return { raw: text.slice(start, end), local: inside.map((e) => ({ start: e.start - start, end: e.end - start, newText: e.newText })) };
}

/** A string node's decoded value after the edits inside it. */
function redactedString(text: string, node: Node, edits: readonly OffsetEdit[]): string {
  const s = editsInString(text, node, edits);
  return s?.local.length ? decodeJsonString(applyEdits(s.raw, s.local)) : (node.value as string);
}

function codePointLength(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length - 1; i++) {
    if (isHigh(s.charCodeAt(i)) && isLow(s.charCodeAt(i + 1))) {
      n--;
      i++;
    }
  }
  return n;
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/**
 * Code point index in the decoded string of each raw offset (ascending) of a JSON string's content:
 * escapes count as what they decode to, a surrogate pair (literal or as two \u escapes) as one.
 */
function codePointsAt(raw: string, offsets: readonly number[]): number[] {
  const out: number[] = [];
  let k = 0;
  let cp = 0;
  let lastWasHigh = false;
  let i = 0;
  while (i <= raw.length && k < offsets.length) {
    while (k < offsets.length && offsets[k] <= i) out[k++] = cp;
    if (i === raw.length) break;
    let unit: number;
    if (raw.charCodeAt(i) === 0x5c) {
      const kind = raw[i + 1];
      if (kind === 'u') {
        unit = parseInt(raw.slice(i + 2, i + 6), 16);
        i += 6;
      } else {
        unit = 0; // a one-character escape such as \n or \"
        i += 2;
      }
    } else {
      unit = raw.charCodeAt(i);
      i++;
    }
    const secondHalf: boolean = lastWasHigh && isLow(unit);
    if (!secondHalf) cp++;
    lastWasHigh = !secondHalf && isHigh(unit);
  }
  while (k < offsets.length) out[k++] = cp;
  return out;
}

/** A decoded string searched in code points. */
class CodePointText {
  /** UTF-16 offsets of the high halves of surrogate pairs, ascending. */
  private readonly pairs: number[] = [];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length - 1; i++) {
      if (isHigh(text.charCodeAt(i)) && isLow(text.charCodeAt(i + 1))) this.pairs.push(i++);
    }
  }

  private codePointAt(utf16: number): number {
    return utf16 - countBelow(this.pairs, utf16);
  }

  /** The code point offset of the occurrence of `needle` nearest to `near`, or undefined. */
  nearest(needle: string, near: number): number | undefined {
    let best: number | undefined;
    for (let i = this.text.indexOf(needle); i !== -1; i = this.text.indexOf(needle, i + 1)) {
      const at = this.codePointAt(i);
      if (best === undefined || Math.abs(at - near) < Math.abs(best - near)) best = at;
      if (at >= near) break;
    }
    return best;
  }
}
