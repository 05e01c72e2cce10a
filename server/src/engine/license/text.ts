// Small offset helpers shared by the card model and the fixes.

export type Eol = '\n' | '\r\n';

/** The file's line ending, judged by its first line break. */
export function eolOf(text: string): Eol {
  const i = text.indexOf('\n');
  return i > 0 && text[i - 1] === '\r' ? '\r\n' : '\n';
}

export function lineStartAt(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** Offset of the end of the line holding `offset`, before its "\r\n" or "\n". */
export function lineEndAt(text: string, offset: number): number {
  let i = text.indexOf('\n', offset);
  if (i < 0) return text.length;
  if (i > 0 && text[i - 1] === '\r') i--;
  return Math.max(i, offset);
}

/** Offset just after the line break ending the line holding `offset` (or the end of the text). */
export function nextLineStart(text: string, offset: number): number {
  const i = text.indexOf('\n', offset);
  return i < 0 ? text.length : i + 1;
}

/** 0-based line number of an offset (for messages; linear, so not for hot loops). */
export function lineOf(text: string, offset: number): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** Replaces the given spans by spaces, keeping line breaks, so offsets stay valid. */
export function mask(text: string, spans: readonly { start: number; end: number }[]): string {
  if (spans.length === 0) return text;
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  let at = 0;
  for (const s of sorted) {
    const start = Math.max(s.start, at);
    if (s.end <= start) continue;
    parts.push(text.slice(at, start), text.slice(start, s.end).replace(/[^\r\n]/g, ' '));
    at = s.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}
