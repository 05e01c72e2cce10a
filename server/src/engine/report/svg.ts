// Inline SVG charts for the HTML reports: no script, no external asset.

export function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const fmt = (n: number) => n.toLocaleString('en-US');

/** Vertical bars with their counts on top and labels below. */
export function columnChart(bars: { label: string; value: number; highlight?: boolean }[], opts: { title: string; xLabel: string; yLabel: string }): string {
  const w = 880;
  const h = 280;
  const left = 56;
  const bottom = 48;
  const top = 24;
  const plotW = w - left - 16;
  const plotH = h - top - bottom;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const slot = plotW / Math.max(1, bars.length);
  const barW = Math.min(56, slot * 0.7);
  const ticks = niceTicks(max);
  const y = (v: number) => top + plotH - (v / ticks[ticks.length - 1]) * plotH;
  const parts: string[] = [];
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}" width="100%" role="img" aria-labelledby="t-${slug(opts.title)}">`);
  parts.push(`<title id="t-${slug(opts.title)}">${escapeXml(opts.title)}</title>`);
  for (const t of ticks) {
    parts.push(`<line x1="${left}" x2="${w - 16}" y1="${y(t).toFixed(1)}" y2="${y(t).toFixed(1)}" class="grid"/>`);
    parts.push(`<text x="${left - 8}" y="${(y(t) + 4).toFixed(1)}" text-anchor="end" class="tick">${compact(t)}</text>`);
  }
  bars.forEach((b, i) => {
    const x = left + i * slot + (slot - barW) / 2;
    const bh = Math.max(b.value > 0 ? 1.5 : 0, top + plotH - y(b.value));
    parts.push(`<rect x="${x.toFixed(1)}" y="${(top + plotH - bh).toFixed(1)}" width="${barW.toFixed(1)}" height="${bh.toFixed(1)}" rx="3" class="${b.highlight ? 'bar zero' : 'bar'}"><title>${escapeXml(`${b.label}: ${fmt(b.value)} records`)}</title></rect>`);
    parts.push(`<text x="${(x + barW / 2).toFixed(1)}" y="${(top + plotH - bh - 5).toFixed(1)}" text-anchor="middle" class="value">${compact(b.value)}</text>`);
    parts.push(`<text x="${(x + barW / 2).toFixed(1)}" y="${top + plotH + 18}" text-anchor="middle" class="label">${escapeXml(b.label)}</text>`);
  });
  parts.push(`<line x1="${left}" x2="${w - 16}" y1="${top + plotH}" y2="${top + plotH}" class="axis"/>`);
  parts.push(`<text x="${left + plotW / 2}" y="${h - 6}" text-anchor="middle" class="axis-label">${escapeXml(opts.xLabel)}</text>`);
  parts.push(`<text transform="translate(14 ${top + plotH / 2}) rotate(-90)" text-anchor="middle" class="axis-label">${escapeXml(opts.yLabel)}</text>`);
  parts.push('</svg>');
  return parts.join('');
}

/** Horizontal bars, one row per item, for counts per entity or per field. */
export function barChart(rows: { label: string; value: number; note?: string; color?: string }[], opts: { title: string }): string {
  const rowH = 28;
  const labelW = 210;
  const w = 880;
  const barMax = w - labelW - (rows.some((r) => r.note) ? 200 : 90);
  const max = Math.max(1, ...rows.map((r) => r.value));
  const h = rows.length * rowH + 8;
  const parts: string[] = [];
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}" width="100%" role="img" aria-labelledby="t-${slug(opts.title)}">`);
  parts.push(`<title id="t-${slug(opts.title)}">${escapeXml(opts.title)}</title>`);
  rows.forEach((r, i) => {
    const y = 4 + i * rowH;
    const bw = Math.max(r.value > 0 ? 2 : 0, (r.value / max) * barMax);
    parts.push(`<text x="${labelW - 10}" y="${y + 18}" text-anchor="end" class="label">${escapeXml(truncate(r.label, 30))}</text>`);
    parts.push(`<rect x="${labelW}" y="${y + 5}" width="${bw.toFixed(1)}" height="${rowH - 10}" rx="3" class="bar"${r.color ? ` style="fill:${r.color}"` : ''}><title>${escapeXml(`${r.label}: ${fmt(r.value)}${r.note ? ` (${r.note})` : ''}`)}</title></rect>`);
    parts.push(`<text x="${(labelW + bw + 8).toFixed(1)}" y="${y + 18}" class="value">${fmt(r.value)}${r.note ? ` <tspan class="note">${escapeXml(r.note)}</tspan>` : ''}</text>`);
  });
  parts.push('</svg>');
  return parts.join('');
}

/** Paired horizontal bars (e.g. an entity's share of the input and of the kept set). */
export function pairedBarChart(rows: { label: string; a: number; b: number }[], opts: { title: string; aLabel: string; bLabel: string; percent?: boolean }): string {
  const rowH = 40;
  const labelW = 210;
  const w = 880;
  const barMax = w - labelW - 90;
  const max = Math.max(1e-9, ...rows.flatMap((r) => [r.a, r.b]));
  const h = rows.length * rowH + 34;
  const show = (v: number) => (opts.percent ? `${(v * 100).toFixed(1)}%` : fmt(v));
  const parts: string[] = [];
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}" width="100%" role="img" aria-labelledby="t-${slug(opts.title)}">`);
  parts.push(`<title id="t-${slug(opts.title)}">${escapeXml(opts.title)}</title>`);
  parts.push(`<rect x="${labelW}" y="6" width="12" height="12" rx="2" class="bar"/><text x="${labelW + 18}" y="16" class="label">${escapeXml(opts.aLabel)}</text>`);
  parts.push(`<rect x="${labelW + 150}" y="6" width="12" height="12" rx="2" class="bar alt"/><text x="${labelW + 168}" y="16" class="label">${escapeXml(opts.bLabel)}</text>`);
  rows.forEach((r, i) => {
    const y = 30 + i * rowH;
    parts.push(`<text x="${labelW - 10}" y="${y + 21}" text-anchor="end" class="label">${escapeXml(truncate(r.label, 30))}</text>`);
    ([['a', r.a, 'bar'], ['b', r.b, 'bar alt']] as const).forEach(([, v, cls], k) => {
      const bw = Math.max(v > 0 ? 2 : 0, (v / max) * barMax);
      const by = y + 3 + k * 16;
      parts.push(`<rect x="${labelW}" y="${by}" width="${bw.toFixed(1)}" height="13" rx="2" class="${cls}"/>`);
      parts.push(`<text x="${(labelW + bw + 6).toFixed(1)}" y="${by + 11}" class="value small">${show(v)}</text>`);
    });
  });
  parts.push('</svg>');
  return parts.join('');
}

function niceTicks(max: number): number[] {
  const raw = max / 4;
  const mag = 10 ** Math.floor(Math.log10(raw || 1));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag;
  const n = Math.max(1, Math.ceil(max / step));
  return Array.from({ length: n + 1 }, (_, i) => Math.round(i * step * 1000) / 1000);
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
