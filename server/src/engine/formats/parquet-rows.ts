// A Parquet row as the engine sees it: a one-line JSON record (a JSONL-like unit) holding every string
// value under its column path, with the place of each string literal, so that a finding is located by
// row and column path (`messages[2].content`) and a redacted literal is written back into the row.
// Values that are not strings (numbers, timestamps, binary) are never changed: they stay in the row.

/** A string value's JSON literal in the row text (quotes included) and where it sits in the row. */
export interface StringCell {
  start: number;
  end: number;
  path: (string | number)[];
}

export interface RenderedRow {
  text: string;
  /** In text order. */
  cells: StringCell[];
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** `messages[2].content`; keys that are not identifiers are quoted: `["first name"]`. */
export function columnPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else if (IDENTIFIER.test(p)) out += out ? `.${p}` : p;
    else out += `[${JSON.stringify(p)}]`;
  }
  return out;
}

/**
 * The row as JSON text (what is scanned); non-string scalars are kept as numbers or null. `native`: the row
 * holds only what JSON.stringify writes as render does (no bigint, no binary), so the native one is used.
 */
export function rowText(row: Record<string, unknown>, native = false): string {
  return native ? JSON.stringify(row) : render(row, undefined);
}

/** The row as JSON text with the place of every string: rowText's text, for rows with findings. */
export function renderRow(row: Record<string, unknown>): RenderedRow {
  const cells: StringCell[] = [];
  return { text: render(row, cells), cells };
}

function render(row: Record<string, unknown>, cells: StringCell[] | undefined): string {
  // Pieces joined once: a string built by += is a rope of many small nodes, several times its size.
  const parts: string[] = [];
  let length = 0;
  const put = (s: string) => {
    parts.push(s);
    length += s.length;
  };
  const path: (string | number)[] = [];
  const visit = (v: unknown): void => {
    if (typeof v === 'string') {
      const literal = JSON.stringify(v);
      if (cells) cells.push({ start: length, end: length + literal.length, path: [...path] });
      put(literal);
    } else if (typeof v === 'number') put(Number.isFinite(v) ? String(v) : 'null');
    else if (typeof v === 'bigint') put(String(v));
    else if (typeof v === 'boolean') put(v ? 'true' : 'false');
    else if (Array.isArray(v)) {
      put('[');
      for (let i = 0; i < v.length; i++) {
        if (i) put(',');
        if (cells) path.push(i);
        visit(v[i]);
        if (cells) path.pop();
      }
      put(']');
    } else if (v && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
      put('{');
      let first = true;
      for (const k in v) {
        const x = (v as Record<string, unknown>)[k];
        if (x === undefined) continue; // as JSON.stringify does
        if (!first) put(',');
        first = false;
        put(JSON.stringify(k) + ':');
        if (cells) path.push(k);
        visit(x);
        if (cells) path.pop();
      }
      put('}');
    } else put('null'); // null, binary, anything else: not text
  };
  visit(row);
  return parts.join('');
}

/** The string cell that holds `offset` of the row text (binary search), or undefined. */
export function cellAt(cells: readonly StringCell[], offset: number): StringCell | undefined {
  let lo = 0;
  let hi = cells.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const c = cells[mid];
    if (offset < c.start) hi = mid - 1;
    else if (offset >= c.end) lo = mid + 1;
    else return c;
  }
  return undefined;
}

/** The offset in the string value of `offset` in its literal (escapes such as \n count as one character). */
export function valueOffset(text: string, cell: StringCell, offset: number): number {
  const raw = text.slice(cell.start + 1, Math.min(Math.max(offset, cell.start + 1), cell.end - 1));
  if (raw.indexOf('\\') === -1) return raw.length;
  try {
    return (JSON.parse(`"${raw}"`) as string).length;
  } catch {
    return raw.length; // cut inside an escape: close enough for a location
  }
}

/**
 * Writes redacted literals back into the row: `edits` (row-text offsets, as the redactor makes them) are
 * applied to the literals they fall in; each changed literal is parsed and set at its path.
 * Returns the number of values changed.
 */
export function applyToRow(row: Record<string, unknown>, rendered: RenderedRow, edits: readonly { start: number; end: number; newText: string }[]): number {
  const byCell = new Map<StringCell, { start: number; end: number; newText: string }[]>();
  for (const e of edits) {
    const cell = cellAt(rendered.cells, e.start);
    if (!cell || e.end > cell.end - 1) continue; // edits never leave a string value
    const list = byCell.get(cell);
    if (list) list.push(e);
    else byCell.set(cell, [e]);
  }
  for (const [cell, list] of byCell) {
    list.sort((a, b) => a.start - b.start);
    let literal = '';
    let at = cell.start;
    for (const e of list) {
      literal += rendered.text.slice(at, e.start) + e.newText;
      at = e.end;
    }
    literal += rendered.text.slice(at, cell.end);
    setAt(row, cell.path, JSON.parse(literal) as string);
  }
  return byCell.size;
}

function setAt(root: Record<string, unknown>, path: readonly (string | number)[], value: string): void {
  let node = root as Record<string | number, unknown>;
  for (let i = 0; i < path.length - 1; i++) node = node[path[i]] as Record<string | number, unknown>;
  node[path[path.length - 1]] = value;
}
