// Human-readable output, in the manner of ESLint's "stylish" formatter, written a file at a time.
import { type FoundIn, PARTLY_SCANNED } from '../engine/stream';
import { type Output, type ReportWriter, reportFinding } from './output';
import { printable } from '../engine/printable';

export class TextWriter implements ReportWriter {
  private path = '';
  /** Whether the current file's name has been written (only files with something to say get one). */
  private named = false;
  private fileFindings = 0;
  private findings = 0;
  private filesWithFindings = 0;
  private files = 0;
  private failed = 0;
  /** Files that failed part way (their earlier findings written). */
  private partly = 0;

  constructor(
    private readonly out: Output,
    private readonly color: boolean,
    private readonly showValues: boolean,
  ) {}

  private c(code: string, s: string): string {
    return this.color ? `\u001b[${code}m${s}\u001b[0m` : s;
  }

  private name(): void {
    if (this.named) return;
    this.named = true;
    // A file name is shown, never obeyed: escape sequences in it would reach the terminal.
    this.out.write(this.c('4', printable(this.path)) + '\n');
  }

  startFile(path: string): void {
    this.path = path;
    this.named = false;
    this.fileFindings = 0;
    this.files++;
  }

  found(found: FoundIn): void {
    this.name();
    this.fileFindings += found.findings.length;
    const rows = [
      ...found.findings.map((l) => {
        const f = reportFinding(l, found, this.showValues);
        return { at: f.range.start, where: l.cell && `row ${l.cell.row} ${l.cell.column}:${f.range.start.character + 1}`, sev: f.severity as string, msg: f.message + (f.value !== undefined ? `: ${JSON.stringify(f.value)}` : ''), rule: f.rule, conf: f.confidence.toFixed(2) };
      }),
      ...found.notices.map((n) => ({ at: n.range.start, where: undefined, sev: 'info', msg: n.message, rule: n.rule, conf: '' })),
    ].sort((a, b) => a.at.line - b.at.line || a.at.character - b.at.character);
    const c = this.c.bind(this);
    for (const x of rows) {
      const sev = x.sev === 'error' ? c('31', 'error  ') : x.sev === 'warning' ? c('33', 'warning') : c('36', 'info   ');
      this.out.write(`  ${(x.where ?? `${x.at.line + 1}:${x.at.character + 1}`).padEnd(9)} ${sev}  ${x.msg.padEnd(32)} ${c('90', x.rule)}${x.conf ? c('90', ` (${x.conf})`) : ''}\n`);
    }
  }

  endFile(errors: readonly string[]): void {
    if (errors.length) {
      this.name();
      if (errors.some((e) => e.startsWith(PARTLY_SCANNED))) this.partly++;
      else this.failed++;
    }
    for (const e of errors) this.out.write(`  ${this.c('31', 'error')}  ${e}\n`);
    if (this.named) this.out.write('\n');
    this.findings += this.fileFindings;
    if (this.fileFindings) this.filesWithFindings++;
  }

  /** The last line: findings, or a check mark only when files were scanned whole; then what was not scanned. */
  end(): void {
    const { findings, partly, failed } = this;
    const c = this.c.bind(this);
    const n = (k: number) => `${k} file${k === 1 ? '' : 's'}`;
    const whole = this.files - partly - failed;
    const head = findings
      ? c('33', `✖ ${findings} finding${findings === 1 ? '' : 's'} in ${n(this.filesWithFindings)}`)
      : whole
        ? c('32', `✔ no findings in ${n(whole)}`) + (partly ? `, none in the part scanned of ${n(partly)}` : '')
        : partly
          ? `no findings in the part scanned of ${n(partly)}`
          : 'no file scanned';
    const tail = [partly && `${n(partly)} ${PARTLY_SCANNED}`, failed && `${n(failed)} not scanned`].filter(Boolean).join(', ');
    this.out.write(head + (tail ? c('31', `, ${tail}`) : '') + '\n');
  }
}
