// Where each value of a valid JSON text sits: its raw span and its full key path (array indices
// included), so that a finding's offset can be named by field, e.g. `messages[].content`.
export type PathPart = string | number;

export interface ValueToken {
  /** Raw span of the token, quotes included for strings. */
  start: number;
  end: number;
  path: PathPart[];
}

const TOKEN = /"[^"\\]*(?:\\.[^"\\]*)*"|[{}[\],:]|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/g;

interface Frame {
  array: boolean;
  key: PathPart | undefined;
  expectKey: boolean;
}

/** Every scalar value of a JSON text (which must be valid JSON), in order. */
export function jsonValueTokens(text: string): ValueToken[] {
  const out: ValueToken[] = [];
  const stack: Frame[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const tok = m[0];
    const top = stack[stack.length - 1];
    switch (tok) {
      case '{':
        stack.push({ array: false, key: undefined, expectKey: true });
        continue;
      case '[':
        stack.push({ array: true, key: 0, expectKey: false });
        continue;
      case '}':
      case ']':
        stack.pop();
        continue;
      case ',':
        if (top?.array) top.key = (top.key as number) + 1;
        else if (top) top.expectKey = true;
        continue;
      case ':':
        if (top) top.expectKey = false;
        continue;
    }
    if (top && !top.array && top.expectKey) {
      top.key = JSON.parse(tok) as string;
      continue;
    }
    out.push({ start: m.index, end: m.index + tok.length, path: stack.map((f) => f.key as PathPart) });
  }
  return out;
}

/** The value token that contains [start, end), by binary search over `tokens`. */
export function tokenAt(tokens: readonly ValueToken[], start: number, end = start): ValueToken | undefined {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = tokens[mid];
    if (t.end < end) lo = mid + 1;
    else if (t.start > start) hi = mid - 1;
    else return t;
  }
  return undefined;
}

const IDENTIFIER = /^[A-Za-z_$][\w$-]{0,63}$/;

/**
 * A field name for reports: array indices become `[]`; keys that do not look like field names
 * (or that `isSensitive` flags) become `*`, so that data used as keys never reaches a report.
 */
export function fieldName(path: readonly PathPart[], isSensitive: (key: string) => boolean = () => false): string {
  let s = '';
  for (const p of path) {
    if (typeof p === 'number') s += '[]';
    else {
      const shown = IDENTIFIER.test(p) && !isSensitive(p) ? p : '*';
      s += s ? `.${shown}` : shown;
    }
  }
  return s || '(root)';
}
