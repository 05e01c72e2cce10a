// Precision and recall of national-identifier detection per kind, on generated multilingual sentences.
// `npx tsx server/src/eval/national.ts` prints the table (every national detector on, context applied).
import { NATIONAL_KINDS, nationalDetectors } from '../engine/detectors/national';
import { applyContext } from '../engine/context';
import { generateNationalSentences, type EvalOptions, type EvalSentence } from './national-sentences';

export interface Prediction {
  start: number;
  end: number;
  entity: string | null;
  confidence: number;
}

export interface NationalEvalRow {
  entity: string;
  /** Gold identifiers of this kind. */
  support: number;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  /** Recall on sentences with a context word, and on those without. */
  recallContext: number;
  recallPlain: number;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

/** Scores `scan` on the generated sentences; a prediction counts when it overlaps a gold span of its kind. */
export function runNationalEval(
  scan: (text: string) => Prediction[],
  minConfidence: number,
  opts: EvalOptions = {},
  sentences: EvalSentence[] = generateNationalSentences(opts),
): NationalEvalRow[] {
  const entities = NATIONAL_KINDS.map((k) => k.entity);
  const known = new Set(entities);
  const acc = new Map(entities.map((e) => [e, { support: 0, tp: 0, fp: 0, fn: 0, ctx: 0, ctxHit: 0, plain: 0, plainHit: 0 }]));
  for (const s of sentences) {
    const preds = scan(s.text).filter((p) => p.entity !== null && known.has(p.entity) && p.confidence >= minConfidence);
    for (const g of s.spans) {
      const a = acc.get(g.entity)!;
      const hit = preds.some((p) => p.entity === g.entity && overlaps(p, g));
      a.support++;
      if (hit) a.tp++;
      else a.fn++;
      if (s.kind === 'context') {
        a.ctx++;
        if (hit) a.ctxHit++;
      } else {
        a.plain++;
        if (hit) a.plainHit++;
      }
    }
    for (const p of preds) {
      if (!s.spans.some((g) => g.entity === p.entity && overlaps(p, g))) acc.get(p.entity!)!.fp++;
    }
  }
  return entities.map((entity) => {
    const a = acc.get(entity)!;
    return {
      entity, support: a.support, tp: a.tp, fp: a.fp, fn: a.fn,
      precision: ratio(a.tp, a.tp + a.fp), recall: ratio(a.tp, a.tp + a.fn),
      recallContext: ratio(a.ctxHit, a.ctx), recallPlain: ratio(a.plainHit, a.plain),
    };
  });
}

const everyKind = nationalDetectors({ locales: ['all'], enableEntities: [] });

/** The national detector the engine runs, every locale on, each candidate's context applied as the engine does. */
export function scanNational(text: string): Prediction[] {
  return everyKind.flatMap((d) =>
    [...d.detect(text, {})].map((c) => {
      const { score } = applyContext(c.contextWords ? c : d, text, c);
      return { start: c.start, end: c.end, entity: c.entity ?? d.entity, confidence: score };
    }),
  );
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);

/** The rows as a plain-text table, with a micro-averaged total line. */
export function formatNationalTable(rows: NationalEvalRow[]): string {
  const head = `${'kind'.padEnd(27)} ${'n'.padStart(4)} ${'TP'.padStart(4)} ${'FP'.padStart(4)} ${'FN'.padStart(4)} ${'prec'.padStart(7)} ${'recall'.padStart(7)} ${'r(ctx)'.padStart(7)} ${'r(none)'.padStart(7)}`;
  const line = (r: NationalEvalRow) =>
    `${r.entity.padEnd(27)} ${String(r.support).padStart(4)} ${String(r.tp).padStart(4)} ${String(r.fp).padStart(4)} ${String(r.fn).padStart(4)} ${pct(r.precision)} ${pct(r.recall)} ${pct(r.recallContext)} ${pct(r.recallPlain)}`;
  const tp = rows.reduce((s, r) => s + r.tp, 0);
  const fp = rows.reduce((s, r) => s + r.fp, 0);
  const fn = rows.reduce((s, r) => s + r.fn, 0);
  const total = `${'ALL (micro)'.padEnd(27)} ${String(tp + fn).padStart(4)} ${String(tp).padStart(4)} ${String(fp).padStart(4)} ${String(fn).padStart(4)} ${pct(ratio(tp, tp + fp))} ${pct(ratio(tp, tp + fn))}`;
  return [head, ...rows.map(line), total].join('\n');
}

export function main(minConfidence = 0.5): void {
  const sentences = generateNationalSentences();
  const rows = runNationalEval(scanNational, minConfidence, {}, sentences);
  const langs = [...new Set(sentences.map((s) => s.lang))].sort().join(', ');
  console.log(`National identifiers — ${sentences.length} generated sentences (${langs}), every locale on, minConfidence ${minConfidence}`);
  console.log(formatNationalTable(rows));
}

if (/eval[\\/]national\.[cm]?[jt]s$/.test(process.argv[1] ?? '')) main();
