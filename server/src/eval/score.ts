// Precision and recall of predicted spans against labeled spans, matched one to one by overlap.

export interface Span {
  start: number;
  end: number;
  label: string;
}

export interface Row {
  entity: string;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

/**
 * A prediction that overlaps no labeled span of its entity is a false positive; one that overlaps a span
 * already matched (a fragment of a found entity) is neither a true nor a false positive.
 * Labels that the dev set uses interchangeably for parts of an address: a predicted address or place
 * that overlaps any of them is not a false positive (an address is sometimes one span, sometimes fragments).
 */
const ADDRESS_PARTS = ['STREET_ADDRESS', 'LOCATION', 'ZIP_CODE'];

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Scores one entity over a list of documents (gold and predicted spans per document). */
export function scoreEntity(entity: string, docs: { gold: Span[]; predicted: Span[] }[]): Row {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const lenient = ADDRESS_PARTS.includes(entity) ? ADDRESS_PARTS : [entity];
  for (const { gold, predicted } of docs) {
    const g = gold.filter((s) => s.label === entity);
    const p = predicted.filter((s) => s.label === entity);
    const used = new Set<Span>();
    for (const s of p) {
      const match = g.find((x) => !used.has(x) && overlaps(x, s));
      if (match) {
        used.add(match);
        tp++;
      } else if (!gold.some((x) => lenient.includes(x.label) && overlaps(x, s))) fp++;
    }
    fn += g.length - used.size;
  }
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  return { entity, tp, fp, fn, precision, recall };
}

export function formatTable(rows: Row[], targets: Record<string, number> = {}): string {
  const out = ['entity                  precision  recall   tp    fp    fn   target'];
  for (const r of rows) {
    const t = targets[r.entity];
    const ok = t === undefined ? '' : r.precision >= t && r.recall >= t ? `≥${t} ✔` : `≥${t} ✖`;
    out.push(`${r.entity.padEnd(22)}  ${r.precision.toFixed(3).padStart(9)}  ${r.recall.toFixed(3).padStart(6)}  ${String(r.tp).padStart(4)}  ${String(r.fp).padStart(4)}  ${String(r.fn).padStart(4)}   ${ok}`);
  }
  return out.join('\n');
}
