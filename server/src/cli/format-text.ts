// Human-readable output, in the manner of ESLint's "stylish" formatter.
import type { FileReport } from './scan';
import { PARTLY_SCANNED } from '../engine/stream';

export function formatText(reports: FileReport[], color: boolean): string {
  const c = (code: string, s: string) => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const lines: string[] = [];
  let findings = 0;
  let files = 0;
  for (const r of reports) {
    if (!r.findings.length && !r.errors.length && !r.notices.length) continue;
    lines.push(c('4', r.path));
    for (const e of r.errors) lines.push(`  ${c('31', 'error')}  ${e}`);
    const rows = [
      ...r.findings.map((f) => ({ at: f.range.start, sev: f.severity, msg: f.message + (f.value !== undefined ? `: ${JSON.stringify(f.value)}` : ''), rule: f.rule, conf: f.confidence.toFixed(2) })),
      ...r.notices.map((n) => ({ at: n.range.start, sev: 'info', msg: n.message, rule: n.rule, conf: '' })),
    ].sort((a, b) => a.at.line - b.at.line || a.at.character - b.at.character);
    for (const x of rows) {
      const sev = x.sev === 'error' ? c('31', 'error  ') : x.sev === 'warning' ? c('33', 'warning') : c('36', 'info   ');
      lines.push(`  ${`${x.at.line + 1}:${x.at.character + 1}`.padEnd(9)} ${sev}  ${x.msg.padEnd(32)} ${c('90', x.rule)}${x.conf ? c('90', ` (${x.conf})`) : ''}`);
    }
    lines.push('');
    findings += r.findings.length;
    if (r.findings.length) files++;
  }
  lines.push(summaryLine(reports, findings, files, c));
  return lines.join('\n') + '\n';
}

/** The last line: findings, or a check mark only when files were scanned whole; then what was not scanned. */
function summaryLine(reports: FileReport[], findings: number, files: number, c: (code: string, s: string) => string): string {
  const n = (k: number) => `${k} file${k === 1 ? '' : 's'}`;
  const partly = reports.filter((r) => r.errors.some((e) => e.startsWith(PARTLY_SCANNED))).length;
  const failed = reports.filter((r) => r.errors.length).length - partly;
  const whole = reports.length - partly - failed;
  const head = findings
    ? c('33', `✖ ${findings} finding${findings === 1 ? '' : 's'} in ${n(files)}`)
    : whole
      ? c('32', `✔ no findings in ${n(whole)}`) + (partly ? `, none in the part scanned of ${n(partly)}` : '')
      : partly
        ? `no findings in the part scanned of ${n(partly)}`
        : 'no file scanned';
  const tail = [partly && `${n(partly)} ${PARTLY_SCANNED}`, failed && `${n(failed)} not scanned`].filter(Boolean).join(', ');
  return head + (tail ? c('31', `, ${tail}`) : '');
}
