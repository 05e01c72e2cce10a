// Inline SVG charts for the HTML reports: no script, no external asset.

export function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const fmt = (n: number) => n.toLocaleString('en-US');

// The charts reflow with the pane: an <svg width="100%"> with no viewBox, horizontal positions in percent of
// its width and text in pixels, so a narrow pane (a webview beside the editor) narrows the bars, never the text.
// A viewBox would scale the whole picture: an 880-unit chart in a 300 px pane writes its labels at 4 px.

const pc = (n: number) => `${n.toFixed(2)}%`;
/** A bar's length in percent of `of` percent, at least a sliver when the value is not zero. */
const barPc = (value: number, max: number, of: number) => (value > 0 ? Math.max(0.6, (value / max) * of) : 0);

function svgOpen(title: string, height: number, cls: string, style = ''): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="100%" height="${height}" class="chart ${cls}"${style ? ` style="${style}"` : ''} role="img" aria-labelledby="t-${slug(title)}"><title id="t-${slug(title)}">${escapeXml(title)}</title>`;
}

/** Vertical bars with their counts on top and labels below. */
export function columnChart(bars: { label: string; value: number; highlight?: boolean }[], opts: { title: string; xLabel: string; yLabel: string }): string {
  const top = 34;
  const plotH = 150;
  const base = top + plotH;
  // Many columns in a narrow pane: every other label goes one line lower so that neighbours do not touch.
  const dense = bars.length > 6;
  const h = base + (dense ? 61 : 48);
  const max = Math.max(1, ...bars.map((b) => b.value));
  const slot = 100 / Math.max(1, bars.length);
  // At most 90 px per column: a few wide columns would look like blocks.
  const parts = [svgOpen(opts.title, h, 'columns', `max-width:${Math.max(360, bars.length * 90)}px`)];
  parts.push(`<text x="0" y="12" class="axis-label">${escapeXml(opts.yLabel)}</text>`);
  bars.forEach((b, i) => {
    const bh = b.value > 0 ? Math.max(1.5, (b.value / max) * plotH) : 0;
    const mid = pc((i + 0.5) * slot);
    parts.push(`<rect x="${pc(i * slot + slot * 0.2)}" y="${(base - bh).toFixed(1)}" width="${pc(slot * 0.6)}" height="${bh.toFixed(1)}" rx="3" class="${b.highlight ? 'bar zero' : 'bar'}"><title>${escapeXml(`${b.label}: ${fmt(b.value)} records`)}</title></rect>`);
    parts.push(`<text x="${mid}" y="${(base - bh - 5).toFixed(1)}" text-anchor="middle" class="value${dense ? ' small' : ''}">${compact(b.value)}</text>`);
    parts.push(`<text x="${mid}" y="${base + 17 + (dense && i % 2 ? 13 : 0)}" text-anchor="middle" class="label small">${escapeXml(b.label)}</text>`);
  });
  parts.push(`<line x1="0" x2="100%" y1="${base}" y2="${base}" class="axis"/>`);
  parts.push(`<text x="50%" y="${h - 6}" text-anchor="middle" class="axis-label">${escapeXml(opts.xLabel)}</text>`);
  parts.push('</svg>');
  return parts.join('');
}

/** Horizontal bars, one row per item (its label and count on a line, the bar below), for counts per entity or per field. */
export function barChart(rows: { label: string; value: number; note?: string; color?: string }[], opts: { title: string }): string {
  const rowH = 38;
  const max = Math.max(1, ...rows.map((r) => r.value));
  const parts = [svgOpen(opts.title, rows.length * rowH + 4, 'bars')];
  rows.forEach((r, i) => {
    const y = i * rowH;
    parts.push(`<text x="0" y="${y + 15}" class="label">${escapeXml(truncate(r.label, 30))}</text>`);
    parts.push(`<text x="100%" y="${y + 15}" text-anchor="end" class="value">${fmt(r.value)}${r.note ? ` <tspan class="note">${escapeXml(r.note)}</tspan>` : ''}</text>`);
    parts.push(`<rect x="0" y="${y + 21}" width="${pc(barPc(r.value, max, 100))}" height="12" rx="3" class="bar"${r.color ? ` style="fill:${r.color}"` : ''}><title>${escapeXml(`${r.label}: ${fmt(r.value)}${r.note ? ` (${r.note})` : ''}`)}</title></rect>`);
  });
  parts.push('</svg>');
  return parts.join('');
}

/** Paired horizontal bars (e.g. an entity's share of the input and of the kept set). */
export function pairedBarChart(rows: { label: string; a: number; b: number }[], opts: { title: string; aLabel: string; bLabel: string; percent?: boolean }): string {
  const rowH = 52;
  const legendH = 26;
  const max = Math.max(1e-9, ...rows.flatMap((r) => [r.a, r.b]));
  const show = (v: number) => (opts.percent ? `${(v * 100).toFixed(1)}%` : fmt(v));
  const parts = [svgOpen(opts.title, legendH + rows.length * rowH, 'bars')];
  parts.push(`<rect x="0" y="4" width="12" height="12" rx="2" class="bar"/><text x="18" y="14" class="label">${escapeXml(opts.aLabel)}</text>`);
  parts.push(`<rect x="110" y="4" width="12" height="12" rx="2" class="bar alt"/><text x="128" y="14" class="label">${escapeXml(opts.bLabel)}</text>`);
  rows.forEach((r, i) => {
    const y = legendH + i * rowH;
    parts.push(`<text x="0" y="${y + 14}" class="label">${escapeXml(truncate(r.label, 30))}</text>`);
    ([[r.a, 'bar'], [r.b, 'bar alt']] as const).forEach(([v, cls], k) => {
      const by = y + 20 + k * 16;
      // The bars stop at 80% of the width: the value is written at the right edge.
      parts.push(`<rect x="0" y="${by}" width="${pc(barPc(v, max, 80))}" height="12" rx="2" class="${cls}"/>`);
      parts.push(`<text x="100%" y="${by + 10}" text-anchor="end" class="value small">${show(v)}</text>`);
    });
  });
  parts.push('</svg>');
  return parts.join('');
}

function compact(n: number): string {
  if (n >= 1e6) return `${(n / 1e6).toFixed(n >= 1e7 ? 0 : 1)}M`;
  if (n >= 1e4) return `${(n / 1e3).toFixed(n >= 1e5 ? 0 : 1)}k`;
  return fmt(n);
}

function truncate(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

function slug(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}
