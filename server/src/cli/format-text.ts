// Human-readable output, in the manner of ESLint's "stylish" formatter.
import type { FileReport } from './scan';
import { printable } from '../engine/printable';

export function formatText(reports: FileReport[], color: boolean): string {
  const c = (code: string, s: string) => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const lines: string[] = [];
  let findings = 0;
  let files = 0;
  for (const r of reports) {
    if (!r.findings.length && !r.errors.length && !r.notices.length) continue;
    // A file name is shown, never obeyed: escape sequences in it would reach the terminal.
    lines.push(c('4', printable(r.path)));
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
  const errors = reports.filter((r) => r.errors.length).length;
  const summary = findings
    ? c('33', `✖ ${findings} finding${findings === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}`)
    : c('32', `✔ no findings in ${reports.length - errors} file${reports.length - errors === 1 ? '' : 's'}`);
  lines.push(summary + (errors ? c('31', `, ${errors} file${errors === 1 ? '' : 's'} not scanned`) : ''));
  return lines.join('\n') + '\n';
}
