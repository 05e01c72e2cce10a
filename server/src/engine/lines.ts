// A JSONL document kept as lines, each with its scan result (and its names hits, which come later from
// a worker), so that an edit rescans only the lines it touched and no work is proportional to the file's
// size except a walk over the line list.
import { type Hit, type Scanner, type ScanResult, type UnitResult, strongestFindings } from './scan';
import { type Located, withRange } from './stream';
import { spliceAll } from './arrays';

export interface Line {
  readonly text: string;
  /** Length of the line break after it: 0 (last line), 1 (\n) or 2 (\r\n). */
  readonly eol: number;
  result?: UnitResult;
  scanner?: Scanner;
  /** Hits of the free-text pass, in line offsets, and the configuration (any identity) they were found with. */
  names?: Hit[];
  /** Names detectors that failed on the line (see UnitResult.failed). */
  namesFailed?: string[];
  namesKey?: unknown;
}

export interface LineScanOptions {
  /** Yield to the event loop this often, in ms. */
  sliceMs?: number;
  /** Merge in the names hits found with this configuration, and count the lines that lack them. */
  namesKey?: unknown;
}

export type LineScanResult = ScanResult & { findings: Located[]; notices: Located[]; namesMissing: number };

export interface Position {
  line: number;
  character: number;
}

function split(text: string): Line[] {
  const out: Line[] = [];
  let i = 0;
  for (;;) {
    const nl = text.indexOf('\n', i);
    if (nl === -1) {
      out.push({ text: text.slice(i), eol: 0 });
      return out;
    }
    const cr = nl > i && text.charCodeAt(nl - 1) === 13 ? 1 : 0;
    out.push({ text: text.slice(i, nl - cr), eol: 1 + cr });
    i = nl + 1;
  }
}

const EOL = ['', '\n', '\r\n'];

export class LineDocument {
  private lines: Line[];

  constructor(text: string) {
    this.lines = split(text);
  }

  get lineCount(): number {
    return this.lines.length;
  }

  getText(): string {
    return this.lines.map((l) => l.text + EOL[l.eol]).join('');
  }

  /** Applies one LSP content change (a range in the current text and its replacement). */
  edit(start: Position, end: Position, newText: string): void {
    const a = this.lines[start.line];
    const b = this.lines[end.line];
    if (!a || !b) throw new RangeError('edit outside the document');
    // A range may end between \r and \n; take the line's text with its break and cut there.
    const head = (a.text + EOL[a.eol]).slice(0, start.character);
    const tail = (b.text + EOL[b.eol]).slice(end.character);
    const replaced = split(head + newText + tail);
    // split() ends with the text after the last break; when the tail ended with a break, that's an empty line too many.
    if (b.eol && replaced.length > 1 && replaced[replaced.length - 1].text === '' && replaced[replaced.length - 1].eol === 0) replaced.pop();
    spliceAll(this.lines, start.line, end.line - start.line + 1, replaced);
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
  async scan(scanner: Scanner, isCancelled: () => boolean = () => false, { sliceMs = 15, namesKey }: LineScanOptions = {}): Promise<LineScanResult | undefined> {
    const out: ScanResult = { findings: [], notices: [] };
    const located: { findings: Located[]; notices: Located[] } = { findings: [], notices: [] };
    let namesMissing = 0;
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
        if (l.result.hits.length || l.result.invalidJson || l.result.failed || names?.length || namesFailed) {
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
          const at = (o: number) => ({ line: i, character: o - offset });
          for (const f of out.findings) located.findings.push(withRange(f, at(f.start), at(f.end)));
          for (const f of out.notices) located.notices.push(withRange(f, at(f.start), at(f.end)));
        }
      }
      offset += l.text.length + l.eol;
    }
    return isCancelled() ? undefined : { ...located, namesMissing };
  }
}
