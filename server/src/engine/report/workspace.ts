// The workspace report: findings per entity and per file, from what the language server has scanned.
import { page } from './render';
import { barChart, escapeXml } from './svg';

/** Findings per file and entity, which the client asks the server for (protocol.ts: WorkspaceSummaryRequest). */
export interface WorkspaceSummary {
  files: { uri: string; findings: number; entities: Record<string, number> }[];
}

export function workspaceReportHtml(s: WorkspaceSummary, relative: (uri: string) => string): string {
  const files = s.files.filter((f) => f.findings > 0).sort((a, b) => b.findings - a.findings);
  const entities = new Map<string, number>();
  for (const f of files) for (const [e, n] of Object.entries(f.entities)) entities.set(e, (entities.get(e) ?? 0) + n);
  const total = files.reduce((n, f) => n + f.findings, 0);
  const h: string[] = [`<header><h1>Datasan workspace report</h1><div class="sub">${total} findings in ${files.length} of ${s.files.length} scanned files · run "Datasan: Scan Workspace" to include files that are not open</div></header>`];
  if (entities.size) {
    h.push('<section><h2>Findings per entity</h2>');
    h.push(barChart([...entities].sort((a, b) => b[1] - a[1]).map(([label, value]) => ({ label, value })), { title: 'Findings per entity' }));
    h.push('</section>');
  }
  h.push('<section><h2>Findings per file</h2>');
  if (files.length) {
    h.push(barChart(files.slice(0, 15).map((f) => ({ label: relative(f.uri), value: f.findings })), { title: 'Findings per file' }));
    h.push('<table><thead><tr><th>File</th><th class="num">Findings</th><th>Entities</th></tr></thead><tbody>');
    for (const f of files) {
      const pills = Object.entries(f.entities).map(([e, n]) => `<span class="pill">${escapeXml(e)} ${n}</span>`).join('');
      h.push(`<tr data-uri="${escapeXml(f.uri)}"><td><code>${escapeXml(relative(f.uri))}</code></td><td class="num">${f.findings}</td><td>${pills}</td></tr>`);
    }
    h.push('</tbody></table>');
  } else h.push('<p class="note">No findings.</p>');
  h.push('</section><footer>No detected value appears in this report.</footer>');
  return page('Datasan workspace report', h.join('\n'));
}

