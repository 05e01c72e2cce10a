// A JSONL document kept as lines, each with its scan result (and its names hits, which come later from
// a worker), so that an edit rescans only the lines it touched and no work is proportional to the file's
// size except a walk over the line list.
import { type Hit, type Scanner, type ScanResult, type UnitResult, strongestFindings } from './scan';
import { type Located, withRange } from './stream';
import { spliceAll } from './arrays';

export interface Line {
  readonly text: string;
  /** The line break after it: '' (last line), '\n', '\r\n' or a lone '\r' (a break for LSP positions too). */
  readonly eol: Eol;
  result?: UnitResult;
  scanner?: Scanner;
  /** Hits of the free-text pass, in line offsets, and the configuration (any identity) they were found with. */
  names?: Hit[];
  /** Names detectors that failed on the line (see UnitResult.failed). */
  namesFailed?: string[];
  namesKey?: unknown;
  /** How many findings the line gives with this scanner and these names hits. */
  counted?: { scanner: Scanner; names: Hit[] | undefined; findings: number };
}

type Eol = '' | '\n' | '\r\n' | '\r';

export interface LineScanOptions {
  /** Yield to the event loop this often, in ms. */
  sliceMs?: number;
  /** Merge in the names hits found with this configuration, and count the lines that lack them. */
  namesKey?: unknown;
  /**
   * Locate at most this many findings (and notices), the first in the document; past them, lines are
   * only counted, from a count each line keeps, so that an edit costs a walk over the lines.
   */
  maxFindings?: number;
}

export type LineScanResult = ScanResult & {
  findings: Located[];
  notices: Located[];
  namesMissing: number;
  /** Findings in the document, including those past `maxFindings`. */
  total: number;
};

export interface Position {
  line: number;
  character: number;
}

/** Lines as vscode-languageserver-textdocument counts them: \r\n, \n and a lone \r each end one. */
function split(text: string): Line[] {
  const out: Line[] = [];
  const breaks = /\r\n|\n|\r/g;
  let i = 0;
  for (let m = breaks.exec(text); m; m = breaks.exec(text)) {
    out.push({ text: text.slice(i, m.index), eol: m[0] as Eol });
    i = m.index + m[0].length;
  }
  out.push({ text: text.slice(i), eol: '' });
  return out;
}

/** The range with its start first, as TextDocument's getWellformedRange orders it (before any clamping). */
export function wellFormed(start: Position, end: Position): [Position, Position] {
  return start.line > end.line || (start.line === end.line && start.character > end.character) ? [end, start] : [start, end];
}

export class LineDocument {
  private lines: Line[];

  constructor(text: string) {
    this.lines = split(text);
  }

  get lineCount(): number {
    return this.lines.length;
  }

  /** The text of one line, without its break. */
  lineText(line: number): string | undefined {
    return this.lines[line]?.text;
  }

  getText(): string {
    return this.lines.map((l) => l.text + l.eol).join('');
  }

  /**
   * A position clamped as TextDocument.offsetAt clamps it: a line before the first is the document's start,
   * a line past the last its end, and a character past the line's end (a client counting UTF-8 bytes
   * sends those) the end of the line, before its break.
   */
  private clamp(p: Position): Position {
    if (p.line >= this.lines.length) {
      const last = this.lines.length - 1;
      return { line: last, character: this.lines[last].text.length };
    }
    if (p.line < 0) return { line: 0, character: 0 };
    return { line: p.line, character: Math.max(0, Math.min(p.character, this.lines[p.line].text.length)) };
  }

  /** Applies one LSP content change (a range in the current text and its replacement) as TextDocument.update does. */
  edit(rangeStart: Position, rangeEnd: Position, newText: string): void {
    const [start, end] = wellFormed(rangeStart, rangeEnd).map((p) => this.clamp(p));
    // The line before is split again with the edit when it ends with a lone \r: a \n at the edit's start joins it.
    const first = start.line > 0 && this.lines[start.line - 1].eol === '\r' ? start.line - 1 : start.line;
    const a = this.lines[start.line];
    const b = this.lines[end.line];
    const before = first < start.line ? this.lines[first].text + this.lines[first].eol : '';
    const replaced = split(before + a.text.slice(0, start.character) + newText + b.text.slice(end.character) + b.eol);
    // split() ends with the text after the last break: an empty line too many when the edited lines ended with one.
    if (b.eol) replaced.pop();
    if (first < start.line && replaced[0].text === this.lines[first].text && replaced[0].eol === this.lines[first].eol) replaced[0] = this.lines[first];
    spliceAll(this.lines, first, end.line - first + 1, replaced);
  }

  /** Keeps a line's names hits (and the detectors that failed on it) as found with the configuration `namesKey`. */
  setNames(line: Line, hits: Hit[], failed: string[] | undefined, namesKey: unknown): void {
    line.names = hits;
    line.namesFailed = failed;
    line.namesKey = namesKey;
  }

  /**
   * The non-empty lines that have no names hits for `namesKey` yet, for the names pass to fill in; only
   * those inside `ranges` (zero-based [first, last] lines) when given.
   */
  *withoutNames(namesKey: unknown, ranges?: readonly [number, number][]): Generator<Line> {
    const spans = ranges ?? [[0, this.lines.length - 1]];
    for (const [first, last] of spans) {
      for (let i = Math.max(0, first); i <= Math.min(last, this.lines.length - 1); i++) {
        const l = this.lines[i];
        if (l.text.length && l.namesKey !== namesKey) yield l;
      }
    }
  }

  /**
   * Scans lines that have no result from this scanner yet; yields to the event loop every `sliceMs`
   * and gives up (undefined) when cancelled. Findings carry document offsets and positions; with a
   * `namesKey`, they include the names hits of the lines that have them.
   */
  async scan(scanner: Scanner, isCancelled: () => boolean = () => false, { sliceMs = 15, namesKey, maxFindings = Infinity }: LineScanOptions = {}): Promise<LineScanResult | undefined> {
    const out: ScanResult = { findings: [], notices: [] };
    const located: { findings: Located[]; notices: Located[] } = { findings: [], notices: [] };
    let namesMissing = 0;
    let total = 0;
    let offset = 0;
    let deadline = Date.now() + sliceMs;
    for (let i = 0; i < this.lines.length; i++) {
      const l = this.lines[i];
      if (l.text.length) {
        if (l.scanner !== scanner || !l.result) {
          l.result = scanner.scanUnit(l.text, 'jsonl', undefined, false);
          l.scanner = scanner;
          if (Date.now() >= deadline) {
            await new Promise((r) => setImmediate(r));
            if (isCancelled()) return undefined;
            deadline = Date.now() + sliceMs;
          }
        }
        let names: Hit[] | undefined;
        let namesFailed: string[] | undefined;
        if (namesKey !== undefined) {
          if (l.namesKey === namesKey) ({ names, namesFailed } = l);
          else namesMissing++;
        }
        // Names hits are findings, never notices: a line with valid JSON that no detector failed on adds no notice.
        const quiet = !l.result.invalidJson && !l.result.failed && !namesFailed;
        const full = located.findings.length >= maxFindings && (located.notices.length >= maxFindings || quiet);
        const counted = l.counted?.scanner === scanner && l.counted.names === names ? l.counted : undefined;
        if (full && counted) total += counted.findings;
        else if (l.result.hits.length || !quiet || names?.length) {
          // `out` holds one line's findings at a time: only the located copies are kept.
          out.findings.length = 0;
          out.notices.length = 0;
          const unit = { start: offset, text: l.text, record: i + 1 };
          scanner.collect(unit, l.result, out);
          if (names?.length || namesFailed) {
            const structured = out.findings.length;
            scanner.collect(unit, { hits: names ?? [], invalidJson: false, failed: namesFailed }, out);
            // A names hit may overlap a structured one (an address's digits and a phone): keep the stronger.
            if (structured > 0 && out.findings.length > structured) out.findings = strongestFindings(out.findings);
          }
          l.counted = { scanner, names, findings: out.findings.length };
          total += out.findings.length;
          const at = (o: number) => ({ line: i, character: o - offset });
          for (const f of out.findings) if (located.findings.length < maxFindings) located.findings.push(withRange(f, at(f.start), at(f.end)));
          for (const f of out.notices) if (located.notices.length < maxFindings) located.notices.push(withRange(f, at(f.start), at(f.end)));
        }
      }
      offset += l.text.length + l.eol.length;
    }
    return isCancelled() ? undefined : { ...located, namesMissing, total };
  }
}
